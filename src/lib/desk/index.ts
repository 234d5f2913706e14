/** The desk's configuration from the content schemas, with their JSDoc read from the schema files. */
import type { z } from 'astro/zod';
import * as article from '@/schemas/article.ts';
import * as entity from '@/schemas/entity.ts';
import * as fields from '@/schemas/fields.ts';
import { deskConfig } from './deskConfig.ts';
import { editorSchemas, FRONTMATTER_SCHEMAS, languageServerManifest } from './editorSchema.ts';
import { readSchemaDocs } from './schemaDocs.ts';
import type { DeskSettings } from './settings.ts';

/** Every exported schema object by name, so a nested list's items find their JSDoc. */
function schemaNames(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  for (const module of [article, entity, fields]) {
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && '_zod' in value)
        names.set(value as z.ZodType, name);
    }
  }
  return names;
}

/** Decap's configuration for these settings; `schemaSources` are the texts of src/schemas/*.ts. */
export function makeDeskConfig(
  settings: Required<Pick<DeskSettings, 'backend'>> & DeskSettings,
  schemaSources: readonly string[],
  siteUrl?: string,
): Record<string, unknown> {
  return deskConfig({
    articleSchema: article.articleSchema,
    entitySchema: entity.entitySchema,
    schemaNames: schemaNames(),
    docs: readSchemaDocs(schemaSources),
    backend: settings.backend,
    contentFolder: settings.contentFolder,
    siteUrl,
  });
}

/** The top-level field names of a collection, in the order the desk writes them (the schema's). */
export function deskFieldOrder(collection: 'articles' | 'entities'): string[] {
  const schema = collection === 'articles' ? article.articleSchema : entity.entitySchema;
  return Object.keys(
    (schema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape,
  );
}

/**
 * The files of `.astro/collections/` for text editors: each kind of content file's frontmatter schema,
 * and the manifest that says which file follows which (`paths` are absolute).
 */
export function editorSchemaFiles(
  schemaSources: readonly string[],
  entities: readonly { id: string; kind: string; name: string }[],
  paths: { articles: readonly string[]; entities: readonly string[] },
): Record<string, unknown> {
  const schemas = editorSchemas({
    articleSchema: article.articleSchema,
    entitySchema: entity.entitySchema,
    schemaNames: schemaNames(),
    docs: readSchemaDocs(schemaSources),
    entities,
  });
  return {
    [`${FRONTMATTER_SCHEMAS.articles}.schema.json`]: schemas.articles,
    [`${FRONTMATTER_SCHEMAS.entities}.schema.json`]: schemas.entities,
    'collections.json': languageServerManifest(paths),
  };
}
