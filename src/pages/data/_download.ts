/**
 * What every download under /data/ shares: absolute links to the site's pages
 * (downloads leave the site, so relative links would break; `absolute` in
 * site.config) and the response with its content type.
 */
import { toCsv, type Cell } from '@/lib/data/csv.ts';
import type { APIRoute } from 'astro';
import { columnNames, records, type Column, type RowContext } from '@/lib/figures/columns.ts';
import { loadSiteData, type SiteData } from '@/build/siteData.ts';
import { paths } from '@/lib/routes.ts';
import { absolute } from '@/site.config.ts';

/** The context the download columns need: entity names and absolute article links. */
export function rowContext(nameOf: (id: string) => string): RowContext {
  return { nameOf, articleUrl: (slug) => absolute(paths.article(slug)) };
}

/** Records as pretty JSON with a final newline. */
export function jsonResponse(records: unknown): Response {
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Rows as RFC 4180 CSV, in the given column order. */
export function csvResponse(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
): Response {
  return new Response(toCsv(columns, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}

/** The endpoint of one kind of figure in one format: every figure, one record each, from its column list. */
export function figureEndpoint<F>(
  format: 'csv' | 'json',
  columns: readonly Column<F>[],
  figures: (data: SiteData) => readonly F[],
): APIRoute {
  return async () => {
    const data = await loadSiteData();
    const rows = records(columns, figures(data), rowContext(data.nameOf));
    return format === 'csv' ? csvResponse(columnNames(columns), rows) : jsonResponse(rows);
  };
}

/** Every figure of a list of series, in series order. */
export const allFigures = <F>(series: readonly { figures: readonly F[] }[]): F[] =>
  series.flatMap((one) => one.figures);
