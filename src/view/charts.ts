/**
 * The site's charts as images: the strength chart of /deployments/ and the
 * pledged-and-disbursed bars of /funding/, one per currency. The same layout
 * models the pages draw, framed with title, legend and source (chartImage.ts).
 * Downloads (/data/charts/) and social cards use these.
 */
import type { Catalogue } from '@/i18n/en.ts';
import { flowBars } from '@/lib/charts/flowBars.ts';
import {
  flowBarsBody,
  frameChart,
  strengthChartBody,
  type LegendEntry,
} from '@/lib/charts/chartImage.ts';
import { PALETTE } from '@/lib/charts/palette.ts';
import { strengthChartFor, type StrengthChartModel } from '@/lib/charts/strengthChart.ts';
import { flowName, type FundingFlow } from '@/lib/figures/fundingSeries.ts';
import { CHART, MANDATE_ERAS_LIMIT, STRENGTH_DATES } from '@/lib/limits.ts';
import { latestMandate, type MissionMandate } from '@/lib/figures/mandates.ts';
import { strengthSummary, type StrengthSummary } from '@/lib/figures/strength.ts';
import type { SiteData } from '@/build/siteData.ts';
import { en } from '@/i18n/en.ts';
import { paths } from '@/lib/routes.ts';
import { editionIn } from '@/site.config.ts';
import { cacheKeyOf } from './cacheKey.ts';
import { gapLabel } from '@/lib/figures/fundingGap.ts';

/** The chart images are drawn once, in English, and cite the English edition's pages. */
const { absolute } = editionIn('en');

/** Base names of the chart images under /data/charts/. */
export const CHART_IMAGE = {
  strength: 'strength',
  funding: (currency: string): string => `funding-${currency.toLowerCase()}`,
} as const;

type StrengthFacts = Pick<SiteData, 'strength' | 'mandates' | 'pledged' | 'lastUpdated' | 'nameOf'>;

/** The strength section of /deployments/: the summary line, the recent points, the mandate shown and the chart. */
export interface StrengthView {
  readonly summary: StrengthSummary;
  readonly recent: SiteData['strength'];
  readonly mandate?: MissionMandate;
  readonly model: StrengthChartModel;
}

export function strengthView(site: StrengthFacts, labels: Catalogue): StrengthView {
  const summary = strengthSummary(site.strength, site.mandates, site.lastUpdated);
  const recent = site.strength.slice(-STRENGTH_DATES);
  const mandate =
    summary.mandate && latestMandate(summary.mandate, MANDATE_ERAS_LIMIT, STRENGTH_DATES);
  return {
    summary,
    recent,
    mandate,
    model: strengthChartFor(
      recent,
      mandate,
      { ...CHART.full, nameOf: site.nameOf, labels },
      site.pledged.slice(-STRENGTH_DATES),
    ),
  };
}

/** The strength chart as a self-contained SVG, or undefined when there is nothing to draw. */
export function strengthImage(
  view: StrengthView,
  labels: Catalogue,
  source: readonly string[],
): string | undefined {
  const { model } = view;
  if (model.empty) return undefined;
  const t = labels.strength;
  const legend: LegendEntry[] = [
    ...model.layers.map((layer): LegendEntry => ({
      label: layer.name,
      swatch: 'area',
      colour: PALETTE.series[layer.colour % PALETTE.series.length]!,
    })),
    ...(model.ceiling ? [{ label: t.ceiling, swatch: 'dash', colour: PALETTE.ink } as const] : []),
    ...(model.pledged ? [{ label: t.pledged, swatch: 'dot', colour: PALETTE.muted } as const] : []),
    ...(model.bands.length > 0
      ? [{ label: t.band, swatch: 'band', colour: PALETTE.surface } as const]
      : []),
  ];
  return frameChart(strengthChartBody(model, t.axis), {
    title: t.chartTitle,
    subtitle: labels.chartImage.strengthSubtitle,
    legend,
    source,
  });
}

/** One currency's bars as a self-contained SVG. */
export interface FundingImage {
  readonly currency: string;
  readonly svg: string;
}

export function fundingImages(
  flows: readonly FundingFlow[],
  flowName: (flow: FundingFlow) => string,
  labels: Catalogue,
  source: readonly string[],
): FundingImage[] {
  const t = labels.bars;
  const currencies = [...new Set(flows.map((flow) => flow.currency))].sort();
  return currencies.map((currency) => {
    const model = flowBars(flows, currency, { width: CHART.full.width, left: 16, flowName });
    const money = (value: number): string => labels.format.moneyShort(value, currency);
    const body = flowBarsBody(model, money, (bar) => gapLabel(bar, labels, money));
    const legend: LegendEntry[] = [
      { label: t.pledged, swatch: 'outline', colour: PALETTE.series[0] },
      { label: t.disbursed, swatch: 'bar', colour: PALETTE.series[0] },
    ];
    return {
      currency,
      svg: frameChart(body, {
        title: t.title(currency),
        subtitle: labels.chartImage.barsSubtitle,
        legend,
        source,
      }),
    };
  });
}

/** "Source: MSS Haiti Tracker, https://…/deployments/ (data as of 8 August 2025). …" */
export function chartSource(
  labels: Catalogue,
  url: string,
  lastUpdated?: string,
): readonly string[] {
  return labels.chartImage.source(
    labels.siteTitle,
    url,
    lastUpdated ? labels.format.asOf(lastUpdated) : undefined,
  );
}

/** The width of the PNG version, in pixels (twice the SVG's, for sharp text on dense screens). */
export const PNG_WIDTH = 1536;

/** One chart image: its base name (`strength`, `funding-usd`), its title and the SVG. */
export interface ChartFile {
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

/** The chart images in a catalogue's words: the downloads under /data/charts/ are English. */
export function chartImages(site: SiteData, labels: Catalogue = en): ChartFile[] {
  const images: ChartFile[] = [];
  const strength = strengthImage(
    strengthView(site, labels),
    labels,
    chartSource(labels, absolute(paths.deployments), site.lastUpdated),
  );
  if (strength)
    images.push({ name: CHART_IMAGE.strength, title: labels.strength.chartTitle, svg: strength });
  for (const image of fundingImages(
    site.funding,
    (flow: FundingFlow) => flowName(flow, site.nameOf),
    labels,
    chartSource(labels, absolute(paths.funding), site.lastUpdated),
  )) {
    images.push({
      name: CHART_IMAGE.funding(image.currency),
      title: labels.bars.title(image.currency),
      svg: image.svg,
    });
  }
  return images;
}

/** `getStaticPaths` of the chart images (SVG and PNG alike), keyed for incremental builds by the drawing. */
export const chartPaths = (site: SiteData) =>
  chartImages(site).map(({ name, svg }) => ({
    params: { chart: name },
    props: { svg },
    cacheKey: cacheKeyOf(svg),
  }));
