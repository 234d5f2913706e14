import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_LIMIT } from '@/lib/limits.ts';
import { loadSiteData } from '@/lib/site-data.ts';
import { SITE, href, routes } from '@/site.config.ts';

/** The latest articles, newest first, each with its full summary. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadSiteData();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items: articles.slice(0, FEED_LIMIT).map((article) => ({
      title: article.data.title,
      link: routes.article(article.slug),
      pubDate: new Date(`${article.data.published}T00:00:00Z`),
      description: article.summary,
      author: article.data.author,
      categories: [...article.data.tags],
    })),
    customData: `<language>${SITE.lang}</language>`,
  });
};
