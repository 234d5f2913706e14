import type { APIRoute } from 'astro';
import { fundingRows } from '../../lib/fundingRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { href } from '../../site.config.ts';

/** Every money figure with its source, as on /funding/. */
export const GET: APIRoute = async ({ site }) => {
  const { funding, nameOf } = await loadSiteData();
  const origin = site?.toString() ?? 'http://localhost/';
  const rows = fundingRows(funding, nameOf, (slug) => absoluteUrl(origin, href(`articles/${slug}/`)));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
