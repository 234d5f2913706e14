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
import { CATALOGUES, EDITIONS, type Catalogue, type Language } from './i18n/index.ts';

/** Prefixes a site path with the configured base path. */
export const href = makeHref(import.meta.env.BASE_URL ?? '/');

/** An absolute URL of a site path (for structured data and downloads, which leave the site). */
export const absolute = (path: string): string => absoluteUrl(import.meta.env.SITE, href(path));

/** Every internal URL, with the base path: `routes.article(slug)`, `routes.deployments`. */
export const routes = makeRoutes(href);

/** A built edition as other editions offer it: its code, and its name in its own language. */
interface EditionLink {
  readonly lang: Language;
  /** "Français", "Kreyòl ayisyen": each language named in itself. */
  readonly name: string;
  /** Open Graph locale (`fr_FR`). */
  readonly ogLocale: string;
}

/** A page's language and what it needs to speak it (`Astro.locals.edition`, src/middleware.ts). */
export interface Edition {
  readonly lang: Language;
  readonly t: Catalogue;
  /** Every internal URL in this edition (shared pages stay where they are). */
  readonly routes: Routes;
  /** A site path (from src/lib, without base) as a link in this edition. */
  readonly href: (path?: string) => string;
  /** Every edition the site is built in, this one included. */
  readonly editions: readonly EditionLink[];
  /**
   * The page at `pathname` (with base) in each edition, as site paths. A page shown once (an
   * article, a download, a not-found page) is `shared`: it has no other-language versions, and
   * each edition is offered by its home.
   */
  readonly alternates: (pathname: string) => {
    shared: boolean;
    pages: (EditionLink & { path: string })[];
  };
}

const editionLinks: readonly EditionLink[] = EDITIONS.map((lang) => ({
  lang,
  name: CATALOGUES[lang].languageName,
  ogLocale: CATALOGUES[lang].ogLocale,
}));

function alternates(pathname: string): ReturnType<Edition['alternates']> {
  const { path } = splitEdition(pathname.slice(href().length), EDITIONS);
  const shared = isShared(path) || path === '404/' || path === '404.html' || path === '404';
  return {
    shared,
    pages: editionLinks.map((link) => ({
      ...link,
      path: inEdition(link.lang, shared ? '' : path),
    })),
  };
}

const editions = new Map<Language, Edition>();

/** The edition of one language: one object per language per build (src/middleware.ts picks the page's). */
export function editionIn(lang: Language): Edition {
  let made = editions.get(lang);
  if (!made) {
    const localHref = (path = ''): string => href(inEdition(lang, path));
    made = {
      lang,
      t: CATALOGUES[lang],
      routes: makeRoutes(localHref),
      href: localHref,
      editions: editionLinks,
      alternates,
    };
    editions.set(lang, made);
  }
  return made;
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
