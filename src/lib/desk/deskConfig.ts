/**
 * The editor's desk (Decap CMS at /admin/) is configured from the content
 * schemas: every field of an article and an entity, its JSDoc as the hint, its
 * enum values as a select, entity references as a picker over the entity files,
 * partial dates as text with the contract's pattern. Nothing here is written by
 * hand per field, so the desk cannot drift from the contract: a field added to
 * a schema appears in the form (and tests/unit/deskConfig.test.ts fails if a
 * kind of field appears that this module cannot express).
 */
import type { z } from 'astro/zod';
import {
  fullDateField,
  httpUrlField,
  idField,
  partialDateField,
  quoteField,
  SLUG,
  type EntityRefMeta,
} from '@/schemas/fields.ts';
import type { SchemaDocs } from './schemaDocs.ts';

/** One Decap field. */
export interface DeskField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required?: boolean;
  readonly hint?: string;
  readonly [option: string]: unknown;
}

/** Where the desk reads and writes, and how it signs in. */
export interface DeskBackend {
  /** `local`: Decap's local proxy (decap-server) writes the working tree, for `npm run edit`. */
  readonly kind: 'local' | 'github';
  /** The proxy's URL (local) or `owner/name` of the repository (github). */
  readonly target: string;
  readonly branch?: string;
  /** The OAuth service that signs editors in to GitHub, when it is not Netlify's. */
  readonly authBaseUrl?: string;
  readonly authEndpoint?: string;
}

/** What the configuration is made from. */
export interface DeskInput {
  readonly articleSchema: z.ZodType;
  readonly entitySchema: z.ZodType;
  /** Names of the schema objects (exported consts), to find each field's JSDoc. */
  readonly schemaNames: ReadonlyMap<z.ZodType, string>;
  readonly docs: SchemaDocs;
  readonly backend: DeskBackend;
  /** The content folder relative to the repository root (`content`). */
  readonly contentFolder: string;
  readonly siteUrl?: string;
}

/** A zod schema's definition, as far as the desk reads it (zod 4's `_zod.def`). */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly entries?: Record<string, string>;
  readonly out?: z.ZodType;
  readonly checks?: readonly { _zod: { def: { check?: string; format?: string } } }[];
}
export const defOf = (schema: z.ZodType): Def =>
  (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional and default wrappers: the field's own type, and whether it may be left out. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      inner = def.innerType;
    } else return { inner, optional };
  }
}

export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
export const FULL_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  ht: 'Haitian Creole',
};

/** "date_basis" → "Date basis". */
const labelOf = (name: string): string =>
  (LANGUAGE_NAMES[name] ?? name.replace(/_/g, ' ')).replace(/^./, (first) => first.toUpperCase());

/** The entity kinds an id field refers to, or undefined when it is not an entity reference. */
export function entityKinds(schema: z.ZodType): readonly string[] | undefined {
  const meta = (schema as unknown as { meta(): Partial<EntityRefMeta> | undefined }).meta();
  return meta?.entityKinds;
}

/** A relation widget over the entity files: searched by name and aliases, stored as the file's id. */
function entityPicker(
  kinds: readonly string[],
  multiple: boolean,
): { widget: string } & Record<string, unknown> {
  return {
    widget: 'relation',
    collection: 'entities',
    search_fields: ['name', 'aliases.*'],
    display_fields: ['{{name}} ({{kind}})'],
    value_field: '{{slug}}',
    multiple,
    ...(kinds.length > 0 ? { filters: [{ field: 'kind', values: [...kinds] }] } : {}),
  };
}

/**
 * A field's JSDoc: where its schema declares it, else in a shared shape spread into it (such as
 * `inferenceShape`), else wherever a field of that name is documented.
 */
export function hintOf(docs: SchemaDocs, owner: string, name: string): string | undefined {
  const candidates = [...docs].filter(([key]) => key.endsWith(`.${name}`));
  return (
    docs.get(`${owner}.${name}`) ??
    (candidates.find(([key]) => !/Schema\./.test(key)) ?? candidates[0])?.[1]
  );
}

/** Thrown for a kind of schema field the desk has no widget for: the suite fails rather than the form. */
export class UnknownFieldError extends Error {
  override name = 'UnknownFieldError';
}

/** The Decap field for one schema field. */
function fieldOf(name: string, schema: z.ZodType, owner: string, input: DeskInput): DeskField {
  const { inner, optional } = unwrap(schema);
  const def = defOf(inner);
  const hint = hintOf(input.docs, owner, name);
  const base = { name, label: labelOf(name), required: !optional, ...(hint ? { hint } : {}) };
  const kinds = entityKinds(inner);
  if (kinds) return { ...base, ...entityPicker(kinds, false) };
  if (inner === partialDateField) {
    return {
      ...base,
      widget: 'string',
      hint: `${(hint ?? 'A date').replace(/\.$/, '')}: 2024, 2024-09 or 2024-09-21, only as precise as the text.`,
      pattern: [
        PARTIAL_DATE_PATTERN,
        'A date as 2024, 2024-09 or 2024-09-21 (a month 01-12, a day 01-31)',
      ],
    };
  }
  if (inner === fullDateField)
    return { ...base, widget: 'string', pattern: [FULL_DATE_PATTERN, 'A full date as 2024-09-23'] };
  if (inner === idField)
    return {
      ...base,
      widget: 'string',
      pattern: [SLUG.source, 'Lowercase letters, digits and hyphens'],
    };
  if (inner === httpUrlField)
    return {
      ...base,
      widget: 'string',
      pattern: ['^https?://\\S+$', 'An address starting with https://'],
    };
  if (inner === quoteField)
    return {
      ...base,
      widget: 'text',
      hint: `${hint ?? 'A passage'} Copy it from the body exactly.`,
    };
  switch (def.type) {
    case 'string':
      return { ...base, widget: 'string' };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'number': {
      const integer = def.checks?.some((check) => check._zod.def.format === 'safeint') ?? false;
      return {
        ...base,
        widget: 'number',
        value_type: integer ? 'int' : 'float',
        min: integer ? 1 : 0,
      };
    }
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'array': {
      const item = unwrap(def.element!).inner;
      const itemKinds = entityKinds(item);
      if (itemKinds) return { ...base, required: false, ...entityPicker(itemKinds, true) };
      const itemDef = defOf(item);
      if (itemDef.type === 'enum')
        return {
          ...base,
          required: false,
          widget: 'select',
          multiple: true,
          options: Object.values(itemDef.entries ?? {}),
        };
      if (itemDef.type === 'object') {
        const itemOwner = input.schemaNames.get(def.element!) ?? owner;
        const fields = fieldsOf(itemDef.shape ?? {}, itemOwner, input);
        // A folded item reads as what identifies it: its required fields but the quote ("kenya · 2024-06 · 400 · deployed").
        const summary = fields
          .filter((field) => field.required && field.name !== 'quote')
          .map((field) => `{{fields.${field.name}}}`)
          .join(' · ');
        return { ...base, required: false, widget: 'list', collapsed: true, summary, fields };
      }
      return {
        ...base,
        required: false,
        widget: 'list',
        field: {
          ...fieldOf(name.replace(/s$/, ''), def.element!, owner, input),
          label: labelOf(name.replace(/s$/, '')),
        },
      };
    }
    case 'object':
      // Translations fold away (most entries have none); the languages inside them open with them.
      return {
        ...base,
        required: false,
        widget: 'object',
        collapsed: name === 'translations',
        fields: fieldsOf(def.shape ?? {}, owner, input),
      };
    case 'pipe':
      return fieldOf(name, def.out!, owner, input);
    default:
      throw new UnknownFieldError(
        `${owner}.${name} is a ${def.type} field, which the desk has no widget for: add it to src/lib/desk/deskConfig.ts`,
      );
  }
}

function fieldsOf(shape: Record<string, z.ZodType>, owner: string, input: DeskInput): DeskField[] {
  return Object.entries(shape).map(([name, schema]) => fieldOf(name, schema, owner, input));
}

/** The body: raw markdown, so quotes copied from it stay exactly as written. */
const bodyField = (hint: string, required: boolean): DeskField => ({
  name: 'body',
  label: 'Body',
  widget: 'markdown',
  modes: ['raw'],
  required,
  hint,
});

/** Decap's whole configuration (written to /admin/config.yml). */
export function deskConfig(input: DeskInput): Record<string, unknown> {
  const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> =>
    defOf(unwrap(schema).inner).shape ?? {};
  const articleFields = fieldsOf(
    shapeOf(input.articleSchema),
    input.schemaNames.get(input.articleSchema) ?? 'articleSchema',
    input,
  );
  const entityFields = fieldsOf(
    shapeOf(input.entitySchema),
    input.schemaNames.get(input.entitySchema) ?? 'entitySchema',
    input,
  );
  const backend =
    input.backend.kind === 'local'
      ? { name: 'proxy', proxy_url: input.backend.target, branch: input.backend.branch ?? 'main' }
      : {
          name: 'github',
          repo: input.backend.target,
          branch: input.backend.branch ?? 'main',
          ...(input.backend.authBaseUrl ? { base_url: input.backend.authBaseUrl } : {}),
          ...(input.backend.authEndpoint ? { auth_endpoint: input.backend.authEndpoint } : {}),
        };
  return {
    backend,
    // On GitHub every entry becomes a pull request, checked by .github/workflows/check.yml; nothing is written to main directly.
    ...(input.backend.kind === 'github' ? { publish_mode: 'editorial_workflow' } : {}),
    ...(input.siteUrl ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    // Optional fields left empty are not written: an empty `outlet: ""` would break the contract.
    omit_empty_optional_fields: true,
    // File names are ids: lowercase ASCII letters, digits and hyphens (the contract's slug rule).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Articles',
        label_singular: 'Article',
        description:
          'One news story each: its figures, events and mandate statements, each with the sentence of the body it rests on.',
        folder: `${input.contentFolder}/articles`,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{published}} · {{title}}',
        sortable_fields: ['published', 'title'],
        fields: [
          ...articleFields,
          bodyField('The article text, pasted as it was published (markdown).', true),
        ],
      },
      {
        name: 'entities',
        label: 'Entities',
        label_singular: 'Entity',
        description: 'People, organisations, countries, places and missions that articles name.',
        folder: `${input.contentFolder}/entities`,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'name',
        summary: '{{name}} ({{kind}})',
        fields: [
          ...entityFields,
          bodyField('Optional longer text about the entity (markdown).', false),
        ],
      },
    ],
  };
}
