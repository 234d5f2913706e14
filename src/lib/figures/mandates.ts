/**
 * Mission mandates. Mandate statements are sourced figures like personnel and
 * money (one series per mission, the ceiling as value); from them come each
 * mission's mandate periods (authorised → renewed → expires/ended), its
 * ceilings over time, and the timeline events of its decisions. Strength
 * against the mandate is in strength.ts.
 */
import {
  MANDATE_ACTIONS,
  type EventData,
  type MandateAction,
  type MandateData,
} from '@/schemas/article.ts';
import type { SourceArticle } from './figureSource.ts';
import { buildSeries, type FigureKind, type SourcedFigure } from './sourcedSeries.ts';
import { comparePartialDates, partialDate, type PartialDate } from '@/lib/dates/partialDate.ts';

/** The article facts a mandate statement needs. */
export interface MandateArticle extends SourceArticle {
  readonly mandates: readonly MandateData[];
}

/** One mandate statement as an article makes it, with its source. */
export interface MandateFigure extends SourcedFigure<MandateAction> {
  readonly mission: string;
  readonly ceiling?: number;
  readonly until?: PartialDate;
  readonly by?: string;
}

/** A stretch of time the mission is mandated for, as the statements give it. */
export interface MandatePeriod {
  /** When it was authorised or renewed; absent when only its end was stated. */
  readonly from?: PartialDate;
  /** The date it runs to, when stated. */
  readonly until?: PartialDate;
  /** The ceiling in force during the period, when stated. */
  readonly ceiling?: number;
  /** True when a statement says the mandate ended. */
  readonly ended: boolean;
  /** The statements the period rests on, oldest first. */
  readonly figures: readonly MandateFigure[];
}

/** A ceiling from a date on; several when sources disagree (kept side by side). */
export interface CeilingStep {
  readonly from: PartialDate;
  readonly figures: readonly MandateFigure[];
}

/** Everything the site shows about one mission's mandate. */
export interface MissionMandate {
  readonly mission: string;
  /** Every statement, oldest first. */
  readonly figures: readonly MandateFigure[];
  readonly periods: readonly MandatePeriod[];
  readonly ceilings: readonly CeilingStep[];
  /** The most recent statement of a ceiling. */
  readonly latestCeiling?: MandateFigure;
  /** The latest stated end of the mandate, with its statement. */
  readonly until?: { readonly date: PartialDate; readonly figure: MandateFigure };
}

export const MANDATE: FigureKind<MandateArticle, MandateData, MandateAction, MandateFigure> = {
  items: (article) => article.mandates,
  list: 'mandates',
  key: (item) =>
    [item.mission, item.date, item.action, item.ceiling ?? '', item.until ?? '', item.quote].join(
      '|',
    ),
  read: (item) => ({
    mission: item.mission,
    date: partialDate(item.date),
    status: item.action,
    approximate: item.approximate,
    ...(item.ceiling !== undefined ? { ceiling: item.ceiling } : {}),
    ...(item.until ? { until: partialDate(item.until) } : {}),
    ...(item.by ? { by: item.by } : {}),
  }),
  seriesKey: (figure) => figure.mission,
  value: (figure) => figure.ceiling,
  statuses: MANDATE_ACTIONS,
  identity: (item) => `${item.mission}|${item.action}`,
  corrected: ['ceiling', 'until', 'date', 'quote'],
};

/** Mandate periods from a mission's statements, oldest first. */
export function mandatePeriods(figures: readonly MandateFigure[]): MandatePeriod[] {
  const periods: {
    from?: PartialDate;
    until?: PartialDate;
    ceiling?: number;
    ended: boolean;
    figures: MandateFigure[];
  }[] = [];
  const later = (
    a: PartialDate | undefined,
    b: PartialDate | undefined,
  ): PartialDate | undefined => (!a ? b : !b ? a : comparePartialDates(b, a) > 0 ? b : a);
  for (const figure of figures) {
    const current = periods.at(-1);
    switch (figure.status) {
      case 'authorised':
        if (
          current?.from &&
          comparePartialDates(current.from, figure.date) === 0 &&
          current.figures.every((f) => f.status === 'authorised')
        ) {
          current.figures.push(figure);
          current.until = later(current.until, figure.until);
          current.ceiling ??= figure.ceiling;
        } else
          periods.push({
            from: figure.date,
            until: figure.until,
            ceiling: figure.ceiling,
            ended: false,
            figures: [figure],
          });
        break;
      case 'renewed':
        periods.push({
          from: current?.until ?? figure.date,
          until: figure.until,
          ceiling: figure.ceiling ?? current?.ceiling,
          ended: false,
          figures: [figure],
        });
        break;
      case 'expires':
        if (current && !current.ended) {
          current.until = later(current.until, figure.until ?? figure.date);
          current.figures.push(figure);
        } else
          periods.push({
            until: figure.until ?? figure.date,
            ceiling: figure.ceiling,
            ended: false,
            figures: [figure],
          });
        break;
      case 'ended':
        if (current && !current.ended) {
          current.until = figure.date;
          current.ended = true;
          current.figures.push(figure);
        } else periods.push({ until: figure.date, ended: true, figures: [figure] });
        break;
    }
  }
  return periods;
}

/** Ceilings over time: one step per date a ceiling is stated, disagreeing ceilings side by side. */
export function ceilingSteps(figures: readonly MandateFigure[]): CeilingStep[] {
  const steps = new Map<string, { from: PartialDate; figures: MandateFigure[] }>();
  for (const figure of figures) {
    if (figure.ceiling === undefined) continue;
    const step = steps.get(figure.date.text) ?? { from: figure.date, figures: [] };
    step.figures.push(figure);
    steps.set(figure.date.text, step);
  }
  return [...steps.values()];
}

/** Every mission's mandate, from all articles. */
export function buildMandates(articles: readonly MandateArticle[]): MissionMandate[] {
  return buildSeries(articles, MANDATE).map(({ key, figures }) => {
    const withCeiling = figures.filter((figure) => figure.ceiling !== undefined);
    const latestCeiling = withCeiling.reduce<MandateFigure | undefined>(
      (latest, figure) =>
        !latest || comparePartialDates(figure.date, latest.date) >= 0 ? figure : latest,
      undefined,
    );
    const ends = figures.flatMap((figure) =>
      figure.status === 'ended'
        ? [{ date: figure.date, figure }]
        : figure.until
          ? [{ date: figure.until, figure }]
          : [],
    );
    const until = ends.reduce<(typeof ends)[number] | undefined>(
      (latest, end) => (!latest || comparePartialDates(end.date, latest.date) >= 0 ? end : latest),
      undefined,
    );
    return {
      mission: key,
      figures,
      periods: mandatePeriods(figures),
      ceilings: ceilingSteps(figures),
      latestCeiling,
      until,
    };
  });
}

/** The mission the tracker follows: the one with the most mandate statements (first by id on a tie). */
export function mainMission(mandates: readonly MissionMandate[]): MissionMandate | undefined {
  return [...mandates].sort(
    (a, b) => b.figures.length - a.figures.length || a.mission.localeCompare(b.mission),
  )[0];
}

/**
 * A mission's mandate cut to what one page shows: the latest `periods` periods
 * (each with its latest `statements` statements) and the latest statements,
 * so no page grows with the corpus; the downloads hold every statement.
 */
export function latestMandate(
  mandate: MissionMandate,
  periods: number,
  statements: number,
): MissionMandate & { totalFigures: number } {
  return {
    ...mandate,
    figures: mandate.figures.slice(-statements),
    periods: mandate.periods
      .slice(-periods)
      .map((period) => ({ ...period, figures: period.figures.slice(-3) })),
    ceilings: mandate.ceilings.slice(-statements),
    totalFigures: mandate.figures.length,
  };
}

/**
 * Mandate statements as timeline events: an authorisation, renewal, stated
 * end or end becomes an event, unless the article already records an event
 * on the same sentence. Statements of one decision share an id (mission,
 * action and date), so the timeline shows it once with every source.
 */
export function mandateEvents(
  article: { readonly events: readonly EventData[]; readonly mandates: readonly MandateData[] },
  title: (mandate: MandateData) => string,
  /** The title in the site's other languages (the interface's words, so every edition has it). */
  translated: (mandate: MandateData) => Record<string, { title: string }> = () => ({}),
): EventData[] {
  const quoted = new Set(article.events.flatMap((event) => (event.quote ? [event.quote] : [])));
  return article.mandates
    .filter((mandate) => !quoted.has(mandate.quote))
    .map((mandate) => ({
      id: `mandate-${mandate.mission}-${mandate.action}-${mandate.date}`,
      date: mandate.date,
      title: title(mandate),
      kind: 'un-action',
      entities: mandate.by ? [mandate.mission, mandate.by] : [mandate.mission],
      quote: mandate.quote,
      inferred: mandate.inferred,
      ...(mandate.note ? { note: mandate.note } : {}),
      translations: translated(mandate),
    }));
}
