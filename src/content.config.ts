/**
 * The content contract (see CONTRIBUTING.md): two collections loaded from the
 * content root. The schemas here check each file on its own; the rules that
 * join files (entity ids exist, quotes occur in the body, event dates agree,
 * impossible dates that YAML 1.1 rolls over) are checked by the contract's own
 * pass in src/lib/contract, which runs before this loader (see astro.config.mjs).
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

/** The id of a file is its name without `.md`, exactly as the contract says. */
const fileNameId = ({ entry }: { entry: string }): string => (entry.split('/').pop() ?? entry).replace(/\.md$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: resolve(contentDir, 'articles'), generateId: fileNameId }),
  schema: articleSchema,
});

const entities = defineCollection({
  loader: glob({ pattern: '**/*.md', base: resolve(contentDir, 'entities'), generateId: fileNameId }),
  schema: entitySchema,
});

export const collections = { articles, entities };
