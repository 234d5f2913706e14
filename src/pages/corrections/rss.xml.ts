import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_LIMIT } from '@/lib/limits.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { paths } from '@/lib/routes.ts';
import { correctionViews } from '@/view/corrections.ts';

/** The latest corrections, newest first: what changed, where, and the commit message. */
export const GET: APIRoute = async ({ site, locals }) => {
  const data = await loadSiteData();
  const { t: labels, href, absolute } = locals.edition;
  const t = labels.corrections;
  return rss({
    title: t.feedTitle,
    description: data.history.available ? t.feedDescription : t.unavailable(data.history.reason),
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items: correctionViews(data, labels)
      .slice(0, FEED_LIMIT)
      .map((correction) => ({
        title: `${correction.kind}: ${correction.what}`,
        link: absolute(correction.path ?? paths.corrections),
        pubDate: new Date(correction.time),
        description: `${correction.changes}. ${labels.format.labelled(t.commit, labels.format.quoted(correction.message))}${correction.articleTitle ? ` (${correction.articleTitle})` : ''}`,
        customData: `<guid isPermaLink="false">${correction.key}</guid>`,
      })),
    customData: `<language>${labels.lang}</language>`,
  });
};
