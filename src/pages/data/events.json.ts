import type { APIRoute } from 'astro';
import { eventRecords } from '@/lib/data/eventData.ts';
import { paths } from '@/lib/routes.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { absolute } from '@/site.config.ts';
import { jsonResponse } from './_download.ts';

/** Every merged event with its sources, sorted as on the timeline. */
export const GET: APIRoute = async () => {
  const { events, timeline } = await loadSiteData();
  return jsonResponse(
    eventRecords(
      events,
      (slug) => absolute(paths.article(slug)),
      (anchor) => {
        const path = timeline.locate(anchor);
        return path === undefined ? undefined : absolute(path);
      },
    ),
  );
};
