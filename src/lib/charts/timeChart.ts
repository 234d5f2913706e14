/**
 * Geometry of a time × amount chart, computed at build time: scales (d3-scale),
 * ticks, line paths (d3-shape) and marker positions. Deployment and funding
 * charts are both drawn from this; components only lay out what it returns,
 * so the chart is plain SVG with no client JavaScript.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { startOfPeriod, type PartialDate } from '@/lib/dates/partialDate.ts';

export type MarkerShape = 'circle' | 'diamond' | 'triangle' | 'cross';

/** Number of distinct series colours (tokens --series-1 ... --series-8). */
export const SERIES_COLOURS = 8;

/** One value to draw. */
export interface ChartPoint {
  readonly date: PartialDate;
  readonly value: number;
  readonly shape: MarkerShape;
  /** Drawn hollow: the source hedges the value. */
  readonly approximate: boolean;
  /** Ringed: sources disagree about this value. */
  readonly conflict: boolean;
  /** Joined by the series' line (for example deployed totals). */
  readonly onLine: boolean;
  /** Publication date of the source, to pick one point per date for the line. */
  readonly published: string;
  /** Slug of the source article the marker links to. */
  readonly article: string;
  /** The figure's id: the marker links to its permalink on the article page. */
  readonly figure: string;
  /** Tooltip: value, date, status and quote. */
  readonly title: string;
  /** Short visible label next to the marker, if any. */
  readonly label?: string;
}

export interface ChartSeries {
  readonly key: string;
  readonly name: string;
  readonly points: readonly ChartPoint[];
}

export interface ChartOptions {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  /** Tick labels on the value axis. */
  readonly formatValue: (value: number) => string;
  /** Tick labels on the time axis (UTC dates), in the page's language: "2024", "Jul 2023". */
  readonly formatTick: (date: Date) => string;
  /** Name each line at its end (off when names are long; the legend names them). Default true. */
  readonly lineLabels?: boolean;
}

export interface ChartMarker extends ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly colour: number;
  /** Put the label left of the marker, where there is no room on its right. */
  readonly labelLeft: boolean;
}

export interface ChartLine {
  readonly key: string;
  readonly colour: number;
  readonly d: string;
  /** Direct label at the end of the line. */
  readonly labelX: number;
  readonly labelY: number;
  readonly name: string;
  /** False when too many lines end together for direct labels; the legend names them. */
  readonly labelled: boolean;
}

/** A chart's drawing area and axes, as models hand them to the drawing (draw.ts). */
export type ChartBox = Omit<ChartFrame, 'x' | 'y'>;

export interface ChartModel extends ChartBox {
  readonly lines: readonly ChartLine[];
  readonly markers: readonly ChartMarker[];
  readonly legend: readonly { key: string; name: string; colour: number }[];
  /** True when there is nothing to draw. */
  readonly empty: boolean;
}

const DAY = 86_400_000;
const HALF_YEAR = 182 * DAY;
const LABEL_GAP = 14;

/** A chart's frame: the plot inside the margins, time across, values up from zero, and their ticks. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly plot: { left: number; top: number; right: number; bottom: number };
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly { x: number; label: string }[];
  readonly yTicks: readonly { y: number; label: string }[];
}

/**
 * Lays out a chart's frame over a time span and values from zero to `top` (rounded up to a nice
 * tick); `first`, the earliest date drawn, gets a tick of its own when the ticks start a year later.
 */
export function chartFrame(
  options: Pick<ChartOptions, 'width' | 'height' | 'margin' | 'formatValue' | 'formatTick'>,
  span: readonly [Date, Date],
  top: number,
  first?: Date,
): ChartFrame {
  const { width, height, margin } = options;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const x = scaleUtc().domain(span).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
  return {
    width,
    height,
    plot,
    x,
    y,
    xTicks: timeTicks(x, plot, options.formatTick, first),
    yTicks: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: options.formatValue(tick) })),
  };
}

/** Lays out every series on one chart: time on x (partial dates at the start of their period), value on y from zero. */
export function timeChart(series: readonly ChartSeries[], options: ChartOptions): ChartModel {
  const points = series.flatMap((s) => s.points);
  const times = points.map((point) => startOfPeriod(point.date).getTime());
  let [minTime, maxTime] = [Math.min(...times), Math.max(...times)];
  if (points.length === 0) [minTime, maxTime] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
  // A single date (or none) still needs a time span to spread over.
  if (maxTime - minTime < HALF_YEAR)
    [minTime, maxTime] = [minTime - HALF_YEAR / 2, maxTime + HALF_YEAR / 2];
  const padding = (maxTime - minTime) * 0.04;
  const { x, y, ...frame } = chartFrame(
    options,
    [new Date(minTime - padding), new Date(maxTime + padding)],
    Math.max(10, ...points.map((point) => point.value)) * 1.08,
    points.length > 0 ? new Date(minTime) : undefined,
  );
  const { plot } = frame;
  const xOf = (point: ChartPoint): number => round(x(startOfPeriod(point.date)));
  const yOf = (point: ChartPoint): number => round(y(point.value));

  const colourOf = new Map(series.map((s, index) => [s.key, index % SERIES_COLOURS]));
  const lines: ChartLine[] = [];
  for (const s of series) {
    const joined = onePerDate(s.points.filter((point) => point.onLine));
    if (joined.length === 0) continue;
    const last = joined[joined.length - 1]!;
    const d = line<ChartPoint>().x(xOf).y(yOf)(joined) ?? '';
    lines.push({
      key: s.key,
      colour: colourOf.get(s.key) ?? 0,
      d,
      labelX: xOf(last) + 8,
      labelY: yOf(last),
      name: s.name,
      labelled: options.lineLabels ?? true,
    });
  }
  dodgeLabels(lines, plot.top, plot.bottom);

  return {
    ...frame,
    lines,
    markers: placeMarkerLabels(
      series.flatMap((s) =>
        s.points.map((point) => ({
          ...point,
          x: xOf(point),
          y: yOf(point),
          colour: colourOf.get(s.key) ?? 0,
          labelLeft: xOf(point) > plot.right - 140,
        })),
      ),
      lines,
      frame.width,
    ),
    legend: series.map((s) => ({ key: s.key, name: s.name, colour: colourOf.get(s.key) ?? 0 })),
    empty: points.length === 0,
  };
}

/** Moves end-of-line labels apart vertically so names never overprint; drops them when they cannot fit. */
function dodgeLabels(lines: ChartLine[], top: number, bottom: number): void {
  const movable = (lines as { labelY: number; labelX: number; labelled: boolean }[]).filter(
    (label) => label.labelled,
  );
  if (lines.length * LABEL_GAP > bottom - top) {
    for (const label of movable) label.labelled = false;
    return;
  }
  const byLabel = [...movable].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < byLabel.length; i++) {
    const previous = byLabel[i - 1]!;
    const current = byLabel[i]!;
    if (
      Math.abs(current.labelX - previous.labelX) < 120 &&
      current.labelY - previous.labelY < LABEL_GAP
    )
      current.labelY = previous.labelY + LABEL_GAP;
  }
  // Labels pushed below the plot move back up together.
  const overflow = Math.max(0, (byLabel.at(-1)?.labelY ?? 0) - bottom);
  if (overflow > 0)
    for (const label of byLabel) label.labelY = Math.max(top, label.labelY - overflow);
}

/** A rectangle in SVG units. */
interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Gap between a marker and its label (ChartMarker.astro: 1.8 × the marker's size of 6). */
const MARKER_LABEL_OFFSET = 10.8;
/** The 13 px marker labels average about 7.2 units a character; 7.6 keeps a margin. */
const MARKER_LABEL_CHAR = 7.6;
/** The bold line names at the end of a line are wider. */
const LINE_LABEL_CHAR = 8.5;

const labelBox = (text: string, x: number, y: number, left: boolean): Box => {
  const width = text.length * MARKER_LABEL_CHAR;
  const start = left ? x - MARKER_LABEL_OFFSET - width : x + MARKER_LABEL_OFFSET;
  return { left: start, right: start + width, top: y - 9, bottom: y + 7 };
};
const markerBox = (marker: ChartMarker): Box => ({
  left: marker.x - 8,
  right: marker.x + 8,
  top: marker.y - 8,
  bottom: marker.y + 8,
});
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps the markers' visible labels ("2,460 pledged") from overprinting each other, the line names
 * and other markers: the latest figures are labelled first, on their preferred side or else the
 * other; a label that fits on neither side is left off (its marker keeps its tooltip, and the table
 * under the chart has every figure).
 */
function placeMarkerLabels(
  markers: ChartMarker[],
  lines: readonly ChartLine[],
  width: number,
): ChartMarker[] {
  const taken: { box: Box; of?: ChartMarker }[] = [
    ...markers.map((marker) => ({ box: markerBox(marker), of: marker })),
    ...lines
      .filter((line) => line.labelled)
      .map((line) => ({
        box: {
          left: line.labelX,
          right: line.labelX + 14 + line.name.length * LINE_LABEL_CHAR,
          top: line.labelY - 10,
          bottom: line.labelY + 8,
        },
      })),
  ];
  const sides = new Map<ChartMarker, boolean>();
  for (const marker of markers.filter((m) => m.label).sort((a, b) => b.x - a.x || a.y - b.y)) {
    const fits = (left: boolean): boolean => {
      const box = labelBox(marker.label!, marker.x, marker.y, left);
      return (
        box.left >= 0 &&
        box.right <= width &&
        !taken.some((other) => other.of !== marker && overlaps(box, other.box))
      );
    };
    const side = [marker.labelLeft, !marker.labelLeft].find(fits);
    if (side === undefined) continue;
    sides.set(marker, side);
    taken.push({ box: labelBox(marker.label!, marker.x, marker.y, side) });
  }
  return markers.map((marker) => {
    if (!marker.label) return marker;
    const side = sides.get(marker);
    if (side === undefined) {
      const { label: _dropped, ...unlabelled } = marker;
      return unlabelled;
    }
    return { ...marker, labelLeft: side };
  });
}

/** One point per date for a line: where sources disagree, the most recently published. */
function onePerDate(points: readonly ChartPoint[]): ChartPoint[] {
  const byDate = new Map<string, ChartPoint>();
  for (const point of points) {
    const current = byDate.get(point.date.text);
    if (!current || point.published >= current.published) byDate.set(point.date.text, point);
  }
  return [...byDate.values()];
}

/**
 * Ticks of a time axis, about one per 110 px. When the first data point falls
 * before the first tick in an earlier year (a July 2023 figure left of "2024"),
 * it gets a tick of its own so every year on the chart is named.
 */
export function timeTicks(
  x: ScaleTime<number, number>,
  plot: { left: number; right: number },
  label: (date: Date) => string,
  first?: Date,
): { x: number; label: string }[] {
  const ticks = x
    .ticks(Math.max(2, Math.floor((plot.right - plot.left) / 110)))
    .map((tick) => ({ x: round(x(tick)), label: label(tick), year: tick.getUTCFullYear() }));
  if (first && ticks[0] && first.getUTCFullYear() < ticks[0].year && x(first) <= ticks[0].x - 50) {
    ticks.unshift({ x: round(x(first)), label: label(first), year: first.getUTCFullYear() });
  }
  return ticks.map(({ x: position, label: text }) => ({ x: position, label: text }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
