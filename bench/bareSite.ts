import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A bare Astro markdown site (the shape of Astro's blog example) over the same article files. With
 * `pages`, it writes that many HTML pages in all, as ours does: past the index and one page per
 * article, more pages render the articles again in turn (ours writes each page type in three
 * editions), so the two sites are compared at the same number of pages written.
 */
export function writeBareSite(dir: string, articles: string, pages?: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'posts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'more'), { recursive: true });
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
  const page =
    'const { post } = Astro.props;\nconst { Content } = await render(post);\n---\n<html><body><h1>{String(post.data.title)}</h1><Content /></body></html>\n';
  writeFileSync(
    join(dir, 'src', 'pages', 'posts', '[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const posts = await getCollection('posts');\n  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));\n}\n${page}`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'more', '[n].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const posts = await getCollection('posts');\n  const more = Math.max(0, ${pages ?? 0} - posts.length - 1);\n  return Array.from({ length: more }, (_, n) => ({ params: { n: String(n + 1) }, props: { post: posts[n % posts.length] } }));\n}\n${page}`,
  );
}
