/**
 * Writes the frontmatter schemas for text editors (src/lib/desk/editorSchema.ts) into
 * `.astro/collections/`, where the Astro language server looks for them: when `npm run check` runs
 * and when a dev server starts (`npm run dev`, `npm run edit`), so the entity ids offered are those
 * of the files there are. Nothing here is published or read by the build.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parseContentFile } from '../lib/contract/frontmatter.ts';
import { editorSchemaFiles } from '../lib/desk/index.ts';
import { contentRoot, readMarkdownFiles } from '../loaders/contentFiles.ts';

/** The schema modules' source, whose JSDoc becomes each field's description. */
function schemaSources(root: string): string[] {
  const folder = resolve(root, 'src/schemas');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

/** Writes the schemas and the manifest for the project at `root` into `folder`; returns the folder. */
export function writeEditorSchemas(root = process.cwd(), folder = resolve(root, '.astro/collections')): string {
  const base = contentRoot(root);
  const articles = readMarkdownFiles(join(base, 'articles'), root);
  const entityFiles = readMarkdownFiles(join(base, 'entities'), root);
  const entities = entityFiles.flatMap((file) => {
    const parsed = parseContentFile(file.path, file.source);
    if (Array.isArray(parsed)) return [];
    const { kind, name } = parsed.data;
    const id = file.path.split(/[\\/]/).pop()!.replace(/\.md$/, '');
    return typeof kind === 'string' && typeof name === 'string' ? [{ id, kind, name }] : [];
  });
  const absolute = (path: string): string => resolve(root, path);
  const files = editorSchemaFiles(schemaSources(root), entities, { articles: articles.map((file) => absolute(file.path)), entities: entityFiles.map((file) => absolute(file.path)) });
  mkdirSync(folder, { recursive: true });
  for (const [name, value] of Object.entries(files)) writeFileSync(join(folder, name), `${JSON.stringify(value, null, 2)}\n`);
  return folder;
}

export function editorSchemas(): AstroIntegration {
  return {
    name: 'mss-editor-schemas',
    hooks: {
      'astro:server:setup': ({ logger }) => {
        try {
          writeEditorSchemas();
        } catch (error) {
          // Editor help only: a dev server never fails for it.
          logger.warn(`Could not write the frontmatter schemas for text editors: ${String(error)}`);
        }
      },
    },
  };
}
