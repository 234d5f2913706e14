import { MONEY_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** Every funding figure with its source, one record per figure. */
export const GET = figureEndpoint('json', MONEY_COLUMNS, (data) => allFigures(data.funding));
