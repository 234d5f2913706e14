/**
 * Turns every `deployments` figure of every article into per-country series.
 * Figures that disagree for the same country, date and status are all kept and
 * flagged as a conflict: a tracker shows disagreement, it never averages it away.
 */
import type { DeploymentData, DeploymentStatus, PersonnelKind } from '../schemas/article.ts';
import { figureSource, type FigureSource, type SourceArticle } from './figureSource.ts';
import { comparePartialDates, partialDate, type PartialDate } from './partialDate.ts';

/** The article facts a figure needs from its source. */
export interface FigureArticle extends SourceArticle {
  readonly deployments: readonly DeploymentData[];
}

/** One figure as an article states it, with its source. */
export interface DeploymentFigure extends FigureSource {
  readonly country: string;
  readonly date: PartialDate;
  readonly count: number;
  readonly status: DeploymentStatus;
  readonly approximate: boolean;
  readonly personnel?: PersonnelKind;
  /** Another source gives a different count for the same country, date and status. */
  readonly conflict: boolean;
}

/** All figures of one country, oldest first, with what readers ask first. */
export interface CountrySeries {
  readonly country: string;
  readonly figures: readonly DeploymentFigure[];
  /** The deployed total with the latest date (the most recently published source on a tie). */
  readonly latestDeployed?: DeploymentFigure;
  /** The largest pledge stated for the country. */
  readonly largestPledge?: DeploymentFigure;
  /** latestDeployed.count / largestPledge.count, when both exist. */
  readonly shareDeployed?: number;
}

const STATUS_ORDER: Record<DeploymentStatus, number> = { pledged: 0, announced: 1, deployed: 2, withdrawn: 3 };

/** Orders figures by date (less precise first), status, publication and article. */
export function compareFigures(a: DeploymentFigure, b: DeploymentFigure): number {
  return (
    comparePartialDates(a.date, b.date) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    a.published.localeCompare(b.published) ||
    a.article.localeCompare(b.article) ||
    a.count - b.count
  );
}

/** Builds every country's series from all articles; countries with the largest figures first. */
export function buildDeploymentSeries(articles: readonly FigureArticle[]): CountrySeries[] {
  const figures = articles.flatMap((article) =>
    article.deployments.map((figure) => ({
      country: figure.country,
      date: partialDate(figure.date),
      count: figure.count,
      status: figure.status,
      approximate: figure.approximate,
      personnel: figure.personnel,
      ...figureSource(article, figure),
    })),
  );

  const countsByClaim = new Map<string, Set<number>>();
  const claim = (figure: { country: string; date: PartialDate; status: string }) => `${figure.country}|${figure.date.text}|${figure.status}`;
  for (const figure of figures) {
    const counts = countsByClaim.get(claim(figure)) ?? new Set<number>();
    counts.add(figure.count);
    countsByClaim.set(claim(figure), counts);
  }

  const byCountry = new Map<string, DeploymentFigure[]>();
  for (const figure of figures) {
    const flagged: DeploymentFigure = { ...figure, conflict: (countsByClaim.get(claim(figure))?.size ?? 0) > 1 };
    byCountry.set(figure.country, [...(byCountry.get(figure.country) ?? []), flagged]);
  }

  const series = [...byCountry].map(([country, list]) => summarise(country, list.sort(compareFigures)));
  return series.sort((a, b) => peak(b) - peak(a) || a.country.localeCompare(b.country));
}

function summarise(country: string, figures: DeploymentFigure[]): CountrySeries {
  const deployed = figures.filter((figure) => figure.status === 'deployed');
  const latestDeployed = deployed.reduce<DeploymentFigure | undefined>(
    (latest, figure) => (!latest || comparePartialDates(figure.date, latest.date) > 0 || (comparePartialDates(figure.date, latest.date) === 0 && figure.published >= latest.published) ? figure : latest),
    undefined,
  );
  const largestPledge = figures
    .filter((figure) => figure.status === 'pledged')
    .reduce<DeploymentFigure | undefined>((largest, figure) => (!largest || figure.count > largest.count ? figure : largest), undefined);
  const shareDeployed = latestDeployed && largestPledge ? latestDeployed.count / largestPledge.count : undefined;
  return { country, figures, latestDeployed, largestPledge, shareDeployed };
}

function peak(series: CountrySeries): number {
  return Math.max(0, ...series.figures.map((figure) => figure.count));
}

/** A country's series cut to its latest `limit` figures, with the full count kept for the page to say so. */
export interface ShownSeries extends CountrySeries {
  /** All figures of the country, before the cut. */
  readonly totalFigures: number;
}

/**
 * Keeps each country's latest `limit` figures so no page grows with the corpus;
 * the summaries (latest deployed, largest pledge) still come from every figure.
 */
export function latestFigures(series: readonly CountrySeries[], limit: number): ShownSeries[] {
  return series.map((country) => ({ ...country, figures: country.figures.slice(-limit), totalFigures: country.figures.length }));
}
