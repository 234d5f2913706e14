/**
 * For editors who write content files in a text editor: JSON Schemas of the frontmatter, made from the
 * same zod schemas as the checks and the desk (the field's JSDoc as its description, the contract's
 * date pattern, every choice, and the entity ids a reference may take), and the manifest with which the
 * Astro language server (VS Code's Astro extension, `astro.content-intellisense`) knows which schema a
 * file's frontmatter follows. They describe the file as written, not the entry the loader stores.
 */
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';
import { fullDateField, httpUrlField, partialDateField, SLUG } from '@/schemas/fields.ts';
import {
  defOf,
  entityKinds,
  FULL_DATE_PATTERN,
  hintOf,
  PARTIAL_DATE_PATTERN,
  unwrap,
} from './deskConfig.ts';
import type { SchemaDocs } from './schemaDocs.ts';

/** A JSON Schema node, as far as this module writes it. */
type JsonSchema = {
  [key: string]: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

export interface EditorSchemaInput {
  readonly articleSchema: z.ZodType;
  readonly entitySchema: z.ZodType;
  /** Every exported schema object by its name, so nested items find their JSDoc. */
  readonly schemaNames: ReadonlyMap<z.ZodType, string>;
  readonly docs: SchemaDocs;
  /** The entities there are now, offered where a field refers to one (its kinds permitting). */
  readonly entities: readonly { id: string; kind: string; name: string }[];
}

/** The language server's names for the two kinds of file (not Astro's collection names: Astro writes schemas of the stored entries under those). */
export const FRONTMATTER_SCHEMAS = { articles: 'article-file', entities: 'entity-file' } as const;

/** Makes `node` say what `by` says, and nothing else. */
function replace(node: JsonSchema, by: JsonSchema): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, by);
}

function jsonSchemaOf(schema: z.ZodType, owner: string, input: EditorSchemaInput): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const node = context.jsonSchema as JsonSchema;
      // A year may be written bare (`date: 2021`, a YAML number the contract reads as text).
      if (context.zodSchema === partialDateField)
        replace(node, {
          anyOf: [
            { type: 'string', pattern: PARTIAL_DATE_PATTERN },
            { type: 'integer', minimum: 1000, maximum: 9999 },
          ],
        });
      if (context.zodSchema === fullDateField) node.pattern = FULL_DATE_PATTERN;
      if (context.zodSchema === httpUrlField) node.pattern = '^https?://\\S+$';
      // zod's own key for the desk's metadata is no JSON Schema keyword.
      delete node.entityKinds;
    },
  }) as JsonSchema;
  annotate(json, schema, owner, input);
  return json;
}

/** Adds each field's description and, to entity references, the ids of the entities of their kinds. */
function annotate(
  json: JsonSchema,
  schema: z.ZodType,
  owner: string,
  input: EditorSchemaInput,
): void {
  const { inner } = unwrap(schema);
  const kinds = entityKinds(inner);
  if (kinds) {
    const ids = input.entities.filter(
      (entity) => kinds.length === 0 || kinds.includes(entity.kind),
    );
    // Offered for completion; any id passes here, and `npm run check` names one with no file.
    json.anyOf = [
      {
        enum: ids.map((entity) => entity.id),
        markdownEnumDescriptions: ids.map((entity) => `${entity.name} (${entity.kind})`),
      },
      { pattern: SLUG.source },
    ];
    return;
  }
  const def = defOf(inner);
  if (def.type === 'object' && json.properties) {
    for (const [name, field] of Object.entries(json.properties)) {
      const hint = hintOf(input.docs, owner, name);
      if (hint && field.description === undefined) field.description = hint;
      const child = def.shape?.[name];
      if (child) annotate(field, child, owner, input);
    }
  }
  if (def.type === 'array' && def.element && json.items)
    annotate(json.items, def.element, input.schemaNames.get(def.element) ?? owner, input);
}

/** The frontmatter schema of article files and of entity files. */
export function editorSchemas(
  input: EditorSchemaInput,
): Record<keyof typeof FRONTMATTER_SCHEMAS, JsonSchema> {
  const named = (schema: z.ZodType, fallback: string): string =>
    input.schemaNames.get(schema) ?? fallback;
  return {
    articles: {
      title: 'An article file of the MSS Haiti Tracker (CONTRIBUTING.md)',
      ...jsonSchemaOf(input.articleSchema, named(input.articleSchema, 'articleSchema'), input),
    },
    entities: {
      title: 'An entity file of the MSS Haiti Tracker (CONTRIBUTING.md)',
      ...jsonSchemaOf(input.entitySchema, named(input.entitySchema, 'entitySchema'), input),
    },
  };
}

/**
 * The Astro language server's `collections.json`: which schema each content file follows, by the
 * file's URL as the server compares it (decoded, lower-case).
 */
export function languageServerManifest(files: {
  articles: readonly string[];
  entities: readonly string[];
}): { collections: { hasSchema: boolean; name: string }[]; entries: Record<string, string> } {
  const entries: Record<string, string> = {};
  for (const kind of ['articles', 'entities'] as const) {
    for (const path of files[kind])
      entries[decodeURIComponent(pathToFileURL(path).toString()).toLowerCase()] =
        FRONTMATTER_SCHEMAS[kind];
  }
  return {
    collections: Object.values(FRONTMATTER_SCHEMAS).map((name) => ({ hasSchema: true, name })),
    entries,
  };
}
