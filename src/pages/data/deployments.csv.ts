import type { APIRoute } from 'astro';
import { DEPLOYMENT_COLUMNS, deploymentRows } from '../../lib/deploymentRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteLinks, csvResponse } from './_download.ts';

/** The same rows as deployments.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { deployments, nameOf } = await loadSiteData();
  return csvResponse(DEPLOYMENT_COLUMNS, deploymentRows(deployments, nameOf, absoluteLinks(site).article));
};
