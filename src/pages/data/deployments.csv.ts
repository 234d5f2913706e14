import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { PERSONNEL_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureFile } from '@/view/downloads.ts';

/** The same records as deployments.json, as RFC 4180 CSV. */
export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  return figureFile('csv', PERSONNEL_COLUMNS, allFigures(site.deployments), site.nameOf);
};
