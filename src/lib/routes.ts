/**
 * Every page and file of the site, and the one way to turn them into links. The route table
 * spells each path once, without base or edition ({@link paths}: what pure code such as timeline
 * pagination returns, for its caller to link). {@link urlsFor} makes the links of one edition
 * under the site's base path, and is what every page and component reaches through
 * `Astro.locals.edition` (src/site.config.ts), so the site works under any base path (`/` or
 * `/mss-tracker/`) on any static host.
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
  /** The search page's script, styles and index, written by Pagefind after the build. */
  searchBundle: route((file: string): string => `pagefind/${file}`, SHARED),
  /** The editor's desk (Decap CMS) and its files: its configuration, its bundle. */
  desk: route((file: string): string => `admin/${file}`, SHARED),
  favicon: route('favicon.svg', SHARED),
  sitemap: route('sitemap-index.xml', SHARED),
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
function isShared(path: string): boolean {
  let best: { length: number; shared: boolean } | undefined;
  for (const { prefix, suffix, shared } of shapes) {
    const matches =
      suffix === undefined
        ? path === prefix
        : // A parameter that ends the path (`pagefind/${file}`) may be empty: the folder itself.
          path.length >= prefix.length + suffix.length + (suffix === '' ? 0 : 1) &&
          path.startsWith(prefix) &&
          path.endsWith(suffix);
    const length = prefix.length + (suffix?.length ?? 0) + (suffix === undefined ? 0.5 : 0);
    if (matches && (!best || length > best.length)) best = { length, shared };
  }
  return best?.shared ?? false;
}

/** A path as it is in one edition: "deployments/" is "fr/deployments/" in French; shared paths stay. */
function inEdition(lang: string, path: string): string {
  return lang === 'en' || isShared(path) ? path : `${lang}/${path}`;
}

/** The path within its edition: "ht/timeline/" is "timeline/", "timeline/" stays. */
function withoutEdition(path: string, languages: readonly string[]): string {
  const [first, ...rest] = path.replace(/^\/+/, '').split('/');
  return first && first !== 'en' && languages.includes(first) && rest.length > 0
    ? rest.join('/')
    : path.replace(/^\/+/, '');
}

/** {@link paths} as links: the same names, each with the base path and the edition applied. */
export type Routes = {
  readonly [K in keyof Paths]: Paths[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

/** Where the site is published and in which languages (the built editions). */
export interface SiteAddress<L extends string = string> {
  /** The base path, `/` or `/mss-tracker/`. */
  readonly base: string;
  /** The origin, for absolute URLs (feeds, canonical links, structured data). */
  readonly site?: string | undefined;
  readonly languages: readonly L[];
}

/** One edition's links: the URL API of the site. */
export interface Urls<L extends string = string> {
  /** Every page and file by name: `routes.article(slug)`, `routes.deployments`. */
  readonly routes: Routes;
  /** A site path (from the route table or pure code) as a link in this edition. */
  readonly href: (path?: string) => string;
  /** The same, as an absolute URL (for feeds, structured data and downloads, which leave the site). */
  readonly absolute: (path?: string) => string;
  /** The page at `pathname` (a link) in each edition; each edition's home for a `shared` page. */
  readonly alternates: (pathname: string) => {
    shared: boolean;
    pages: { lang: L; href: string }[];
  };
}

/** URLs with a scheme (`https:`, `mailto:`), protocol-relative URLs and in-page anchors. */
const isElsewhere = (path: string): boolean =>
  /^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || path.startsWith('#');

/** Prefixes site paths with `base`. */
function baseOf(base: string): (path?: string) => string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return (path = '') => `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The links of the edition in `lang` on a site published at `address`. */
export function urlsFor<L extends string>(lang: L, address: SiteAddress<L>): Urls<L> {
  const based = baseOf(address.base);
  const href = (path = ''): string =>
    isElsewhere(path) ? path : based(inEdition(lang, path.replace(/^\/+/, '')));
  const absolute = (path = ''): string => {
    if (!address.site)
      throw new Error("An absolute URL needs the site's address (`site` in astro.config.mjs).");
    return new URL(href(path), address.site).toString();
  };
  const routes = Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [
      name,
      typeof path === 'string'
        ? href(path)
        : (...args: never[]) => href((path as (...a: never[]) => string)(...args)),
    ]),
  ) as unknown as Routes;
  const alternates = (pathname: string): ReturnType<Urls<L>['alternates']> => {
    const path = withoutEdition(pathname.slice(based().length), address.languages);
    const shared = isShared(path) || /^404(\/|\.html)?$/.test(path);
    return {
      shared,
      pages: address.languages.map((other) => ({
        lang: other,
        href: based(inEdition(other, shared ? '' : path)),
      })),
    };
  };
  return { routes, href, absolute, alternates };
}
