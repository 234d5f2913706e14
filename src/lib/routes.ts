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
  feed: 'rss.xml',
  /** The page that lists every download. */
  dataIndex: 'data/',
  /** A download under /data/, such as `deployments.csv`. */
  data: (file: string): string => `data/${file}`,
  /** A chart as an image, such as `strength.svg` or `funding-usd.png`. */
  chartImage: (file: string): string => `data/charts/${file}`,
  /** A page's social card (Open Graph image): `home`, `deployments`, `entities/<id>`. */
  card: (key: string): string => `og/${key}.png`,
} as const;

type Paths = typeof paths;

/** {@link paths} with the base path applied: the same names, ready for `href`. */
export type Routes = { readonly [K in keyof Paths]: Paths[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** Applies a base-path helper (`makeHref(base)`) to every path. */
export function makeRoutes(href: (path: string) => string): Routes {
  return Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [name, typeof path === 'string' ? href(path) : (...args: never[]) => href((path as (...a: never[]) => string)(...args))]),
  ) as unknown as Routes;
}
