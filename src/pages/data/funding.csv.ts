import { MONEY_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** The same records as funding.json, as RFC 4180 CSV. */
export const GET = figureEndpoint('csv', MONEY_COLUMNS, (data) => allFigures(data.funding));
