/**
 * Geometry of the deployment chart, computed at build time: scales, ticks,
 * line paths and marker positions. Components only draw what this returns, so
 * the chart is plain SVG with no client JavaScript.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { DeploymentStatus } from '../../schemas/article.ts';
import type { CountrySeries, DeploymentFigure } from '../deploymentSeries.ts';
import { formatCount } from '../format.ts';
import { formatPartialDate, startOfPeriod } from '../partialDate.ts';

/** Marker shape per status, so status never depends on colour alone. */
export const STATUS_SHAPES: Record<DeploymentStatus, 'circle' | 'diamond' | 'triangle' | 'cross'> = {
  deployed: 'circle',
  pledged: 'diamond',
  announced: 'triangle',
  withdrawn: 'cross',
};

/** Number of distinct country colours (tokens --series-1 ... --series-8). */
export const SERIES_COLOURS = 8;

export interface ChartOptions {
  readonly width: number;
  readonly height: number;
  readonly margin: { top: number; right: number; bottom: number; left: number };
  /** Display name of a country id. */
  readonly nameOf: (id: string) => string;
}

export interface ChartMarker {
  readonly x: number;
  readonly y: number;
  readonly shape: (typeof STATUS_SHAPES)[DeploymentStatus];
  readonly colour: number;
  readonly figure: DeploymentFigure;
  /** Tooltip: figure, date, status and quote. */
  readonly title: string;
  /** Short visible label next to non-deployed markers ("1,000 pledged"). */
  readonly label?: string;
}

export interface ChartLine {
  readonly country: string;
  readonly colour: number;
  readonly d: string;
  /** Direct label at the end of the line. */
  readonly labelX: number;
  readonly labelY: number;
  readonly name: string;
  /** False when too many lines end together for direct labels; the legend names them. */
  readonly labelled: boolean;
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { left: number; top: number; right: number; bottom: number };
  readonly xTicks: readonly { x: number; label: string }[];
  readonly yTicks: readonly { y: number; label: string }[];
  readonly lines: readonly ChartLine[];
  readonly markers: readonly ChartMarker[];
  readonly legend: readonly { country: string; name: string; colour: number }[];
  /** True when there is nothing to draw. */
  readonly empty: boolean;
}

const DAY = 86_400_000;
const HALF_YEAR = 182 * DAY;

/** Lays out every country's figures on one time × personnel chart. */
export function deploymentChart(series: readonly CountrySeries[], options: ChartOptions): ChartModel {
  const { width, height, margin, nameOf } = options;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const figures = series.flatMap((country) => country.figures);
  const times = figures.map((figure) => startOfPeriod(figure.date).getTime());
  let [minTime, maxTime] = [Math.min(...times), Math.max(...times)];
  if (figures.length === 0) [minTime, maxTime] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
  // A single date (or none) still needs a time span to spread over.
  if (maxTime - minTime < HALF_YEAR) [minTime, maxTime] = [minTime - HALF_YEAR / 2, maxTime + HALF_YEAR / 2];
  const padding = (maxTime - minTime) * 0.04;
  const x = scaleUtc().domain([new Date(minTime - padding), new Date(maxTime + padding)]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, Math.max(10, ...figures.map((figure) => figure.count)) * 1.08])
    .nice()
    .range([plot.bottom, plot.top]);

  const colourOf = new Map(series.map((country, index) => [country.country, index % SERIES_COLOURS]));
  const xOf = (figure: DeploymentFigure): number => round(x(startOfPeriod(figure.date)));

  const lines: ChartLine[] = [];
  for (const country of series) {
    const deployed = latestPerDate(country.figures.filter((figure) => figure.status === 'deployed'));
    if (deployed.length === 0) continue;
    const path = line<DeploymentFigure>()
      .x(xOf)
      .y((figure) => round(y(figure.count)))(deployed);
    const last = deployed[deployed.length - 1]!;
    lines.push({ country: country.country, colour: colourOf.get(country.country) ?? 0, d: path ?? '', labelX: xOf(last) + 8, labelY: round(y(last.count)), name: nameOf(country.country), labelled: true });
  }

  dodgeLabels(lines, 14, plot.top, plot.bottom);

  const markers = series.flatMap((country) =>
    country.figures.map((figure): ChartMarker => {
      const date = formatPartialDate(figure.date);
      const count = formatCount(figure.count, figure.approximate);
      return {
        x: xOf(figure),
        y: round(y(figure.count)),
        shape: STATUS_SHAPES[figure.status],
        colour: colourOf.get(country.country) ?? 0,
        figure,
        title: `${nameOf(country.country)}: ${count} ${figure.status}, ${date}${figure.conflict ? ' (sources disagree)' : ''}. “${figure.quote}” (${figure.outlet ?? figure.articleTitle})`,
        label: figure.status === 'deployed' ? undefined : `${count} ${figure.status}`,
      };
    }),
  );

  return {
    width,
    height,
    plot,
    xTicks: x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 110))).map((tick) => ({ x: round(x(tick)), label: tickLabel(tick) })),
    yTicks: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: formatCount(tick) })),
    lines,
    markers,
    legend: series.map((country) => ({ country: country.country, name: nameOf(country.country), colour: colourOf.get(country.country) ?? 0 })),
    empty: figures.length === 0,
  };
}

/** Moves end-of-line labels apart vertically so names never overprint each other. */
function dodgeLabels(lines: ChartLine[], gap: number, top: number, bottom: number): void {
  if (lines.length * gap > bottom - top) {
    for (const line of lines) (line as { labelled: boolean }).labelled = false;
    return;
  }
  const byLabel = [...lines].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < byLabel.length; i++) {
    const previous = byLabel[i - 1]!;
    const current = byLabel[i]!;
    if (Math.abs(current.labelX - previous.labelX) < 120 && current.labelY - previous.labelY < gap) {
      (current as { labelY: number }).labelY = previous.labelY + gap;
    }
  }
  // Labels pushed below the plot move back up together.
  const overflow = Math.max(0, (byLabel.at(-1)?.labelY ?? 0) - bottom);
  if (overflow > 0) for (const label of byLabel) (label as { labelY: number }).labelY = Math.max(top, label.labelY - overflow);
}

/** One point per date for the line: where sources disagree, the most recently published. */
function latestPerDate(figures: readonly DeploymentFigure[]): DeploymentFigure[] {
  const byDate = new Map<string, DeploymentFigure>();
  for (const figure of figures) {
    const current = byDate.get(figure.date.text);
    if (!current || figure.published >= current.published) byDate.set(figure.date.text, figure);
  }
  return [...byDate.values()];
}

function tickLabel(date: Date): string {
  return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : date.toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
