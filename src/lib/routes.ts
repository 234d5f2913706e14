/**
 * Every page and file of the site, as a path without the base: the one place
 * a URL is spelled. Pages and components use the based versions from
 * `routes` in src/site.config.ts; pure code (timeline pagination, the loader's
 * mention links) uses {@link paths} and lets its caller add the base.
 */
/** A page or file of the site: its path without the base, and whether each edition has its own. */
interface Route<P extends string | ((...args: never[]) => string)> {
  readonly path: P;
  /** Pages shown once whatever the edition (an article, in its own language; downloads; feeds). */
  readonly shared: boolean;
}

const SHARED = true;
const route = <P extends string | ((...args: never[]) => string)>(
  path: P,
  shared = false,
): Route<P> => ({
  path,
  shared,
});

/**
 * The route table: every page and file, and which exist in every edition (English at the root,
 * French under fr/, Haitian Creole under ht/) and which once (marked SHARED).
 */
const ROUTES = {
  home: route(''),
  articles: route('articles/'),
  /** Page `n` of the article list; page 1 is the list itself. */
  articlesPage: route((n: number): string => (n <= 1 ? 'articles/' : `articles/page/${n}/`)),
  article: route((slug: string): string => `articles/${slug}/`, SHARED),
  /** A figure's permalink: its anchor on its article's page. */
  figure: route((slug: string, id: string): string => `articles/${slug}/#${id}`, SHARED),
  entities: route('entities/'),
  entity: route((id: string): string => `entities/${id}/`),
  entityFeed: route((id: string): string => `entities/${id}/rss.xml`, SHARED),
  timeline: route('timeline/'),
  timelineYear: route((year: number | string): string => `timeline/${year}/`),
  timelineKind: route((kind: string): string => `timeline/kind/${kind}/`),
  deployments: route('deployments/'),
  funding: route('funding/'),
  about: route('about/'),
  search: route('search/'),
  /** Every correction from the content's history, and its feed. */
  corrections: route('corrections/', SHARED),
  correctionsFeed: route('corrections/rss.xml', SHARED),
  /** What each language still lacks (for translators). */
  translations: route('translations/', SHARED),
  feed: route('rss.xml', SHARED),
  /** The page that lists every download. */
  dataIndex: route('data/', SHARED),
  /** A download under /data/, such as `deployments.csv`. */
  data: route((file: string): string => `data/${file}`, SHARED),
  /** A chart as an image, such as `strength.svg` or `funding-usd.png`. */
  chartImage: route((file: string): string => `data/charts/${file}`, SHARED),
  /** A page's social card (Open Graph image): `home`, `deployments`, `entities/<id>`; each edition has its own. */
  card: route((key: string): string => `og/${key}.png`),
} as const;

type Table = typeof ROUTES;
type Paths = { readonly [K in keyof Table]: Table[K]['path'] };

/** Every path of the route table by name: `paths.article(slug)`, `paths.deployments`. */
export const paths = Object.fromEntries(
  Object.entries(ROUTES).map(([name, { path }]) => [name, path]),
) as Paths;

/**
 * What a route's paths look like: the fixed text before and after its parameter (`entities/` …
 * `/rss.xml`), found by calling its path with a stand-in parameter that reads as a character no path
 * has, and counts as larger than any page number.
 */
const STAND_IN = '\u0000';
const standIn = { toString: () => STAND_IN, valueOf: () => Number.POSITIVE_INFINITY };
const shapes = Object.values(ROUTES).map(({ path, shared }) => {
  const text =
    typeof path === 'string' ? path : (path as (...a: unknown[]) => string)(standIn, standIn);
  const [before, ...after] = text.split(STAND_IN);
  return { prefix: before!, suffix: after.at(-1), shared };
});

/**
 * Whether a path is the same page in every edition, read from the route table: the route whose
 * fixed text matches the path, the longest first (`articles/page/2/` is a listing page, in each
 * edition; `articles/some-slug/` an article, shown once).
 */
export function isShared(path: string): boolean {
  let best: { length: number; shared: boolean } | undefined;
  for (const { prefix, suffix, shared } of shapes) {
    const matches =
      suffix === undefined
        ? path === prefix
        : path.length > prefix.length + suffix.length &&
          path.startsWith(prefix) &&
          path.endsWith(suffix);
    const length = prefix.length + (suffix?.length ?? 0) + (suffix === undefined ? 0.5 : 0);
    if (matches && (!best || length > best.length)) best = { length, shared };
  }
  return best?.shared ?? false;
}

/** A path as it is in one edition: "deployments/" is "fr/deployments/" in French; shared paths stay. */
export function inEdition(lang: string, path: string): string {
  return lang === 'en' || isShared(path) ? path : `${lang}/${path}`;
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
