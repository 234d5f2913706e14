import { MANDATE_COLUMNS } from '@/lib/figures/columns.ts';
import { allFigures, figureEndpoint } from './_download.ts';

/** The same records as mandates.json, as RFC 4180 CSV. */
export const GET = figureEndpoint('csv', MANDATE_COLUMNS, (data) => allFigures(data.mandates));
