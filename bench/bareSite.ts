import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A bare Astro markdown site (the shape of Astro's blog example) over the same article files. */
export function writeBareSite(dir: string, articles: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'posts'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org' });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articles)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    "---\nimport { getCollection } from 'astro:content';\nconst posts = await getCollection('posts');\n---\n<html><body><ul>{posts.map((post) => <li><a href={`/posts/${post.id}/`}>{String(post.data.title)}</a></li>)}</ul></body></html>\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'posts', '[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const posts = await getCollection('posts');\n  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));\n}\nconst { post } = Astro.props;\nconst { Content } = await render(post);\n---\n<html><body><h1>{String(post.data.title)}</h1><Content /></body></html>\n",
  );
}
