import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { entitiesFile, jsonResponse } from '@/view/downloads.ts';

/** Every entity with its mention count and related entity ids. */
export const GET: APIRoute = async () => jsonResponse(entitiesFile(await loadSiteData()));
