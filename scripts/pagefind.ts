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
import { EDITIONS } from '@/site.config.ts';
import { searchDocument } from './searchDocument.ts';

const site = resolve(process.argv[2] ?? 'dist');
// Articles exist once, in their own language; entity and timeline pages in every edition (the routes module's folders).
// Paths relative to the built site: each edition's links under the base `/`, without the slash.
const relative = (link: string): string => link.replace(/^\//, '');
const articles = `${relative(EDITIONS[0]!.routes.articles)}*/index.html`;
const timelines = EDITIONS.map(({ routes }) => `${relative(routes.timeline)}*/index.html`);
const entityFolders = EDITIONS.map(({ routes }) => relative(routes.entities));

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
const started = performance.now();
let writing = started;
try {
  const readingArticles = add(site, articles);
  writeSearchDocuments(documents);
  await readingArticles;
  for (const glob of timelines) await add(site, glob);
  for (const folder of entityFolders) await add(documents, `${folder}*/index.html`);
  writing = performance.now();
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
} finally {
  rmSync(documents, { recursive: true, force: true });
  await pagefind.close();
}
const seconds = (from: number, to: number): string => ((to - from) / 1000).toFixed(1);
console.log(
  `Pagefind indexed ${pages} pages in ${seconds(started, writing)} s and wrote the index in ${seconds(writing, performance.now())} s.`,
);
