import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  DATE_BASES,
  DEPLOYMENT_STATUSES,
  EVENT_KINDS,
  FUNDING_STATUSES,
  INFERABLE_ARTICLE_FIELDS,
  MANDATE_ACTIONS,
  PERSONNEL_KINDS,
  articleSchema,
} from '@/schemas/article.ts';
import { ENTITY_KINDS, entitySchema } from '@/schemas/entity.ts';
import { LANGUAGES, strictFields } from '@/schemas/fields.ts';
import { deskConfig, UnknownFieldError, type DeskField } from '@/lib/desk/deskConfig.ts';
import { makeDeskConfig } from '@/lib/desk/index.ts';
import { readSchemaDocs } from '@/lib/desk/schemaDocs.ts';
import { deskSettings } from '@/lib/desk/settings.ts';

const schemaDir = join(import.meta.dirname, '../../src/schemas');
const sources = readdirSync(schemaDir).map((name) => readFileSync(join(schemaDir, name), 'utf8'));
const config = makeDeskConfig(
  { contentFolder: 'content', backend: { kind: 'github', target: 'owner/site' } },
  sources,
) as {
  backend: Record<string, unknown>;
  publish_mode?: string;
  collections: { name: string; folder: string; fields: DeskField[] }[];
};
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** Every field of a desk field tree, by dotted path. */
function flatten(fields: readonly DeskField[], prefix = ''): Map<string, DeskField> {
  const out = new Map<string, DeskField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    out.set(path, field);
    const nested =
      (field.fields as DeskField[] | undefined) ?? (field.field ? [field.field as DeskField] : []);
    for (const [key, value] of flatten(field.field ? [] : nested, `${path}.`)) out.set(key, value);
  }
  return out;
}

/** Every field of a zod object tree, by dotted path (list items and objects walked). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner = schema as unknown as {
    _zod: {
      def: {
        type: string;
        innerType?: z.ZodType;
        element?: z.ZodType;
        shape?: Record<string, z.ZodType>;
      };
    };
  };
  while (inner._zod.def.innerType) inner = inner._zod.def.innerType as never;
  const def = inner._zod.def;
  if (def.type === 'array') {
    let element = def.element as unknown as typeof inner;
    while (element._zod.def.innerType) element = element._zod.def.innerType as never;
    return element._zod.def.type === 'object' ? schemaPaths(element as never, prefix) : [];
  }
  if (def.type !== 'object') return [];
  return Object.entries(def.shape ?? {}).flatMap(([key, value]) => [
    `${prefix}${key}`,
    ...schemaPaths(value, `${prefix}${key}.`),
  ]);
}

describe('the desk configuration, generated from the schemas', () => {
  it.each([
    ['articles', articleSchema],
    ['entities', entitySchema],
  ] as const)('has a form field for every field of the %s schema, and the body', (name, schema) => {
    const fields = flatten(collection(name).fields);
    for (const path of schemaPaths(schema))
      expect(fields.has(path), `${name}: ${path} has no field in the desk`).toBe(true);
    expect(fields.get('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it('offers every enum value as a select', () => {
    const articles = flatten(collection('articles').fields);
    const entities = flatten(collection('entities').fields);
    expect(articles.get('events.kind')).toMatchObject({
      widget: 'select',
      options: [...EVENT_KINDS],
    });
    expect(articles.get('deployments.status')).toMatchObject({
      widget: 'select',
      options: [...DEPLOYMENT_STATUSES],
    });
    expect(articles.get('deployments.personnel')).toMatchObject({
      widget: 'select',
      options: [...PERSONNEL_KINDS],
    });
    expect(articles.get('funding.status')).toMatchObject({
      widget: 'select',
      options: [...FUNDING_STATUSES],
    });
    expect(articles.get('mandates.action')).toMatchObject({
      widget: 'select',
      options: [...MANDATE_ACTIONS],
    });
    expect(articles.get('deployments.date_basis')).toMatchObject({
      widget: 'select',
      options: [...DATE_BASES],
    });
    expect(articles.get('inferred')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [...INFERABLE_ARTICLE_FIELDS],
    });
    expect(articles.get('lang')).toMatchObject({ widget: 'select', options: [...LANGUAGES] });
    expect(entities.get('kind')).toMatchObject({ widget: 'select', options: [...ENTITY_KINDS] });
  });

  it('picks entity references from the entity files, by name, stored as ids, of the kinds the field allows', () => {
    const articles = flatten(collection('articles').fields);
    const picker = { widget: 'relation', collection: 'entities', value_field: '{{slug}}' };
    expect(articles.get('entities')).toMatchObject({ ...picker, multiple: true });
    expect(articles.get('events.entities')).toMatchObject({ ...picker, multiple: true });
    expect(articles.get('deployments.country')).toMatchObject({
      ...picker,
      multiple: false,
      filters: [{ field: 'kind', values: ['country'] }],
    });
    expect(articles.get('funding.donor')).toMatchObject({
      ...picker,
      filters: [{ field: 'kind', values: ['country', 'organization'] }],
    });
    expect(articles.get('funding.recipient')).toMatchObject(picker);
    expect(articles.get('funding.recipient')?.filters).toBeUndefined();
    expect(articles.get('mandates.mission')).toMatchObject({
      ...picker,
      filters: [{ field: 'kind', values: ['mission'] }],
    });
    expect(articles.get('mandates.by')).toMatchObject(picker);
    expect(flatten(collection('entities').fields).get('country')).toMatchObject({
      ...picker,
      filters: [{ field: 'kind', values: ['country'] }],
    });
    // An event's own id is not an entity.
    expect(articles.get('events.id')).toMatchObject({
      widget: 'string',
      pattern: ['^[a-z0-9-]+$', expect.any(String)],
    });
  });

  it('writes partial dates as text with the contract pattern, and quotes as text to copy', () => {
    const articles = flatten(collection('articles').fields);
    const date = articles.get('deployments.date')!;
    expect(date.widget).toBe('string');
    const pattern = new RegExp((date.pattern as string[])[0]!);
    for (const good of ['2024', '2024-09', '2024-09-21'])
      expect(pattern.test(good), good).toBe(true);
    for (const bad of ['24', '2024-13', '2024-9', 'June 2024', '2024-09-32'])
      expect(pattern.test(bad), bad).toBe(false);
    expect(date.hint).toMatch(/2024, 2024-09 or 2024-09-21/);
    expect(articles.get('published')).toMatchObject({ widget: 'string', required: true });
    expect(articles.get('deployments.quote')).toMatchObject({ widget: 'text', required: true });
    expect(articles.get('deployments.count')).toMatchObject({
      widget: 'number',
      value_type: 'int',
    });
    expect(articles.get('funding.amount')).toMatchObject({ widget: 'number', value_type: 'float' });
  });

  it('sums up a folded list item by its required fields', () => {
    const articles = flatten(collection('articles').fields);
    expect(articles.get('deployments')?.summary).toBe(
      '{{fields.country}} · {{fields.date}} · {{fields.count}} · {{fields.status}}',
    );
    expect(articles.get('events')?.summary).toBe('{{fields.date}} · {{fields.title}}');
  });

  it('gives each field its JSDoc as the hint', () => {
    const articles = flatten(collection('articles').fields);
    expect(articles.get('title')?.hint).toBe('Headline, 1-200 characters.');
    expect(articles.get('deployments.approximate')?.hint).toBe(
      'The text hedges the figure ("nearly", "around", "about").',
    );
    expect(articles.get('events.note')?.hint).toBe(
      'How the editors read it; required when `inferred` is true.',
    );
    for (const [path, field] of [...articles, ...flatten(collection('entities').fields)]) {
      if (
        !/^translations\.|\.translations\./.test(path) &&
        !['translations.en', 'translations.fr', 'translations.ht'].includes(path)
      )
        expect(field.hint, path).toBeTruthy();
    }
  });

  it('has the translations per language with their fields', () => {
    const articles = flatten(collection('articles').fields);
    for (const lang of LANGUAGES) {
      expect(articles.get(`translations.${lang}.title`)).toMatchObject({
        widget: 'string',
        required: false,
      });
      expect(articles.get(`events.translations.${lang}.title`)).toBeDefined();
    }
    expect(flatten(collection('entities').fields).get('translations.fr.aliases')).toMatchObject({
      widget: 'list',
    });
  });

  it('fails, naming the field, when a schema gains a kind of field the desk cannot show', () => {
    const withDate = strictFields({ title: z.string(), when: z.date() });
    expect(() =>
      deskConfig({
        articleSchema: withDate,
        entitySchema,
        schemaNames: new Map(),
        docs: new Map(),
        backend: { kind: 'local', target: 'x' },
        contentFolder: 'content',
      }),
    ).toThrow(UnknownFieldError);
  });

  it('publishes through pull requests on GitHub, and writes the working tree through the local proxy', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'owner/site', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(collection('articles').folder).toBe('content/articles');
    const local = makeDeskConfig(
      {
        contentFolder: 'copy/content',
        backend: { kind: 'local', target: 'http://127.0.0.1:8081/api/v1' },
      },
      sources,
    ) as typeof config;
    expect(local.backend).toMatchObject({
      name: 'proxy',
      proxy_url: 'http://127.0.0.1:8081/api/v1',
    });
    expect(local.publish_mode).toBeUndefined();
    expect(local.collections[1]?.folder).toBe('copy/content/entities');
  });
});

describe('deskSettings', () => {
  it.each<[Record<string, string>, unknown]>([
    [{}, { contentFolder: 'content' }],
    [
      { DESK_REPO: 'mss/site' },
      { contentFolder: 'content', backend: { kind: 'github', target: 'mss/site', branch: 'main' } },
    ],
    [
      { DESK_REPO: 'mss/site', DESK_BRANCH: 'trunk', DESK_AUTH_URL: 'https://auth.example.org' },
      { backend: { kind: 'github', branch: 'trunk', authBaseUrl: 'https://auth.example.org' } },
    ],
    [
      { DESK_PROXY_URL: 'http://127.0.0.1:8081/api/v1', DESK_CONTENT_FOLDER: 'x/content/' },
      { contentFolder: 'x/content', backend: { kind: 'local' } },
    ],
  ])('%j', (env, expected) => {
    expect(deskSettings(env)).toMatchObject(expected as object);
  });

  it('refuses a repository that is not owner/name', () => {
    expect(() => deskSettings({ DESK_REPO: 'https://github.com/mss/site' })).toThrow(/owner\/name/);
  });
});

describe('readSchemaDocs', () => {
  it('reads the JSDoc of each property by the variable that declares it', () => {
    const docs = readSchemaDocs([
      'const a = f({\n  /** The first. */\n  one: x,\n  two: y,\n});\nexport const b = {\n  /** Second. */\n  one: z,\n};',
    ]);
    expect(docs.get('a.one')).toBe('The first.');
    expect(docs.has('a.two')).toBe(false);
    expect(docs.get('b.one')).toBe('Second.');
  });
});
