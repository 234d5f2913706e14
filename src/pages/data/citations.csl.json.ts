import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { citationsFile, jsonResponse } from '@/view/downloads.ts';

/** CSL-JSON for reference managers: every source article, then each of its figures. */
export const GET: APIRoute = async ({ locals }) =>
  jsonResponse(citationsFile(await loadSiteData(), locals.edition.t));
