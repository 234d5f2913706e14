/**
 * Writes the frontmatter schemas for text editors (src/lib/desk/editorSchema.ts) into
 * `.astro/collections/`, where the Astro language server looks for them: when `npm run check` runs
 * and when a dev server starts (`npm run dev`, `npm run edit`), so the entity ids offered are those
 * of the files there are. Nothing here is published or read by the build. Making them loads the
 * TypeScript compiler (to read the schemas' JSDoc): they are made again only when a schema module
 * or a content file has changed since.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot, markdownPaths, readMarkdownFiles } from '@/build/loaders/contentFiles.ts';

const STAMP = 'editor-schemas.stamp';

/** The `.ts` files of a folder, sorted. */
const modulesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(folder, name));

/** What the schemas are made from: the schema modules and the content files, by path, size and time. */
function stampOf(root: string): string {
  const base = contentRoot(root);
  const hash = createHash('sha256');
  for (const path of [
    ...modulesIn(resolve(root, 'src/schemas')),
    ...markdownPaths(join(base, 'articles')),
    ...markdownPaths(join(base, 'entities')),
  ]) {
    const stat = statSync(path);
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Writes the schemas and the manifest for the project at `root` into `folder` unless they are up to
 * date; returns the folder.
 */
export async function writeEditorSchemas(
  root = process.cwd(),
  folder = resolve(root, '.astro/collections'),
): Promise<string> {
  const stamp = stampOf(root);
  const stampFile = join(folder, STAMP);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return folder;
  const [{ editorSchemaFiles }, { parseContentFile }, { idFromPath }] = await Promise.all([
    import('@/lib/desk/index.ts'),
    import('@/lib/contract/frontmatter.ts'),
    import('@/lib/contract/validateContent.ts'),
  ]);
  const base = contentRoot(root);
  const entityFiles = readMarkdownFiles(join(base, 'entities'), root);
  const entities = entityFiles.flatMap((file) => {
    const parsed = parseContentFile(file.path, file.source);
    if (Array.isArray(parsed)) return [];
    const { kind, name } = parsed.data;
    return typeof kind === 'string' && typeof name === 'string'
      ? [{ id: idFromPath(file.path), kind, name }]
      : [];
  });
  const sources = modulesIn(resolve(root, 'src/schemas')).map((path) => readFileSync(path, 'utf8'));
  const files = editorSchemaFiles(sources, entities, {
    articles: markdownPaths(join(base, 'articles')),
    entities: markdownPaths(join(base, 'entities')),
  });
  mkdirSync(folder, { recursive: true });
  for (const [name, value] of Object.entries(files))
    writeFileSync(join(folder, name), `${JSON.stringify(value, null, 2)}\n`);
  writeFileSync(stampFile, stamp);
  return folder;
}

export function editorSchemas(): AstroIntegration {
  return {
    name: 'mss-editor-schemas',
    hooks: {
      'astro:server:setup': async ({ logger }) => {
        try {
          await writeEditorSchemas();
        } catch (error) {
          // Editor help only: a dev server never fails for it.
          logger.warn(`Could not write the frontmatter schemas for text editors: ${String(error)}`);
        }
      },
    },
  };
}
