import type { APIRoute } from 'astro';
import { MONEY_COLUMNS, records } from '../../lib/figures/columns.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { jsonResponse, rowContext } from './_download.ts';

/** Every figure of /funding/ with its source, one record per figure. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  return jsonResponse(records(MONEY_COLUMNS, data.funding.flatMap((series) => series.figures), rowContext(site, data.nameOf)));
};
