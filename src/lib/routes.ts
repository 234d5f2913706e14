/**
 * Every page and file of the site, as a path without the base: the one place
 * a URL is spelled. Pages and components use the based versions from
 * `routes` in src/site.config.ts; pure code (timeline pagination, the loader's
 * mention links) uses {@link paths} and lets its caller add the base.
 */
export const paths = {
  home: '',
  articles: 'articles/',
  /** Page `n` of the article list; page 1 is the list itself. */
  articlesPage: (n: number): string => (n <= 1 ? 'articles/' : `articles/page/${n}/`),
  article: (slug: string): string => `articles/${slug}/`,
  /** A figure's permalink: its anchor on its article's page. */
  figure: (slug: string, id: string): string => `articles/${slug}/#${id}`,
  entities: 'entities/',
  entity: (id: string): string => `entities/${id}/`,
  entityFeed: (id: string): string => `entities/${id}/rss.xml`,
  timeline: 'timeline/',
  timelineYear: (year: number | string): string => `timeline/${year}/`,
  timelineKind: (kind: string): string => `timeline/kind/${kind}/`,
  deployments: 'deployments/',
  funding: 'funding/',
  about: 'about/',
  search: 'search/',
  /** Every correction from the content's history, and its feed. */
  corrections: 'corrections/',
  correctionsFeed: 'corrections/rss.xml',
  /** What each language still lacks (for translators). */
  translations: 'translations/',
  feed: 'rss.xml',
  /** The page that lists every download. */
  dataIndex: 'data/',
  /** A download under /data/, such as `deployments.csv`. */
  data: (file: string): string => `data/${file}`,
  /** A chart as an image, such as `strength.svg` or `funding-usd.png`. */
  chartImage: (file: string): string => `data/charts/${file}`,
  /** A page's social card (Open Graph image): `home`, `deployments`, `entities/<id>`; each edition has its own. */
  card: (key: string): string => `og/${key}.png`,
} as const;

type Paths = typeof paths;

/**
 * Pages and files that exist once, whatever the edition: an article's page (in its own language),
 * downloads, chart images, feeds, corrections and the translators' page. Every other page exists in each
 * language: English at the root, French under fr/, Haitian Creole under ht/.
 */
const SHARED =
  /^(?:articles\/(?!page\/)[^/#?]+\/|data\/|corrections\/|translations\/|rss\.xml$|entities\/[^/]+\/rss\.xml$)/;

/** A path as it is in one edition: "deployments/" is "fr/deployments/" in French; shared paths stay. */
export function inEdition(lang: string, path: string): string {
  return lang === 'en' || SHARED.test(path) ? path : `${lang}/${path}`;
}

/** Whether a path is the same page in every edition. */
export function isShared(path: string): boolean {
  return SHARED.test(path);
}

/** The edition a path belongs to and the path within it: "ht/timeline/" → { lang: 'ht', path: 'timeline/' }. */
export function splitEdition(
  path: string,
  languages: readonly string[],
): { lang: string; path: string } {
  const [first, ...rest] = path.replace(/^\/+/, '').split('/');
  return first && first !== 'en' && languages.includes(first) && rest.length > 0
    ? { lang: first, path: rest.join('/') }
    : { lang: 'en', path: path.replace(/^\/+/, '') };
}

/** {@link paths} with the base path applied: the same names, ready for `href`. */
export type Routes = {
  readonly [K in keyof Paths]: Paths[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

/** Applies a base-path helper (`makeHref(base)`) to every path. */
export function makeRoutes(href: (path: string) => string): Routes {
  return Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [
      name,
      typeof path === 'string'
        ? href(path)
        : (...args: never[]) => href((path as (...a: never[]) => string)(...args)),
    ]),
  ) as unknown as Routes;
}
