import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { entityFeedPaths } from '@/view/entity.ts';

export const getStaticPaths = (async () =>
  entityFeedPaths(await loadSiteData())) satisfies GetStaticPaths;

type Props = ReturnType<typeof entityFeedPaths>[number]['props'];

/** The newest articles that mention one entity. */
export const GET: APIRoute<Props> = ({ props: { name, items }, site, locals }) => {
  const { t, href } = locals.edition;
  return rss({
    title: t.entity.feedChannelTitle(name, t.siteTitle),
    description: t.entity.feedChannelDescription(name, t.siteTitle),
    site: new URL(href(), site ?? 'http://localhost/').toString(),
    items: items.map((item) => ({
      ...item,
      link: href(item.link),
      pubDate: new Date(item.pubDate),
    })),
    customData: `<language>${t.lang}</language>`,
  });
};
