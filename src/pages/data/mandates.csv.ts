import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { MANDATE_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureFile } from '@/view/downloads.ts';

/** The same records as mandates.json, as RFC 4180 CSV. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return figureFile('csv', MANDATE_COLUMNS, allFigures(site.mandates), site.nameOf);
};
