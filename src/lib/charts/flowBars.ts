/**
 * Money as bars: each donor → recipient flow of one currency as a horizontal
 * bar, the latest pledge as its length and the latest disbursement drawn over
 * it, so the gap between them is what remains visible. A time chart says
 * little about two or three figures; bars say how much of a promise was paid.
 */
import { scaleLinear } from 'd3-scale';
import type { FundingFigure, FundingFlow } from '@/lib/figures/fundingSeries.ts';

/** One flow's bar. */
export interface FlowBar {
  readonly key: string;
  readonly name: string;
  /** The name in lines that fit the chart's width (a long French flow name takes two). */
  readonly nameLines: readonly string[];
  /** Top of the bar; the name's lines sit above it. */
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
/** Height of one more line of a flow's name, and the width of a character of it (14 px type), in SVG units. */
const NAME_LINE = 18;
const NAME_CHAR = 7.8;

/** Words in lines of at most `max` characters (a longer word keeps a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

/** Lays out the flows of one currency, largest pledge first. */
export function flowBars(
  flows: readonly FundingFlow[],
  currency: string,
  options: { width: number; left: number; flowName: (flow: FundingFlow) => string },
): FlowBarsModel {
  const shown = flows.filter(
    (flow) => flow.currency === currency && (flow.latestPledged || flow.latestDisbursed),
  );
  const largest = Math.max(
    1,
    ...shown.map((flow) =>
      Math.max(flow.latestPledged?.amount ?? 0, flow.latestDisbursed?.amount ?? 0),
    ),
  );
  // Room on the right for the words after the longest bar, in the longest language ("okenn peman pa rapòte").
  const right = options.width - 200;
  const x = scaleLinear().domain([0, largest]).nice(4).range([options.left, right]);
  const widthOf = (figure: FundingFigure | undefined) =>
    figure ? { width: Math.round((x(figure.amount) - options.left) * 10) / 10, figure } : undefined;
  const perLine = Math.floor((options.width - options.left) / NAME_CHAR);
  let top = 0;
  const bars = shown.map((flow): FlowBar => {
    const name = options.flowName(flow);
    const nameLines = wrapWords(name, perLine);
    const extra = (nameLines.length - 1) * NAME_LINE;
    // The name sits above its bar, so long names never crowd the bars.
    const bar = {
      key: flow.key,
      name,
      nameLines,
      y: top + 24 + extra,
      pledged: widthOf(flow.latestPledged),
      disbursed: widthOf(flow.latestDisbursed),
      gap: flow.gap,
    };
    top += ROW + extra;
    return bar;
  });
  return {
    width: options.width,
    height: top + 28,
    left: options.left,
    barHeight: BAR,
    bars,
    ticks: x.ticks(4).map((value) => ({ x: Math.round(x(value) * 10) / 10, value })),
  };
}

/** Flows that deserve a time chart: three or more dated figures. */
export function flowsOverTime(flows: readonly FundingFlow[]): FundingFlow[] {
  return flows.filter((flow) => flow.figures.length >= 3);
}
