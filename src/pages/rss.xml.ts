import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_LIMIT } from '@/lib/limits.ts';
import { loadSiteData } from '@/build/siteData.ts';

/** The latest articles, newest first, each with its full summary. */
export const GET: APIRoute = async ({ site, locals }) => {
  const { articles } = await loadSiteData();
  const { t, href, routes } = locals.edition;
  return rss({
    title: t.siteTitle,
    description: t.siteDescription,
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items: articles.slice(0, FEED_LIMIT).map((article) => ({
      title: article.data.title,
      link: routes.article(article.slug),
      pubDate: new Date(`${article.data.published}T00:00:00Z`),
      description: article.summary,
      author: article.data.author,
      categories: [...article.data.tags],
    })),
    customData: `<language>${t.lang}</language>`,
  });
};
