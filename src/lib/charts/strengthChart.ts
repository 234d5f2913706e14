/**
 * Geometry of the "strength against mandate" chart, computed at build time:
 * the total on the ground as a step chart stacked by country, the authorised
 * ceiling as a step line above it, and the mandate periods as bands behind.
 * Every mark carries the article it comes from, so the chart links to quotes.
 */
import { area, curveStepAfter, line, stack } from 'd3-shape';
import type { Catalogue } from '@/i18n/en.ts';
import type { MissionMandate } from '@/lib/figures/mandates.ts';
import type { PledgePoint, StrengthPoint } from '@/lib/figures/strength.ts';
import { startOfPeriod, type PartialDate } from '@/lib/dates/partialDate.ts';
import { chartFrame, SERIES_COLOURS, type ChartBox, type ChartOptions } from './timeChart.ts';

/** One country's layer of the stacked total. */
export interface StrengthLayer {
  readonly country: string;
  readonly name: string;
  readonly colour: number;
  readonly d: string;
}

/** A link on the chart: a part of a total, or a ceiling, each to its source. */
export interface StrengthMark {
  readonly x: number;
  readonly y: number;
  readonly article: string;
  /** The figure's id, for its permalink. */
  readonly figure: string;
  readonly title: string;
  readonly colour?: number;
  readonly kind: 'part' | 'ceiling' | 'pledge';
}

export interface StrengthChartModel extends ChartBox {
  readonly layers: readonly StrengthLayer[];
  readonly ceiling?: string;
  /** The total pledged, as a dashed step line. */
  readonly pledged?: string;
  readonly bands: readonly { x: number; width: number; label: string }[];
  readonly marks: readonly StrengthMark[];
  readonly empty: boolean;
}

/** What the chart needs besides the data: names and the words of its tooltips. */
export interface StrengthChartOptions extends Omit<ChartOptions, 'lineLabels'> {
  readonly nameOf: (id: string) => string;
  readonly formatDate: (date: PartialDate) => string;
  readonly partTitle: (name: string, count: string, date: string, quote: string) => string;
  readonly ceilingTitle: (ceiling: string, date: string, quote: string) => string;
  readonly pledgeTitle: (name: string, count: string, date: string, quote: string) => string;
  readonly bandLabel: (until: string) => string;
}

const DAY = 86_400_000;
const round = (value: number): number => Math.round(value * 10) / 10;

/** Lays out one mission's strength, ceiling and mandate periods. */
export function strengthChart(
  points: readonly StrengthPoint[],
  mandate: MissionMandate | undefined,
  options: StrengthChartOptions,
  pledges: readonly PledgePoint[] = [],
): StrengthChartModel {
  const dates: PartialDate[] = [
    ...points.map((point) => point.date),
    ...pledges.map((point) => point.date),
    ...(mandate?.ceilings.map((step) => step.from) ?? []),
    ...(mandate?.periods.flatMap((period) =>
      [period.from, period.until].filter((date) => date !== undefined),
    ) ?? []),
  ];
  const times = dates.map((date) => startOfPeriod(date).getTime());
  const [minTime, maxTime] =
    times.length > 0
      ? [Math.min(...times), Math.max(...times)]
      : [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
  const span = Math.max(maxTime - minTime, 180 * DAY);
  const ceilings =
    mandate?.ceilings.flatMap((step) => step.figures.map((figure) => figure.ceiling ?? 0)) ?? [];
  const { x, y, ...frame } = chartFrame(
    options,
    [new Date(minTime - span * 0.04), new Date(minTime + span * 1.06)],
    Math.max(
      10,
      ...points.map((point) => point.total),
      ...pledges.map((point) => point.total),
      ...ceilings,
    ) * 1.1,
    times.length > 0 ? new Date(minTime) : undefined,
  );
  const { plot } = frame;
  const xOf = (date: PartialDate): number => round(x(startOfPeriod(date)));
  const end = x.domain()[1]!;

  // Countries ordered by their latest part, largest at the bottom of the stack.
  const countries = [
    ...new Set(points.at(-1)?.parts.map((part) => part.country) ?? []),
    ...new Set(points.flatMap((point) => point.parts.map((part) => part.country))),
  ].filter((country, index, list) => list.indexOf(country) === index);
  const rows = points.map((point) => ({
    time: startOfPeriod(point.date),
    ...Object.fromEntries(point.parts.map((part) => [part.country, part.figure.count])),
  }));
  // The last total holds until the chart's edge.
  if (rows.length > 0) rows.push({ ...rows.at(-1)!, time: end });
  const stacked = stack<Record<string, number | Date>>()
    .keys(countries)
    .value((row, key) => (typeof row[key] === 'number' ? (row[key] as number) : 0))(rows);
  const layers = stacked.map((series, index) => ({
    country: countries[index]!,
    name: options.nameOf(countries[index]!),
    colour: index % SERIES_COLOURS,
    d:
      area<(typeof series)[number]>()
        .curve(curveStepAfter)
        .x((point) => round(x(point.data.time as Date)))
        .y0((point) => round(y(point[0])))
        .y1((point) => round(y(point[1])))(series) ?? '',
  }));

  /** A value held from each date until the next, and to the end of the time axis after the last. */
  const stepLine = (points: readonly { time: Date; value: number }[]): string | undefined => {
    if (points.length === 0) return undefined;
    const held = [...points, { time: end, value: points.at(-1)!.value }];
    return (
      line<(typeof held)[number]>()
        .curve(curveStepAfter)
        .x((point) => round(x(point.time)))
        .y((point) => round(y(point.value)))(held) ?? undefined
    );
  };
  const ceiling = stepLine(
    (mandate?.ceilings ?? []).map((step) => ({
      time: startOfPeriod(step.from),
      value: step.figures.at(-1)!.ceiling!,
    })),
  );
  const pledged = stepLine(
    pledges.map((point) => ({ time: startOfPeriod(point.date), value: point.total })),
  );

  const bands = (mandate?.periods ?? []).map((period) => {
    const from = period.from ? xOf(period.from) : plot.left;
    const to = period.until ? xOf(period.until) : plot.right;
    return {
      x: Math.max(plot.left, from),
      width: Math.max(2, Math.min(plot.right, to) - Math.max(plot.left, from)),
      label: options.bandLabel(period.until ? options.formatDate(period.until) : '…'),
    };
  });

  const marks: StrengthMark[] = [];
  const seen = new Set<string>();
  for (const point of points) {
    let base = 0;
    for (const country of countries) {
      const part = point.parts.find((candidate) => candidate.country === country);
      if (!part) continue;
      base += part.figure.count;
      // A figure is marked once, where it was reported.
      const key = `${part.figure.article}|${country}|${part.figure.date.text}`;
      if (part.stale || seen.has(key)) continue;
      seen.add(key);
      marks.push({
        x: xOf(point.date),
        y: round(y(base)),
        article: part.figure.article,
        figure: part.figure.id,
        colour: countries.indexOf(country) % SERIES_COLOURS,
        kind: 'part',
        title: options.partTitle(
          options.nameOf(country),
          String(part.figure.count),
          options.formatDate(part.figure.date),
          part.figure.quote,
        ),
      });
    }
  }
  for (const point of pledges) {
    for (const part of point.parts.filter(
      (candidate) => candidate.figure.date.text === point.date.text,
    )) {
      marks.push({
        x: xOf(point.date),
        y: round(y(point.total)),
        article: part.figure.article,
        figure: part.figure.id,
        kind: 'pledge',
        title: options.pledgeTitle(
          options.nameOf(part.country),
          String(part.figure.count),
          options.formatDate(point.date),
          part.figure.quote,
        ),
      });
    }
  }
  for (const step of mandate?.ceilings ?? []) {
    for (const figure of step.figures) {
      marks.push({
        x: xOf(step.from),
        y: round(y(figure.ceiling!)),
        article: figure.article,
        figure: figure.id,
        kind: 'ceiling',
        title: options.ceilingTitle(
          String(figure.ceiling),
          options.formatDate(step.from),
          figure.quote,
        ),
      });
    }
  }

  return {
    ...frame,
    layers,
    ceiling,
    pledged,
    bands,
    marks,
    empty: points.length === 0 && !mandate?.ceilings.length,
  };
}

/** The chart in the catalogue's words, at one of the site's chart sizes. */
export function strengthChartFor(
  points: readonly StrengthPoint[],
  mandate: MissionMandate | undefined,
  options: Pick<ChartOptions, 'width' | 'height' | 'margin'> & {
    nameOf: (id: string) => string;
    labels: Catalogue;
  },
  pledges: readonly PledgePoint[] = [],
): StrengthChartModel {
  const t = options.labels.strength;
  return strengthChart(
    points,
    mandate,
    {
      ...options,
      formatValue: options.labels.format.number,
      formatTick: options.labels.format.tick,
      formatDate: options.labels.format.partialDate,
      partTitle: t.partTitle,
      ceilingTitle: t.ceilingTitle,
      pledgeTitle: t.pledgeTitle,
      bandLabel: t.bandLabel,
    },
    pledges,
  );
}
