import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_LIMIT } from '@/lib/limits.ts';
import { loadSiteData } from '@/lib/site-data.ts';
import { SITE, href, routes } from '@/site.config.ts';

export const getStaticPaths = (async () => {
  const { entities } = await loadSiteData();
  return [...entities.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The newest articles that mention one entity. */
export const GET: APIRoute = async ({ params, site }) => {
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
    title: `${name} · ${SITE.title}`,
    description: `News articles mentioning ${name}, from the ${SITE.title}.`,
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items,
    customData: `<language>${SITE.lang}</language>`,
  });
};
