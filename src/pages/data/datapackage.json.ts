import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { dataPackageFile, jsonResponse } from '@/view/downloads.ts';

/** The Frictionless Data Package that describes every file under /data/. */
export const GET: APIRoute = async ({ locals }) =>
  jsonResponse(dataPackageFile(await loadSiteData(), locals.edition.t));
