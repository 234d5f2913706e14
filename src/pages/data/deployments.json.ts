import { PERSONNEL_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** Every deployments figure with its source, one record per figure. */
export const GET = figureEndpoint('json', PERSONNEL_COLUMNS, (data) =>
  allFigures(data.deployments),
);
