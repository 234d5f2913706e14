/**
 * What every download under /data/ shares: absolute links to the site's pages
 * (downloads leave the site, so relative links would break) and the response
 * with its content type.
 */
import { toCsv, type Cell } from '../../lib/csv.ts';
import type { APIRoute } from 'astro';
import { columnNames, records, type Column, type RowContext } from '../../lib/figures/columns.ts';
import { loadSiteData, type SiteData } from '../../lib/site-data.ts';
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

/** The endpoint of one kind of figure in one format: every figure, one record each, from its column list. */
export function figureEndpoint<F>(format: 'csv' | 'json', columns: readonly Column<F>[], figures: (data: SiteData) => readonly F[]): APIRoute {
  return async ({ site }) => {
    const data = await loadSiteData();
    const rows = records(columns, figures(data), rowContext(site, data.nameOf));
    return format === 'csv' ? csvResponse(columnNames(columns), rows) : jsonResponse(rows);
  };
}

/** Every figure of a list of series, in series order. */
export const allFigures = <F>(series: readonly { figures: readonly F[] }[]): F[] => series.flatMap((one) => one.figures);
