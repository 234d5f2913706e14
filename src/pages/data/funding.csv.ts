import type { APIRoute } from 'astro';
import { FUNDING_COLUMNS, fundingRows } from '../../lib/fundingRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteLinks, csvResponse } from './_download.ts';

/** The same rows as funding.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { funding, nameOf } = await loadSiteData();
  return csvResponse(FUNDING_COLUMNS, fundingRows(funding, nameOf, absoluteLinks(site).article));
};
