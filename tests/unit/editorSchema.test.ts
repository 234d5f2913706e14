/**
 * The frontmatter schemas for text editors, read by the YAML language server the Astro language
 * server runs (yaml-language-server): what an editor sees in VS Code as they type a content file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentFile, type ParsedFile } from '@/lib/contract/frontmatter.ts';
import { FRONTMATTER_SCHEMAS } from '@/lib/desk/editorSchema.ts';
import { writeEditorSchemas } from '@/build/integrations/editorSchemas.ts';
import { readMarkdownFiles } from '@/build/loaders/contentFiles.ts';

const CORPUS = 'tests/fixtures/corpus';
let folder: string;
let root: string;
let server: LanguageService;
let documents = 0;

/** The language server's diagnostics for a frontmatter text of one kind of file. */
async function problems(kind: keyof typeof FRONTMATTER_SCHEMAS, yaml: string): Promise<string[]> {
  const document = TextDocument.create(`file:///${kind}/${++documents}.yaml`, 'yaml', 1, yaml);
  return (await server.doValidation(document, false)).map(
    (diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
  );
}

/** What the server offers at the end of the last line of `yaml`. */
async function offered(kind: keyof typeof FRONTMATTER_SCHEMAS, yaml: string): Promise<string[]> {
  const document = TextDocument.create(`file:///${kind}/${++documents}.yaml`, 'yaml', 1, yaml);
  const lines = yaml.split('\n');
  const completion = await server.doComplete(
    document,
    { line: lines.length - 1, character: lines.at(-1)!.length },
    false,
  );
  return completion.items.map((item) => item.label);
}

beforeAll(async () => {
  // Written for the fixture corpus, into a folder of the test's own: the manifest names its files, the schemas its entities.
  root = mkdtempSync(join(tmpdir(), 'mss-editor-schema-'));
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = resolve(CORPUS);
  try {
    folder = await writeEditorSchemas(process.cwd(), root);
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
  const schemas = new Map(
    Object.entries(FRONTMATTER_SCHEMAS).map(([kind, name]) => [
      `file:///schemas/${kind}.json`,
      readFileSync(join(folder, `${name}.schema.json`), 'utf8'),
    ]),
  );
  server = getLanguageService({
    schemaRequestService: async (uri: string) => schemas.get(uri) ?? '{}',
    workspaceContext: { resolveRelativePath: (path: string) => path },
  } as never);
  server.configure({
    validate: true,
    completion: true,
    hover: true,
    yamlVersion: '1.2',
    schemas: Object.keys(FRONTMATTER_SCHEMAS).map((kind) => ({
      uri: `file:///schemas/${kind}.json`,
      fileMatch: [`/${kind}/*.yaml`],
    })),
  } as never);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('frontmatter schemas for text editors', () => {
  it('accepts the frontmatter of every file of a valid corpus, and of content/', async () => {
    for (const [corpus, kind] of [CORPUS, 'content'].flatMap((base) =>
      (['articles', 'entities'] as const).map((name) => [base, name] as const),
    )) {
      for (const file of readMarkdownFiles(join(corpus, kind))) {
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.source)![1]!;
        // A draft may hold values left to fill, which the schema shows as problems, as it should.
        if (/^draft:\s*true\s*$/m.test(yaml)) continue;
        expect(await problems(kind, yaml), file.path).toEqual([]);
      }
    }
  });

  it('flags what the contract rejects as it is typed: an impossible month, an unknown status, a missing title', async () => {
    const article = [
      'published: 2024-09-23',
      'deployments:',
      '  - country: kenya',
      '    date: 2024-13',
      '    count: 400',
      '    status: arrived',
      '    quote: Some 400 officers arrived.',
    ].join('\n');
    const found = await problems('articles', article);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1: Missing property "title"/),
        expect.stringMatching(/^4: String does not match the pattern/),
        expect.stringMatching(
          /^6: Value is not accepted\. Valid values: "pledged", "announced", "deployed", "withdrawn"/,
        ),
      ]),
    );
  });

  it('offers the statuses, and for a country the ids of the country files only', async () => {
    expect(await offered('articles', 'title: A\ndeployments:\n  - status: ')).toEqual([
      'pledged',
      'announced',
      'deployed',
      'withdrawn',
    ]);
    const countries = await offered('articles', 'title: A\ndeployments:\n  - country: ');
    const kinds = new Map(
      readMarkdownFiles(join(CORPUS, 'entities')).map((file) => [
        file.path.split('/').pop()!.replace(/\.md$/, ''),
        (parseContentFile(file.path, file.source) as ParsedFile).data.kind,
      ]),
    );
    expect(countries.length).toBeGreaterThan(1);
    expect(countries).toContain('kenya');
    expect(countries.filter((id) => kinds.get(id) !== 'country')).toEqual([]);
    expect(await offered('entities', 'name: Kenya\nkind: ')).toEqual(
      expect.arrayContaining(['person', 'organization', 'country', 'place', 'mission']),
    );
  });

  it("shows a field's JSDoc from the schema when the pointer rests on it", async () => {
    const document = TextDocument.create(
      `file:///articles/${++documents}.yaml`,
      'yaml',
      1,
      'title: A\npublished: 2024-09-23\n',
    );
    const hover = await server.doHover(document, { line: 1, character: 3 });
    expect(JSON.stringify(hover?.contents)).toContain('Publication date, a full YYYY-MM-DD date.');
  });

  it('tells the Astro language server which schema each content file follows', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'collections.json'), 'utf8')) as {
      collections: { name: string }[];
      entries: Record<string, string>;
    };
    expect(manifest.collections.map((collection) => collection.name)).toEqual([
      FRONTMATTER_SCHEMAS.articles,
      FRONTMATTER_SCHEMAS.entities,
    ]);
    const articles = readMarkdownFiles(join(CORPUS, 'articles'));
    for (const file of articles)
      expect(manifest.entries[`file://${resolve(file.path)}`.toLowerCase()], file.path).toBe(
        FRONTMATTER_SCHEMAS.articles,
      );
    expect(
      Object.values(manifest.entries).filter((name) => name === FRONTMATTER_SCHEMAS.entities),
    ).toHaveLength(readMarkdownFiles(join(CORPUS, 'entities')).length);
  });
});
