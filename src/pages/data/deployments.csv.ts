import type { APIRoute } from 'astro';
import { PERSONNEL_COLUMNS, columnNames, records } from '../../lib/figures/columns.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { csvResponse, rowContext } from './_download.ts';

/** The same records as deployments.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  return csvResponse(columnNames(PERSONNEL_COLUMNS), records(PERSONNEL_COLUMNS, data.deployments.flatMap((series) => series.figures), rowContext(site, data.nameOf)));
};
