import type { APIRoute } from 'astro';
import { fundingRows } from '../../lib/fundingRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteLinks, jsonResponse } from './_download.ts';

/** Every money figure with its source, as on /funding/. */
export const GET: APIRoute = async ({ site }) => {
  const { funding, nameOf } = await loadSiteData();
  return jsonResponse(fundingRows(funding, nameOf, absoluteLinks(site).article));
};
