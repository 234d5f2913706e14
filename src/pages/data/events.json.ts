import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { eventsFile, jsonResponse } from '@/view/downloads.ts';

/** Every merged event with its sources, sorted as on the timeline. */
export const GET: APIRoute = async () => jsonResponse(eventsFile(await loadSiteData()));
