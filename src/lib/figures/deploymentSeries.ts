/**
 * Personnel figures: the sourced-figure model configured for each article's
 * `deployments`, one series per country, with what readers ask first: the
 * latest deployed total, the largest pledge and the share of it on the ground.
 */
import {
  DEPLOYMENT_STATUSES,
  type DeploymentData,
  type DeploymentStatus,
  type PersonnelKind,
} from '@/schemas/article.ts';
import type { SourceArticle } from './figureSource.ts';
import {
  buildSeries,
  largestWith,
  latestWith,
  type FigureKind,
  type SourcedFigure,
} from './sourcedSeries.ts';
import { partialDate } from '@/lib/dates/partialDate.ts';

export { latestFigures } from './sourcedSeries.ts';

/** The article facts a personnel figure needs. */
export interface FigureArticle extends SourceArticle {
  readonly deployments: readonly DeploymentData[];
}

/** One personnel figure as an article states it, with its source. */
export interface DeploymentFigure extends SourcedFigure<DeploymentStatus> {
  readonly country: string;
  readonly count: number;
  readonly personnel?: PersonnelKind;
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

export const PERSONNEL: FigureKind<
  FigureArticle,
  DeploymentData,
  DeploymentStatus,
  DeploymentFigure
> = {
  items: (article) => article.deployments,
  list: 'deployments',
  key: (item) => [item.country, item.date, item.status, item.count, item.quote].join('|'),
  read: (item) => ({
    country: item.country,
    date: partialDate(item.date),
    count: item.count,
    status: item.status,
    approximate: item.approximate,
    personnel: item.personnel,
  }),
  seriesKey: (figure) => figure.country,
  value: (figure) => figure.count,
  statuses: DEPLOYMENT_STATUSES,
  identity: (item) => `${item.country}|${item.status}`,
  corrected: ['count', 'date', 'quote'],
};

/** Builds every country's series from all articles; countries with the largest figures first. */
export function buildDeploymentSeries(articles: readonly FigureArticle[]): CountrySeries[] {
  const series = buildSeries(articles, PERSONNEL).map(({ key, figures }): CountrySeries => {
    const latestDeployed = latestWith(figures, 'deployed');
    const largestPledge = largestWith(figures, 'pledged', PERSONNEL.value);
    return {
      country: key,
      figures,
      latestDeployed,
      largestPledge,
      shareDeployed:
        latestDeployed && largestPledge ? latestDeployed.count / largestPledge.count : undefined,
    };
  });
  const peak = (one: CountrySeries): number =>
    Math.max(0, ...one.figures.map((figure) => figure.count));
  return series.sort((a, b) => peak(b) - peak(a) || a.country.localeCompare(b.country));
}
