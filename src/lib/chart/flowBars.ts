/**
 * Money as bars: each donor → recipient flow of one currency as a horizontal
 * bar, the latest pledge as its length and the latest disbursement drawn over
 * it, so the gap between them is what remains visible. A time chart says
 * little about two or three figures; bars say how much of a promise was paid.
 */
import { scaleLinear } from 'd3-scale';
import type { FundingFigure, FundingFlow } from '../fundingSeries.ts';

/** One flow's bar. */
export interface FlowBar {
  readonly key: string;
  readonly name: string;
  readonly y: number;
  readonly pledged?: { readonly width: number; readonly figure: FundingFigure };
  readonly disbursed?: { readonly width: number; readonly figure: FundingFigure };
  /** Pledged minus disbursed, when both are known. */
  readonly gap?: number;
}

export interface FlowBarsModel {
  readonly width: number;
  readonly height: number;
  /** Where bars (and the names above them) start. */
  readonly left: number;
  readonly barHeight: number;
  readonly bars: readonly FlowBar[];
  readonly ticks: readonly { x: number; value: number }[];
}

const ROW = 64;
const BAR = 22;

/** Lays out the flows of one currency, largest pledge first. */
export function flowBars(flows: readonly FundingFlow[], currency: string, options: { width: number; left: number; flowName: (flow: FundingFlow) => string }): FlowBarsModel {
  const shown = flows.filter((flow) => flow.currency === currency && (flow.latestPledged || flow.latestDisbursed));
  const largest = Math.max(1, ...shown.map((flow) => Math.max(flow.latestPledged?.amount ?? 0, flow.latestDisbursed?.amount ?? 0)));
  // Room on the right for the words after the longest bar, in the longest language ("okenn peman pa rapòte").
  const right = options.width - 180;
  const x = scaleLinear().domain([0, largest]).nice(4).range([options.left, right]);
  const widthOf = (figure: FundingFigure | undefined) => (figure ? { width: Math.round((x(figure.amount) - options.left) * 10) / 10, figure } : undefined);
  return {
    width: options.width,
    height: shown.length * ROW + 28,
    left: options.left,
    barHeight: BAR,
    bars: shown.map((flow, index) => ({
      key: flow.key,
      name: options.flowName(flow),
      // The name sits above its bar, so long names never crowd the bars.
      y: index * ROW + 24,
      pledged: widthOf(flow.latestPledged),
      disbursed: widthOf(flow.latestDisbursed),
      gap: flow.gap,
    })),
    ticks: x.ticks(4).map((value) => ({ x: Math.round(x(value) * 10) / 10, value })),
  };
}

/** Flows that deserve a time chart: three or more dated figures. */
export function flowsOverTime(flows: readonly FundingFlow[]): FundingFlow[] {
  return flows.filter((flow) => flow.figures.length >= 3);
}
