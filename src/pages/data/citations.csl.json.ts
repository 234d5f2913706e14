import type { APIRoute } from 'astro';
import { articleCsl, figureCsl, type CslArticle } from '@/lib/figures/csl.ts';
import { figureTitle } from '@/lib/figures/cite.ts';
import { mandateItems, moneyItems, personnelItems } from '@/lib/figures/listItems.ts';
import { paths } from '@/lib/routes.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { absolute } from '@/site.config.ts';
import { jsonResponse } from './_download.ts';

/** CSL-JSON for reference managers: every source article, then each of its figures (newest article first). */
export const GET: APIRoute = async ({ locals }) => {
  const { articles, nameOf } = await loadSiteData();
  const { t } = locals.edition;
  const items = articles.flatMap(({ slug, data }) => {
    const article: CslArticle = {
      slug,
      title: data.title,
      published: data.published,
      outlet: data.outlet,
      author: data.author,
      url: data.url ?? absolute(paths.article(slug)),
      lang: data.lang,
    };
    const figures = [
      ...personnelItems(data.deployments, nameOf, t, slug),
      ...moneyItems(data.funding, nameOf, t, slug),
      ...mandateItems(data.mandates, nameOf, t, slug),
    ];
    return [
      articleCsl(article),
      ...figures.map((item) =>
        figureCsl(item, {
          site: t.siteTitle,
          permalink: absolute(paths.figure(slug, item.id)),
          article,
          title: figureTitle(item, t),
        }),
      ),
    ];
  });
  return jsonResponse(items);
};
