import type { APIRoute } from 'astro';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site, locals }) => {
  const sitemap = new URL(locals.edition.routes.sitemap, site ?? 'http://localhost/').toString();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
