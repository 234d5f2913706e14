/**
 * Indexes a built site for search with Pagefind's Node API. Readers search
 * articles, entity pages and timeline years (the pages marked
 * data-pagefind-body), in each edition: Pagefind keeps one index per
 * <html lang>, so the Creole search finds Creole pages. One glob per kind of
 * page, added in a fixed order, so the same site gives the same index.
 *
 * An entity page is searched by its header (name, description, aliases, body),
 * which sits above a long page of events and tables: Pagefind is given a copy of
 * that part alone (scripts/searchDocument.ts), written while it reads the articles.
 *
 * A rebuild reuses what Pagefind wrote last time (scripts/searchIndexCache.ts, kept beside Astro's
 * cache, which the deploy workflow saves): only the changed pages' records are compressed again.
 *
 *   tsx scripts/pagefind.ts dist
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { urlsFor } from '@/lib/routes.ts';
import { LANGUAGES } from '@/schemas/languages.ts';
import { searchDocument } from './searchDocument.ts';
import { writeSearchIndex } from './searchIndexCache.ts';

const site = resolve(process.argv[2] ?? 'dist');
// The editions built (English at the root; the others in their folder), and their paths in the
// built site: the route table's, under the base `/`, without the slash.
const editions = LANGUAGES.filter((lang) => lang === 'en' || existsSync(join(site, lang))).map(
  (lang) => urlsFor(lang, { base: '/', languages: LANGUAGES }).routes,
);
const relative = (link: string): string => link.replace(/^\//, '');
// Articles exist once, in their own language; entity and timeline pages in every edition.
const articles = `${relative(editions[0]!.articles)}*/index.html`;
const timelines = editions.map((routes) => `${relative(routes.timeline)}*/index.html`);
const entityFolders = editions.map((routes) => relative(routes.entities));

/** Writes each entity page's search document under `into`, at the page's own path (so its URL is the same). */
function writeSearchDocuments(into: string): void {
  for (const folder of entityFolders) {
    if (!existsSync(join(site, folder))) continue;
    for (const id of readdirSync(join(site, folder))) {
      const page = join(site, folder, id, 'index.html');
      if (!existsSync(page)) continue;
      mkdirSync(join(into, folder, id), { recursive: true });
      const document = searchDocument(readFileSync(page, 'utf8'));
      if (document) writeFileSync(join(into, folder, id, 'index.html'), document);
      else copyFileSync(page, join(into, folder, id, 'index.html'));
    }
  }
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
const add = async (path: string, glob: string): Promise<void> => {
  const added = await index.addDirectory({ path, glob });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${glob}: ${added.errors.join('; ')}`);
  pages += added.page_count;
};

const documents = mkdtempSync(join(tmpdir(), 'mss-search-'));
// The last build's index, beside Astro's cache (astro.config.mjs `cacheDir`).
const cache = resolve(
  process.env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro'),
  'mss-search-index',
);
let reused = 0;
const started = performance.now();
let writing = started;
try {
  const readingArticles = add(site, articles);
  writeSearchDocuments(documents);
  await readingArticles;
  for (const glob of timelines) await add(site, glob);
  for (const folder of entityFolders) await add(documents, `${folder}*/index.html`);
  writing = performance.now();
  const output = join(site, 'pagefind');
  const write = async (): Promise<void> => {
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  };
  reused = await writeSearchIndex(cache, output, write);
} finally {
  rmSync(documents, { recursive: true, force: true });
  await pagefind.close();
}
const seconds = (from: number, to: number): string => ((to - from) / 1000).toFixed(1);
console.log(
  `Pagefind indexed ${pages} pages in ${seconds(started, writing)} s and wrote the index in ${seconds(writing, performance.now())} s${reused > 0 ? ` (${reused} files kept from the last build)` : ''}.`,
);
