import type { APIRoute } from 'astro';
import { deploymentRows } from '../../lib/deploymentRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteLinks, jsonResponse } from './_download.ts';

/** Every personnel figure with its source, as on /deployments/. */
export const GET: APIRoute = async ({ site }) => {
  const { deployments, nameOf } = await loadSiteData();
  return jsonResponse(deploymentRows(deployments, nameOf, absoluteLinks(site).article));
};
