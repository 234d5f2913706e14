/**
 * Site-wide settings and UI strings, in one place so a French or Haitian Creole
 * edition is a translation, not a rewrite.
 */
export const SITE = {
  title: 'MSS Haiti Tracker',
  description:
    'A sourced tracker of the Kenya-led Multinational Security Support mission in Haiti: what happened when, who is involved, and how many police and soldiers each country pledged and sent.',
  lang: 'en',
  /** Articles per page on /articles/. */
  articlesPerPage: 20,
  /** Latest articles on the home page. */
  homeArticles: 5,
} as const;

import { en as LABELS } from './i18n/en.ts';

/** Labels shown to readers: the English catalogue (src/i18n/en.ts). */
export { LABELS };

import { makeRoutes, paths } from './lib/routes.ts';
import { absoluteUrl, makeHref } from './lib/url.ts';

/** Prefixes a site path with the configured base path. */
export const href = makeHref(import.meta.env.BASE_URL ?? '/');

/** An absolute URL of a site path (for structured data and downloads, which leave the site). */
export const absolute = (path: string): string => absoluteUrl(import.meta.env.SITE, href(path));

/** Every internal URL, with the base path: `routes.article(slug)`, `routes.deployments`. */
export const routes = makeRoutes(href);

/** Site-wide navigation; a section is listed once its pages exist. */
export const NAV = [
  { label: LABELS.nav.articles, path: paths.articles },
  { label: LABELS.nav.timeline, path: paths.timeline },
  { label: LABELS.nav.entities, path: paths.entities },
  { label: LABELS.nav.deployments, path: paths.deployments },
  { label: LABELS.nav.funding, path: paths.funding },
  { label: LABELS.nav.about, path: paths.about },
] as const;
