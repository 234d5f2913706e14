/**
 * /funding/: every money flow as a card, its bars (pledged against disbursed) and its amounts over
 * time in each currency, the totals by donor and by recipient, and the tables of each flow's latest
 * amounts (also on an entity's page), with a caption that says when there are more.
 */
/*
 * The tables of money flows (donor → recipient, one currency each) on /funding/ and on an entity's
 * page: each flow's latest amounts (FLOW_FIGURES), and a caption that says when there are more.
 */
import type { Catalogue } from '@/i18n/en.ts';
import type { SiteData } from '@/build/siteData.ts';
import { fundingChart, fundingShapes } from '@/lib/charts/fundingChart.ts';
import { flowBars, flowsOverTime, type FlowBarsModel } from '@/lib/charts/flowBars.ts';
import type { ChartModel } from '@/lib/charts/timeChart.ts';
import { siteDatasetJsonLd } from '@/lib/data/structuredData.ts';
import { fundingTotals, type FundingTotal } from '@/lib/figures/fundingSeries.ts';
import { paths } from '@/lib/routes.ts';
import type { Edition } from '@/site.config.ts';
import { gapLabel } from '@/lib/figures/fundingGap.ts';
import { CHART_IMAGE } from './charts.ts';
import { moneyTable, type FigureTableModel } from '@/lib/figures/tableRows.ts';
import { latestFigures } from '@/lib/figures/sourcedSeries.ts';
import { flowName, type FundingFlow } from '@/lib/figures/fundingSeries.ts';
import { CHART, FLOW_FIGURES } from '@/lib/limits.ts';

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

/** What /funding/ lays out, in one edition's words. */
export interface FundingView {
  readonly flows: readonly FundingFlow[];
  readonly nameOf: (id: string) => string;
  /** Pledged-against-disbursed bars, one chart per currency, with the words after each bar. */
  readonly bars: readonly {
    readonly currency: string;
    readonly model: FlowBarsModel;
    readonly labels: readonly string[];
    readonly image: string;
  }[];
  /** Amounts over time, one chart per currency that has dated amounts. */
  readonly charts: readonly { readonly currency: string; readonly model: ChartModel }[];
  readonly shapes: ReturnType<typeof fundingShapes>;
  readonly totals: { readonly donor: FundingTotal[]; readonly recipient: FundingTotal[] };
  readonly tables: readonly FlowTable[];
  readonly pageUrl: string;
  readonly jsonLd: unknown;
  readonly lastUpdated?: string;
}

export function fundingView(
  site: SiteData,
  { lang, t, absolute }: Pick<Edition, 'lang' | 't' | 'absolute'>,
): FundingView {
  const { funding, lastUpdated } = site;
  const nameOf = site.namesIn(lang);
  const nameOfFlow = (flow: FundingFlow): string => flowName(flow, nameOf);
  const currencies = [...new Set(funding.map((flow) => flow.currency))].sort();
  // The charts over time draw what the tables hold: each flow's latest amounts.
  const overTime = flowsOverTime(latestFlows(funding));
  return {
    flows: funding,
    nameOf,
    bars: currencies.map((currency) => {
      const model = flowBars(funding, currency, {
        width: CHART.full.width,
        left: 16,
        flowName: nameOfFlow,
      });
      const money = (amount: number): string => t.format.moneyShort(amount, currency);
      return {
        currency,
        model,
        labels: model.bars.map((bar) => gapLabel(bar, t, money)),
        image: CHART_IMAGE.funding(currency),
      };
    }),
    charts: currencies
      .filter((currency) => overTime.some((flow) => flow.currency === currency))
      .map((currency) => ({
        currency,
        model: fundingChart(overTime, currency, { ...CHART.full, flowName: nameOfFlow, labels: t }),
      })),
    shapes: fundingShapes(t),
    totals: {
      donor: fundingTotals(funding, 'donor'),
      recipient: fundingTotals(funding, 'recipient'),
    },
    tables: flowTables(funding, nameOf, t),
    pageUrl: absolute(paths.funding),
    jsonLd: siteDatasetJsonLd(
      ['funding'],
      { name: t.funding.heading, description: t.funding.description, path: paths.funding },
      { name: t.siteTitle, absolute, lastUpdated },
    ),
    lastUpdated,
  };
}
