/**
 * Site-wide settings and UI strings, in one place so a French or Haitian Creole
 * edition is a translation, not a rewrite.
 */
/** Site-wide settings; the site's name and description are words of each edition's catalogue (`t.siteTitle`). */
export const SITE = {
  /** Articles per page on /articles/. */
  articlesPerPage: 20,
  /** Latest articles on the home page. */
  homeArticles: 5,
} as const;

import { inEdition, isShared, makeRoutes, paths, splitEdition, type Routes } from './lib/routes.ts';
import { absoluteUrl, makeHref } from './lib/url.ts';
import { CATALOGUES, EDITIONS, isLanguage, type Catalogue, type Language } from './i18n/index.ts';

/** Prefixes a site path with the configured base path. */
export const href = makeHref(import.meta.env.BASE_URL ?? '/');

/** An absolute URL of a site path (for structured data and downloads, which leave the site). */
export const absolute = (path: string): string => absoluteUrl(import.meta.env.SITE, href(path));

/** Every internal URL, with the base path: `routes.article(slug)`, `routes.deployments`. */
export const routes = makeRoutes(href);

/** A page's language and what it needs to speak it (`Astro.locals.edition`, src/middleware.ts). */
export interface Edition {
  readonly lang: Language;
  readonly t: Catalogue;
  /** Every internal URL in this edition (shared pages stay where they are). */
  readonly routes: Routes;
  /** A site path (from src/lib, without base) as a link in this edition. */
  readonly href: (path?: string) => string;
}

/** Builds an edition from the site's base-path helper. */
export function makeEdition(lang: Language, baseHref: (path?: string) => string): Edition {
  const localHref = (path = ''): string => baseHref(inEdition(lang, path));
  return { lang, t: CATALOGUES[lang], routes: makeRoutes(localHref), href: localHref };
}

const editions = new Map<Language, Edition>();

/**
 * The edition a page or component speaks: `Astro.locals.lang` when the page set it (an article in
 * its own language), else the page's `lang` route parameter (/fr/…, /ht/…), else English.
 */
export function edition(astro: {
  locals: App.Locals;
  params: Record<string, string | undefined>;
}): Edition {
  const lang: Language =
    astro.locals.lang ?? (isLanguage(astro.params.lang) ? astro.params.lang : 'en');
  let made = editions.get(lang);
  if (!made) editions.set(lang, (made = makeEdition(lang, href)));
  return made;
}

/**
 * The page at `pathname` (with base) in each edition, as site paths. A page shown once (an article,
 * a download, a not-found page) is `shared`: it has no other-language versions, and each edition is
 * offered by its home.
 */
export function editionsOf(pathname: string): {
  shared: boolean;
  pages: { lang: Language; path: string }[];
} {
  const { path } = splitEdition(pathname.slice(href().length), EDITIONS);
  const shared = isShared(path) || /^404(\/|\.html)?$/.test(path);
  return {
    shared,
    pages: EDITIONS.map((lang) => ({ lang, path: inEdition(lang, shared ? '' : path) })),
  };
}

/** Site-wide navigation in one language's words (paths without base or edition). */
export function mainNav(t: Catalogue): { label: string; path: string }[] {
  return [
    { label: t.nav.articles, path: paths.articles },
    { label: t.nav.timeline, path: paths.timeline },
    { label: t.nav.entities, path: paths.entities },
    { label: t.nav.deployments, path: paths.deployments },
    { label: t.nav.funding, path: paths.funding },
    { label: t.nav.about, path: paths.about },
  ];
}
