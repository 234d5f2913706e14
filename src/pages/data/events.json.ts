import type { APIRoute } from 'astro';
import { eventRecords } from '../../lib/eventData.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { href } from '../../site.config.ts';

/** Every merged event with its sources, sorted as on the timeline. */
export const GET: APIRoute = async ({ site }) => {
  const { events, timeline } = await loadSiteData();
  const origin = site?.toString() ?? 'http://localhost/';
  const records = eventRecords(
    events,
    (slug) => absoluteUrl(origin, href(`articles/${slug}/`)),
    (anchor) => {
      const path = timeline.locate(anchor);
      return path === undefined ? undefined : absoluteUrl(origin, href(path));
    },
  );
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
