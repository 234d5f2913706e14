import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { PERSONNEL_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureFile } from '@/view/downloads.ts';

/** Every deployments figure with its source, one record per figure. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return figureFile('json', PERSONNEL_COLUMNS, allFigures(site.deployments), site.nameOf);
};
