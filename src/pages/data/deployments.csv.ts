import { PERSONNEL_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** The same records as deployments.json, as RFC 4180 CSV. */
export const GET = figureEndpoint('csv', PERSONNEL_COLUMNS, (data) => allFigures(data.deployments));
