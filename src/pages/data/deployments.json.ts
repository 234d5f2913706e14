import type { APIRoute } from 'astro';
import { deploymentRows } from '../../lib/deploymentRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { href } from '../../site.config.ts';

/** Every personnel figure with its source, as on /deployments/. */
export const GET: APIRoute = async ({ site }) => {
  const { deployments, nameOf } = await loadSiteData();
  const origin = site?.toString() ?? 'http://localhost/';
  const rows = deploymentRows(deployments, nameOf, (slug) => absoluteUrl(origin, href(`articles/${slug}/`)));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
