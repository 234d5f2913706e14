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

import { urlsFor, type Urls } from './lib/routes.ts';
import { CATALOGUES, isLanguage, LANGUAGES, type Catalogue, type Language } from './i18n/index.ts';

/**
 * A page's language and what it needs to speak it (`Astro.locals.edition`, src/middleware.ts): its
 * words and formatter (`t`), and its links (the site's URL API, src/lib/routes.ts).
 */
export interface Edition extends Omit<Urls<Language>, 'alternates'> {
  readonly lang: Language;
  readonly t: Catalogue;
  /** `getStaticPaths` parameters of a page in this edition: English at the root, others under /fr/, /ht/. */
  readonly params: { readonly lang: Language | undefined };
  /** The site's main sections, as the header and footer list them. */
  readonly nav: readonly { readonly label: string; readonly href: string }[];
  /**
   * The page at `pathname` (a link) in each edition, each named in its own language ("Français").
   * A page shown once (an article, a download, a not-found page) is `shared`: it has no
   * other-language versions, and each edition is offered by its home.
   */
  readonly alternates: (pathname: string) => {
    shared: boolean;
    pages: { lang: Language; name: string; href: string }[];
  };
}

// Astro's environment; absent when a script (scripts/pagefind.ts) reads the editions under tsx.
const env: Partial<ImportMetaEnv> = import.meta.env ?? {};

/**
 * The edition of `lang`, on a site built in `built`. A language the site is not built in (an article
 * in French on an English-only build) speaks its own words with the English edition's links.
 */
function editionOf(lang: Language, built: readonly Language[]): Edition {
  const t = CATALOGUES[lang];
  const urls = urlsFor(built.includes(lang) ? lang : 'en', {
    base: env.BASE_URL ?? '/',
    site: env.SITE,
    languages: built,
  });
  const { routes } = urls;
  return {
    lang,
    t,
    params: { lang: lang === 'en' ? undefined : lang },
    nav: [
      { label: t.nav.articles, href: routes.articles },
      { label: t.nav.timeline, href: routes.timeline },
      { label: t.nav.entities, href: routes.entities },
      { label: t.nav.deployments, href: routes.deployments },
      { label: t.nav.funding, href: routes.funding },
      { label: t.nav.about, href: routes.about },
    ],
    ...urls,
    alternates: (pathname) => {
      const { shared, pages } = urls.alternates(pathname);
      return {
        shared,
        pages: pages.map((page) => ({ ...page, name: CATALOGUES[page.lang].languageName })),
      };
    },
  };
}

function builtLanguages(setting: string | undefined): Language[] {
  const wanted = setting
    ?.split(',')
    .map((code) => code.trim())
    .filter(isLanguage);
  return LANGUAGES.filter(
    (lang) => lang === 'en' || !wanted || wanted.length === 0 || wanted.includes(lang),
  );
}

const BUILT = builtLanguages(process.env.SITE_LANGUAGES);

/**
 * The editions the site is built in: every language, unless SITE_LANGUAGES lists fewer ("en" builds
 * the English site alone, as the benchmark does to measure what the editions cost). English is
 * always built, and first.
 */
export const EDITIONS: readonly Edition[] = BUILT.map((lang) => editionOf(lang, BUILT));
// The languages not built, for an article written in one of them.
const UNBUILT = new Map(
  LANGUAGES.filter((lang) => !BUILT.includes(lang)).map((lang) => [lang, editionOf(lang, BUILT)]),
);

/** The edition of one language: one object per language per build (src/middleware.ts picks the page's). */
export function editionIn(lang: Language): Edition {
  return EDITIONS.find((edition) => edition.lang === lang) ?? UNBUILT.get(lang)!;
}
