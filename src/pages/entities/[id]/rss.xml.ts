import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_LIMIT } from '@/lib/limits.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { href, routes } from '@/site.config.ts';

export const getStaticPaths = (async () => {
  const { entities } = await loadSiteData();
  return [...entities.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The newest articles that mention one entity. */
export const GET: APIRoute = async ({ params, site, locals }) => {
  const { t } = locals.edition;
  const { entities, entityIndex, articleBySlug } = await loadSiteData();
  const id = params.id ?? '';
  const name = entities.get(id)?.data.name ?? id;
  const items = entityIndex
    .articlesOf(id)
    .slice(0, FEED_LIMIT)
    .flatMap(({ article: slug }) => {
      const article = articleBySlug.get(slug);
      return article
        ? [
            {
              title: article.data.title,
              link: routes.article(slug),
              pubDate: new Date(`${article.data.published}T00:00:00Z`),
              description: article.summary,
              author: article.data.author,
            },
          ]
        : [];
    });
  return rss({
    title: t.entity.feedChannelTitle(name, t.siteTitle),
    description: t.entity.feedChannelDescription(name, t.siteTitle),
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items,
    customData: `<language>${t.lang}</language>`,
  });
};
