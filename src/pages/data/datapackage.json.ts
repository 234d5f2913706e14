import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/downloads.ts';
import { citationText } from '../../lib/format.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { SITE, routes } from '../../site.config.ts';
import { absoluteLinks, jsonResponse } from './_download.ts';
import { downloadRows } from './_rows.ts';

/** The Frictionless Data Package that describes every file under /data/. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const links = absoluteLinks(site);
  return jsonResponse(
    dataPackage({
      homepage: links.of(routes.home),
      title: `${SITE.title}: data`,
      description: SITE.description,
      lastUpdated: data.lastUpdated,
      citation: citationText(SITE.title, 'Data', links.of(routes.dataIndex), data.lastUpdated),
      rows: downloadRows(data),
      sources: data.articles.map((article) => ({ title: article.data.title, path: links.article(article.slug) })),
    }),
  );
};
