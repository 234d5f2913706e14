import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { MANDATE_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureFile } from '@/view/downloads.ts';

/** Every mandates figure with its source, one record per figure. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return figureFile('json', MANDATE_COLUMNS, allFigures(site.mandates), site.nameOf);
};
