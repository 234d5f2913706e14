/**
 * Indexes a built site for search with Pagefind's Node API. Readers search
 * articles, entity pages and timeline years (the pages marked
 * data-pagefind-body), in each edition: Pagefind keeps one index per
 * <html lang>, so the Creole search finds Creole pages. One glob per kind of
 * page, added in a fixed order, so the same site gives the same index.
 *
 *   tsx scripts/pagefind.ts dist
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { EDITIONS } from '../src/i18n/index.ts';

const site = resolve(process.argv[2] ?? 'dist');
// Articles exist once, in their own language; entity and timeline pages in every edition.
const globs = ['articles/*/index.html', ...EDITIONS.flatMap((lang) => [`${lang === 'en' ? '' : `${lang}/`}entities/*/index.html`, `${lang === 'en' ? '' : `${lang}/`}timeline/*/index.html`])];

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const glob of globs) {
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${glob}: ${added.errors.join('; ')}`);
  pages += added.page_count;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Pagefind indexed ${pages} pages.`);
