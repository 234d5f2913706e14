import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readStoredBody } from '@/build/loaders/bodyCache.ts';
import { contentLoaders } from '@/build/loaders/contentLoader.ts';
import { devPassFile, readDevPass } from '@/build/loaders/devRefresh.ts';
import { fakeContext } from '../fixtures/loaderContext.ts';

/** The fixture corpus in a folder of its own, its loaders, and fake contexts for both collections. */
function corpusUnderTest(extra: Partial<LoaderContext> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'mss-loader-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'mss-cache-'));
  cpSync('tests/fixtures/corpus', root, { recursive: true });
  afterAll(() => [root, cacheDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const logged: string[] = [];
  const loaders = contentLoaders({ root });
  const articles = fakeContext('articles', logged, cacheDir, extra);
  const entities = fakeContext('entities', logged, cacheDir, extra);
  const sync = () =>
    Promise.all([loaders.articles.load(articles.context), loaders.entities.load(entities.context)]);
  return { root, cacheDir, logged, articles, entities, sync };
}

describe('the content loader', () => {
  const { root, cacheDir, logged, articles, entities, sync } = corpusUnderTest();
  const bodyOf = (slug: string) =>
    readStoredBody((articles.entries.get(slug)!.data as { bodyFile: string }).bodyFile);

  it('stores every entry with its derivations and rendered HTML', async () => {
    await sync();
    expect(logged).toEqual([]);
    expect(articles.entries.size).toBe(3);
    expect(entities.entries.size).toBe(39);
    const visit = articles.entries.get('ruto-makes-surprise-visit-to-haiti')!;
    const data = visit.data as {
      summaryText: string;
      readingMinutes: number;
      mentions: [string, number, number][];
      inferred: string[];
      bodyFile: string;
    };
    expect(data.summaryText).toMatch(/^President William Ruto made a surprise visit/);
    expect(data.readingMinutes).toBe(3);
    expect(data.mentions[0]).toEqual(['william-ruto', 0, 'President William Ruto'.length]);
    // Neither the raw nor the rendered body is in the store (Astro compiles the store into a module):
    // the rendered HTML and the plain text are in a file beside it.
    expect(visit.body).toBeUndefined();
    expect(visit.rendered).toBeUndefined();
    expect(data.bodyFile.startsWith(cacheDir)).toBe(true);
    expect(bodyOf('ruto-makes-surprise-visit-to-haiti').text).toMatch(
      /^President William Ruto made a surprise visit/,
    );
    expect(data.inferred).toEqual(['title', 'published']);
    expect(bodyOf('ruto-makes-surprise-visit-to-haiti').html).toContain(
      '<a href="/entities/william-ruto/" title="William Ruto">President William Ruto</a>',
    );
    // An entity's body is rendered for each edition: its mention links go to that edition's pages.
    const mission = entities.entries.get('mss')!;
    const { bodyHtml } = mission.data as { bodyHtml: Record<string, string> };
    expect(Object.keys(bodyHtml)).toEqual(['en', 'fr', 'ht']);
    expect(bodyHtml.en).toContain('href="/entities/kenya/"');
    expect(bodyHtml.fr).toContain('href="/fr/entities/kenya/"');
    expect(bodyHtml.ht).toContain('href="/ht/entities/kenya/"');
    expect(mission.rendered).toBeUndefined();
  });

  it('parses and renders again only the file that changed', async () => {
    articles.writes.length = 0;
    entities.writes.length = 0;
    const file = join(root, 'articles', 'ruto-makes-surprise-visit-to-haiti.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('on Friday night', 'on Friday evening'));
    await sync();
    expect(articles.writes).toEqual(['ruto-makes-surprise-visit-to-haiti']);
    expect(entities.writes).toEqual([]);
    expect(bodyOf('ruto-makes-surprise-visit-to-haiti').html).toContain('on Friday evening');
  });

  it('keeps one body file per article, and renders again a body whose file was removed', async () => {
    const folder = join(cacheDir, 'mss-bodies');
    const files = () =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) =>
        name.endsWith('.json'),
      );
    // The edit above left no stale body behind.
    expect(files()).toHaveLength(3);
    const slug = 'kenya-prepares-to-send-additional-troops-to-haiti';
    const { bodyFile } = articles.entries.get(slug)!.data as { bodyFile: string };
    rmSync(bodyFile);
    articles.writes.length = 0;
    await sync();
    expect(articles.writes).toEqual([slug]);
    expect(existsSync(bodyFile)).toBe(true);
  });

  it('renders every article again when an entity name changes, since its links depend on it', async () => {
    articles.writes.length = 0;
    writeFileSync(
      join(root, 'entities', 'delmas.md'),
      '---\nname: "Delmas"\nkind: place\naliases: ["Port-au-Prince"]\ncountry: haiti\n---\n',
    );
    await sync();
    expect(articles.writes.sort()).toEqual([
      'kenya-prepares-to-send-additional-troops-to-haiti',
      'ruto-makes-surprise-visit-to-haiti',
      'ruto-roots-for-un-support-office-in-call-with-rubio',
    ]);
  });

  it('reports every problem of every file at once and stops the build', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    writeFileSync(
      join(root, 'articles', 'broken.md'),
      '---\ntitel: Broken\npublished: 2024-02-30\n---\nText.\n',
    );
    writeFileSync(join(root, 'entities', 'bad.md'), '---\nname: Bad\nkind: company\n---\n');
    await sync();
    expect(exit).toHaveBeenCalledWith(1);
    const report = logged.join('\n');
    expect(report).toContain('Content check failed: 4 problems in 2 files.');
    expect(report).toMatch(
      /broken\.md:2 {2}titel: unknown field "titel" \(did you mean "title"\?\)/,
    );
    expect(report).toMatch(/broken\.md:3 {2}published: "2024-02-30" is not a full calendar date/);
    expect(report).toMatch(/bad\.md:3 {2}kind: got "company"/);
    expect(articles.entries.has('broken')).toBe(false);
    exit.mockRestore();
  });
});

describe('the content loader in astro dev', () => {
  // Astro gives loaders a file watcher in `astro dev` only.
  const { root, cacheDir, logged, articles, sync } = corpusUnderTest({
    watcher: { on: () => undefined, add: () => undefined } as unknown as LoaderContext['watcher'],
  });
  const lastPass = () => readDevPass(devPassFile(pathToFileURL(`${cacheDir}/`)));
  const file = join(root, 'articles', 'ruto-makes-surprise-visit-to-haiti.md');

  it('records every pass for the dev server, with no report while the content is valid', async () => {
    await sync();
    const first = lastPass();
    expect(first?.pass).toBeTruthy();
    expect(first?.report).toBeUndefined();
    await sync();
    expect(lastPass()?.pass).not.toBe(first?.pass);
  });

  it('keeps the body an edited article had: pages render from the old store until Astro has written the new one', async () => {
    const before = (
      articles.entries.get('ruto-makes-surprise-visit-to-haiti')!.data as { bodyFile: string }
    ).bodyFile;
    writeFileSync(file, readFileSync(file, 'utf8').replace('on Friday night', 'on Friday evening'));
    await sync();
    const after = (
      articles.entries.get('ruto-makes-surprise-visit-to-haiti')!.data as { bodyFile: string }
    ).bodyFile;
    expect(after).not.toBe(before);
    expect(existsSync(before)).toBe(true);
    expect(readStoredBody(after).html).toContain('on Friday evening');
  });

  it('hands the dev server the report of a broken file, without stopping, and clears it once fixed', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^title: /m, 'titel: '));
    await sync();
    expect(lastPass()?.report).toMatch(
      /ruto-makes-surprise-visit-to-haiti\.md:2 {2}titel: unknown field "titel" \(did you mean "title"\?\)/,
    );
    expect(lastPass()?.report).toBe(logged.at(-1)?.trim());
    expect(exit).not.toHaveBeenCalled();
    writeFileSync(file, good);
    await sync();
    expect(lastPass()?.report).toBeUndefined();
    exit.mockRestore();
  });
});
