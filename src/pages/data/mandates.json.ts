import { MANDATE_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** Every mandates figure with its source, one record per figure. */
export const GET = figureEndpoint('json', MANDATE_COLUMNS, (data) => allFigures(data.mandates));
