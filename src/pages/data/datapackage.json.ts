import type { APIRoute } from 'astro';
import { dataPackage } from '@/lib/data/downloads.ts';
import { paths } from '@/lib/routes.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { absolute } from '@/site.config.ts';
import { jsonResponse } from './_download.ts';
import { downloadRows } from './_rows.ts';

/** The Frictionless Data Package that describes every file under /data/. */
export const GET: APIRoute = async ({ locals }) => {
  const { t } = locals.edition;
  const data = await loadSiteData();
  return jsonResponse(
    dataPackage({
      homepage: absolute(paths.home),
      title: `${t.siteTitle}: data`,
      description: t.siteDescription,
      lastUpdated: data.lastUpdated,
      citation: t.citation(t.siteTitle, 'Data', absolute(paths.dataIndex), data.lastUpdated),
      rows: downloadRows(data),
      sources: data.articles.map((article) => ({
        title: article.data.title,
        path: absolute(paths.article(article.slug)),
      })),
    }),
  );
};
