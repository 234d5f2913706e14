import type { APIRoute } from 'astro';
import { eventRecords } from '../../lib/eventData.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { href } from '../../site.config.ts';
import { absoluteLinks, jsonResponse } from './_download.ts';

/** Every merged event with its sources, sorted as on the timeline. */
export const GET: APIRoute = async ({ site }) => {
  const { events, timeline } = await loadSiteData();
  const links = absoluteLinks(site);
  return jsonResponse(
    eventRecords(events, links.article, (anchor) => {
      const path = timeline.locate(anchor);
      return path === undefined ? undefined : links.of(href(path));
    }),
  );
};
