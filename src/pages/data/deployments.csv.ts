import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { DEPLOYMENT_COLUMNS, deploymentRows } from '../../lib/deploymentRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { href } from '../../site.config.ts';

/** The same rows as deployments.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { deployments, nameOf } = await loadSiteData();
  const origin = site?.toString() ?? 'http://localhost/';
  const rows = deploymentRows(deployments, nameOf, (slug) => absoluteUrl(origin, href(`articles/${slug}/`)));
  return new Response(toCsv(DEPLOYMENT_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
