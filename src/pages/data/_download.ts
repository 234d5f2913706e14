/**
 * What every download under /data/ shares: absolute links to the site's pages
 * (downloads leave the site, so relative links would break) and the response
 * with its content type.
 */
import { toCsv, type Cell } from '../../lib/csv.ts';
import type { RowContext } from '../../lib/figures/columns.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../site.config.ts';

/** Absolute URLs under the configured site (`site` is always set in astro.config.mjs). */
export function absoluteLinks(site: URL | undefined) {
  const origin = (site ?? new URL('http://localhost/')).toString();
  return {
    of: (href: string): string => absoluteUrl(origin, href),
    article: (slug: string): string => absoluteUrl(origin, routes.article(slug)),
  };
}

/** The context the download columns need: entity names and absolute article links. */
export function rowContext(site: URL | undefined, nameOf: (id: string) => string): RowContext {
  return { nameOf, articleUrl: absoluteLinks(site).article };
}

/** Records as pretty JSON with a final newline. */
export function jsonResponse(records: unknown): Response {
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Rows as RFC 4180 CSV, in the given column order. */
export function csvResponse(columns: readonly string[], rows: readonly Record<string, Cell>[]): Response {
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
