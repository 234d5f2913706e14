/**
 * Mission strength over time, from the personnel series: at each date a
 * deployed figure is reported, the sum of every country's latest deployed
 * figure, each part with its own date so a total that leans on old figures
 * says so; the total pledged over time beside it; and the one-line summary
 * of the latest total against the main mission's ceiling (mandates.ts).
 */
import { mayBeOutOfDate } from '@/lib/dates/age.ts';
import { comparePartialDates, type PartialDate } from '@/lib/dates/partialDate.ts';
import type { CountrySeries, DeploymentFigure } from './deploymentSeries.ts';
import { mainMission, type MissionMandate } from './mandates.ts';
import { latestWith } from './sourcedSeries.ts';

/** One country's part of a total on the ground. */
export interface StrengthPart {
  readonly country: string;
  readonly figure: DeploymentFigure;
  /** The part's figure is older than the total's date. */
  readonly stale: boolean;
}

/** The total on the ground at one date. */
export interface StrengthPoint {
  readonly date: PartialDate;
  readonly total: number;
  /** Largest part first. */
  readonly parts: readonly StrengthPart[];
}

/**
 * The total on the ground over time: at each date any country reports a
 * deployed figure, the sum of each country's latest deployed figure up to that
 * date (withdrawn statements are not subtracted: the contract's deployed
 * figures are totals, so a later deployed figure replaces an earlier one).
 */
export function strengthOverTime(series: readonly CountrySeries[]): StrengthPoint[] {
  return totalsOverTime(series, 'deployed', (figures) => latestWith(figures, 'deployed')).map(
    ({ date, parts }) => ({
      date,
      total: sumOf(parts),
      parts: parts
        .map((part) => ({ ...part, stale: part.figure.date.text !== date.text }))
        .sort((a, b) => b.figure.count - a.figure.count || a.country.localeCompare(b.country)),
    }),
  );
}
/** One line a reader understands first: how many are on the ground, against what ceiling, until when. */
export interface StrengthSummary {
  readonly latest?: StrengthPoint;
  /** Parts of the latest total whose figures are older than it; `outOfDate` past six months before the newest article. */
  readonly stale: readonly (StrengthPart & { readonly outOfDate: boolean })[];
  readonly mandate?: MissionMandate;
  /** The latest total as a share of the latest ceiling, when both are known. */
  readonly shareOfCeiling?: number;
}

export function strengthSummary(
  points: readonly StrengthPoint[],
  mandates: readonly MissionMandate[],
  newest?: string,
): StrengthSummary {
  const latest = points.at(-1);
  const mandate = mainMission(mandates);
  const ceiling = mandate?.latestCeiling?.ceiling;
  const stale = (latest?.parts ?? [])
    .filter((part) => part.stale)
    .map((part) => ({ ...part, outOfDate: mayBeOutOfDate(part.figure.date, newest) }));
  return {
    latest,
    stale,
    mandate,
    ...(latest && ceiling ? { shareOfCeiling: latest.total / ceiling } : {}),
  };
}

/** The total pledged at one date: each country's largest pledge up to then. */
export interface PledgePoint {
  readonly date: PartialDate;
  readonly total: number;
  /** The pledges summed, largest first. */
  readonly parts: readonly { readonly country: string; readonly figure: DeploymentFigure }[];
}

/** The total pledged over time, at every date a pledge is reported, so a chart can draw promises against what arrived. */
export function pledgedOverTime(series: readonly CountrySeries[]): PledgePoint[] {
  const largest = (figures: readonly DeploymentFigure[]) =>
    figures.reduce<DeploymentFigure | undefined>(
      (best, figure) => (!best || figure.count > best.count ? figure : best),
      undefined,
    );
  return totalsOverTime(series, 'pledged', largest).map(({ date, parts }) => ({
    date,
    total: sumOf(parts),
    parts: parts.sort((a, b) => b.figure.count - a.figure.count),
  }));
}

type Part = { readonly country: string; readonly figure: DeploymentFigure };

const sumOf = (parts: readonly Part[]): number =>
  parts.reduce((sum, part) => sum + part.figure.count, 0);

/**
 * The figures of one status over time: at each date any country reports one, each country's
 * figure chosen by `pick` among its figures of that status up to that date.
 */
function totalsOverTime(
  series: readonly CountrySeries[],
  status: DeploymentFigure['status'],
  pick: (figures: readonly DeploymentFigure[]) => DeploymentFigure | undefined,
): { date: PartialDate; parts: Part[] }[] {
  const countries = series
    .map((country) => ({
      country: country.country,
      figures: country.figures.filter((figure) => figure.status === status),
    }))
    .filter((country) => country.figures.length > 0);
  const dates = new Map<string, PartialDate>();
  for (const country of countries)
    for (const figure of country.figures) dates.set(figure.date.text, figure.date);
  return [...dates.values()].sort(comparePartialDates).map((date) => ({
    date,
    parts: countries.flatMap((country) => {
      const figure = pick(
        country.figures.filter((one) => comparePartialDates(one.date, date) <= 0),
      );
      return figure ? [{ country: country.country, figure }] : [];
    }),
  }));
}
