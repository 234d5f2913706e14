import type { APIRoute } from 'astro';
import { MONEY_COLUMNS, columnNames, records } from '../../lib/figures/columns.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { csvResponse, rowContext } from './_download.ts';

/** The same records as funding.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  return csvResponse(columnNames(MONEY_COLUMNS), records(MONEY_COLUMNS, data.funding.flatMap((series) => series.figures), rowContext(site, data.nameOf)));
};
