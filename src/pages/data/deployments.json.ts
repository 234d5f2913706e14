import type { APIRoute } from 'astro';
import { PERSONNEL_COLUMNS, records } from '../../lib/figures/columns.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { jsonResponse, rowContext } from './_download.ts';

/** Every figure of /deployments/ with its source, one record per figure. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  return jsonResponse(records(PERSONNEL_COLUMNS, data.deployments.flatMap((series) => series.figures), rowContext(site, data.nameOf)));
};
