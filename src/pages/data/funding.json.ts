import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { MONEY_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureFile } from '@/view/downloads.ts';

/** Every funding figure with its source, one record per figure. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return figureFile('json', MONEY_COLUMNS, allFigures(site.funding), site.nameOf);
};
