/**
 * The tables of money flows (donor → recipient, one currency each) on /funding/ and on an entity's
 * page: each flow's latest amounts (FLOW_FIGURES), and a caption that says when there are more.
 */
import type { Catalogue } from '@/i18n/en.ts';
import { moneyTable, type FigureTableModel } from '@/lib/figures/tableRows.ts';
import { latestFigures } from '@/lib/figures/sourcedSeries.ts';
import { flowName, type FundingFlow } from '@/lib/figures/fundingSeries.ts';
import { FLOW_FIGURES } from '@/lib/limits.ts';

export interface FlowTable {
  readonly table: FigureTableModel;
  readonly caption: string;
}

/** Each flow cut to its latest amounts, as the charts draw them. */
export const latestFlows = (
  flows: readonly FundingFlow[],
): (FundingFlow & { totalFigures: number })[] => latestFigures(flows, FLOW_FIGURES);

export function flowTables(
  flows: readonly FundingFlow[],
  nameOf: (id: string) => string,
  labels: Catalogue,
): FlowTable[] {
  return latestFlows(flows).map((flow) => ({
    table: moneyTable(flow.figures, labels),
    caption: labels.funding.flowCaption(
      `${flowName(flow, nameOf)} (${flow.currency})`,
      flow.figures.length,
      flow.totalFigures,
    ),
  }));
}
