/**
 * /deployments/: the mission's strength against its mandate (the summary line, the chart and the
 * table of recent totals, each with the ceiling in force that day), every country's personnel
 * over time, and the tables of each country's latest figures.
 */
import type { SiteData } from '@/build/siteData.ts';
import { deploymentChart, deploymentShapes } from '@/lib/charts/deploymentChart.ts';
import type { ChartModel } from '@/lib/charts/timeChart.ts';
import { siteDatasetJsonLd } from '@/lib/data/structuredData.ts';
import { mayBeOutOfDate } from '@/lib/dates/age.ts';
import { comparePartialDates } from '@/lib/dates/partialDate.ts';
import { latestFigures, type CountrySeries } from '@/lib/figures/deploymentSeries.ts';
import type { CeilingStep, MissionMandate } from '@/lib/figures/mandates.ts';
import type { StrengthPart, StrengthPoint } from '@/lib/figures/strength.ts';
import { personnelTable, type FigureTableModel } from '@/lib/figures/tableRows.ts';
import { CHART, OVERVIEW_FIGURES_PER_COUNTRY } from '@/lib/limits.ts';
import { paths } from '@/lib/routes.ts';
import type { Edition } from '@/site.config.ts';
import { CHART_IMAGE, strengthView, type StrengthView } from './charts.ts';

/** One row of the strength table: a reported total, its parts and the ceiling in force that day. */
export interface StrengthRow {
  readonly point: StrengthPoint;
  /** Largest first; a part older than the total says so, and whether it may be out of date. */
  readonly parts: readonly (StrengthPart & { readonly outOfDate: boolean })[];
  /** The latest ceiling stated on or before the total's date. */
  readonly ceiling?: CeilingStep;
}

/** The strength table's rows: each total with the ceiling in force, flagging parts that may be out of date. */
export function strengthRows(
  points: readonly StrengthPoint[],
  mandate: MissionMandate | undefined,
  newest: string | undefined,
): StrengthRow[] {
  return points.map((point) => ({
    point,
    parts: point.parts.map((part) => ({
      ...part,
      outOfDate: part.stale && mayBeOutOfDate(part.figure.date, newest),
    })),
    ceiling: mandate?.ceilings
      .filter((step) => comparePartialDates(step.from, point.date) <= 0)
      .at(-1),
  }));
}

/** What /deployments/ lays out, in one edition's words. */
export interface DeploymentsView {
  readonly nameOf: (id: string) => string;
  readonly series: readonly CountrySeries[];
  readonly figureCount: number;
  readonly strength: StrengthView & {
    readonly rows: readonly StrengthRow[];
    /** Reported totals in all (the table shows the latest). */
    readonly total: number;
    readonly image?: string;
  };
  readonly chart: ChartModel;
  readonly shapes: ReturnType<typeof deploymentShapes>;
  /** Each country's latest figures as a table. */
  readonly tables: readonly { readonly table: FigureTableModel; readonly caption: string }[];
  readonly pageUrl: string;
  readonly jsonLd: unknown;
  readonly lastUpdated?: string;
}

export function deploymentsView(
  site: SiteData,
  { lang, t, absolute }: Pick<Edition, 'lang' | 't' | 'absolute'>,
): DeploymentsView {
  const d = t.deployments;
  const { deployments, lastUpdated } = site;
  const nameOf = site.namesIn(lang);
  const strength = strengthView({ ...site, nameOf }, t);
  const shown = latestFigures(deployments, OVERVIEW_FIGURES_PER_COUNTRY);
  return {
    nameOf,
    series: deployments,
    figureCount: deployments.reduce((sum, country) => sum + country.figures.length, 0),
    strength: {
      ...strength,
      rows: strengthRows(strength.recent, strength.mandate, lastUpdated),
      total: site.strength.length,
      image: strength.model.empty ? undefined : CHART_IMAGE.strength,
    },
    chart: deploymentChart(shown, { ...CHART.full, nameOf, labels: t }),
    shapes: deploymentShapes(t),
    tables: shown.map((country) => ({
      table: personnelTable(country.figures, t),
      caption:
        country.figures.length < country.totalFigures
          ? d.captionLatest(nameOf(country.country), country.figures.length, country.totalFigures)
          : d.caption(nameOf(country.country), country.totalFigures),
    })),
    pageUrl: absolute(paths.deployments),
    jsonLd: siteDatasetJsonLd(
      ['deployments', 'mandates'],
      { name: d.heading, description: d.datasetDescription, path: paths.deployments },
      { name: t.siteTitle, absolute, lastUpdated },
    ),
    lastUpdated,
  };
}
