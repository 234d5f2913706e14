/**
 * The search index kept between builds (scripts/searchIndexCache.ts): a rebuild that reuses the
 * last build's files writes exactly the index a build from nothing writes, and never serves a
 * kept fragment in place of a page's own.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreSearchIndex, settleSearchIndex } from '../../scripts/searchIndexCache.ts';

const work = mkdtempSync(join(tmpdir(), 'mss-search-cache-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

const page = (lang: string, title: string, text: string): string =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

type Pages = Record<string, string>;
const PAGES: Pages = {
  '/articles/one/': page(
    'en',
    'Kenyan police land in Port-au-Prince',
    'The first 400 officers arrived.',
  ),
  '/articles/two/': page('en', 'Jamaica sends soldiers', 'Two hundred soldiers are pledged.'),
  '/articles/three/': page('en', 'Trust fund grows', 'Canada gives sixty million dollars.'),
  '/fr/entities/kenya/': page('fr', 'Kenya', 'Pays qui dirige la mission.'),
};

/** Writes an index of `pages` into `output`, reusing `cache` when given. */
async function write(pages: Pages, output: string, cache?: string): Promise<boolean> {
  const { index } = await pagefind.createIndex({});
  for (const [url, content] of Object.entries(pages)) await index!.addHTMLFile({ url, content });
  const since = Date.now() - 1;
  if (cache) restoreSearchIndex(cache, output);
  await index!.writeFiles({ outputPath: output });
  await index!.deleteIndex();
  return cache ? settleSearchIndex(cache, output, since) : true;
}

/** Every file of a folder, by relative path, with its bytes. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.\w+$/.test(name))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

describe('the search index kept between builds', () => {
  it('writes after an edit what a build from nothing writes, and keeps nothing stale', async () => {
    const cache = join(work, 'cache');
    expect(await write(PAGES, join(work, 'first'), cache)).toBe(true);
    const edited = { ...PAGES, '/articles/two/': page('en', 'Jamaica sends soldiers', 'Now 330.') };
    delete (edited as Partial<Pages>)['/articles/three/'];
    expect(await write(edited, join(work, 'warm'), cache)).toBe(true);
    await write(edited, join(work, 'cold'));
    expect(files(join(work, 'warm'))).toEqual(files(join(work, 'cold')));
    // What is kept for the next build is what this index names, and nothing else.
    const kept = [...files(cache).keys()].filter((name) => name !== 'pages.json');
    const named = [...files(join(work, 'cold')).keys()].filter((name) =>
      /^(fragment|index|filter)\/|\.pf_meta$/.test(name),
    );
    expect(kept).toEqual(named);
  });

  it('writes from nothing when a kept fragment is named like a new page of another', async () => {
    const cache = join(work, 'cache-collision');
    await write(PAGES, join(work, 'before'), cache);
    const edited = { ...PAGES, '/articles/one/': page('en', 'Kenyan police land', 'Now 800.') };
    // Learn the edited page's new fragment name, then plant another page's fragment under it.
    await write(edited, join(work, 'probe'));
    const before = new Set(readdirSync(join(work, 'before', 'fragment')));
    const after = readdirSync(join(work, 'probe', 'fragment'));
    const fresh = after.find((name) => !before.has(name))!;
    // An unchanged page's fragment (the edited page's old one would hold its own URL).
    const other = after.find((name) => before.has(name))!;
    cpSync(join(cache, 'fragment', other), join(cache, 'fragment', fresh));
    expect(await write(edited, join(work, 'collided'), cache)).toBe(false);
  });
});
