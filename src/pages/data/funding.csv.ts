import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { FUNDING_COLUMNS, fundingRows } from '../../lib/fundingRows.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { href } from '../../site.config.ts';

/** The same rows as funding.json, as RFC 4180 CSV. */
export const GET: APIRoute = async ({ site }) => {
  const { funding, nameOf } = await loadSiteData();
  const origin = site?.toString() ?? 'http://localhost/';
  const rows = fundingRows(funding, nameOf, (slug) => absoluteUrl(origin, href(`articles/${slug}/`)));
  return new Response(toCsv(FUNDING_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
