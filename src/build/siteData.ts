/**
 * The build's one door: pages (and, by type, lib) reach the build machinery in src/build/ only
 * through this module. It loads Astro's collections once per build and memoises every derived
 * index, so pages never rescan the collections and the build stays linear in the number of
 * articles; it hands out an article's stored body (the loader rendered it once, loaders/bodyCache.ts)
 * and the images drawn in worker threads (images/images.ts).
 *
 * Images across Astro's two phases: Astro asks every route for its paths before it renders any
 * page, so the social-card route hands every card to the drawing threads from its
 * `getStaticPaths` (`prefetchCards`), and its `GET` later collects the finished PNG (`cardPng`).
 * The route sits under `[...lang]/og/` because Astro renders routes in its priority order and
 * `og` sorts after `entities`: the threads draw while the article and entity pages render, and
 * the main thread seldom waits for a card.
 */
import { getCollection } from 'astro:content';
import { assembleSiteData, type Article, type SiteData } from './assemble.ts';
import { readStoredBody, type StoredBody } from './loaders/bodyCache.ts';

export type { Article, Entity, EntityRef, SiteData } from './assemble.ts';
export { cardPng, prefetchCards, svgToPng } from './images/images.ts';

/** An article's rendered HTML and plain text, as its loader stored them (read when a page needs them). */
export const articleBody = (article: Pick<Article, 'data'>): StoredBody =>
  readStoredBody(article.data.bodyFile);

let cached: Promise<SiteData> | undefined;

/** All derived data, computed on first use and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('history'),
  ]).then(([articles, entities, [history]]) =>
    assembleSiteData({
      articles,
      entities,
      history,
      textOf: (bodyFile) => readStoredBody(bodyFile).text,
    }),
  );
  return cached;
}
