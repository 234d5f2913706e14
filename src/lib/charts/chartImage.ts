/**
 * Charts as self-contained SVG files, for the downloads next to CSV and JSON
 * and for the social cards: the same layout models the pages draw
 * (strengthChart.ts, flowBars.ts), drawn by draw.ts with the colours written in (a
 * file has no stylesheet), a title, a legend and the source line, so the image still says
 * what it is and where it comes from once it is pasted elsewhere.
 */
import type { FlowBarsModel } from './flowBars.ts';
import { escapeXml, flowBarsSvg, strengthChartSvg, toSvg } from './draw.ts';
import { IMAGE_FONT, PALETTE } from './palette.ts';
import type { StrengthChartModel } from './strengthChart.ts';

/** One legend entry: its words and how its swatch is drawn. */
export interface LegendEntry {
  readonly label: string;
  readonly swatch: 'area' | 'dash' | 'dot' | 'band' | 'bar' | 'outline';
  readonly colour: string;
}

/** The words around a chart image. */
export interface ChartImageText {
  readonly title: string;
  /** What is shown and as of when. */
  readonly subtitle: string;
  readonly legend: readonly LegendEntry[];
  /** Lines at the foot: "Source: MSS Haiti Tracker, https://…/deployments/ (data as of …)." */
  readonly source: readonly string[];
}

const PAD = 24;
const HEAD = 78;
const LEGEND_ROW = 24;
const FOOT_LINE = 18;

function swatch(entry: LegendEntry, x: number, y: number): string {
  switch (entry.swatch) {
    case 'dash':
      return `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${entry.colour}" stroke-width="2" stroke-dasharray="6 4"/>`;
    case 'dot':
      return `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${entry.colour}" stroke-width="2" stroke-dasharray="2 4"/>`;
    case 'band':
      return `<rect x="${x}" y="${y - 7}" width="18" height="14" fill="${entry.colour}" stroke="${PALETTE.rule}"/>`;
    case 'outline':
      return `<rect x="${x + 1}" y="${y - 6}" width="16" height="12" fill="${PALETTE.surface}" stroke="${entry.colour}" stroke-width="2" stroke-dasharray="4 2"/>`;
    default:
      return `<rect x="${x}" y="${y - 7}" width="18" height="14" fill="${entry.colour}" fill-opacity="${entry.swatch === 'area' ? 0.55 : 1}" stroke="${entry.colour}"/>`;
  }
}

/** Legend entries laid out in rows that fit the width; text width is estimated from its length. */
function legendRows(
  entries: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const size = 26 + entry.label.length * 7.4 + 18;
    if (x > 0 && x + size > width) [x, row] = [0, row + 1];
    placed.push({ entry, x, row });
    x += size;
  }
  return placed;
}

/** Frames a chart body (drawn in a box of `body.width` × `body.height`) with title, legend and source. */
export function frameChart(
  body: { width: number; height: number; svg: string },
  text: ChartImageText,
): string {
  const width = body.width + PAD * 2;
  const legend = legendRows(text.legend, body.width);
  const legendHeight =
    legend.length > 0 ? (Math.max(...legend.map((item) => item.row)) + 1) * LEGEND_ROW : 0;
  const height = HEAD + body.height + legendHeight + 22 + text.source.length * FOOT_LINE;
  const legendTop = HEAD + body.height + 14;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT}, sans-serif" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${PALETTE.paper}"/>`,
    `<text x="${PAD}" y="34" font-size="20" font-weight="700" fill="${PALETTE.ink}">${escapeXml(text.title)}</text>`,
    `<text x="${PAD}" y="58" font-size="13" fill="${PALETTE.muted}">${escapeXml(text.subtitle)}</text>`,
    `<g transform="translate(${PAD} ${HEAD})">${body.svg}</g>`,
    ...legend.map(({ entry, x, row }) => {
      const y = legendTop + row * LEGEND_ROW;
      return `<g>${swatch(entry, PAD + x, y)}<text x="${PAD + x + 26}" y="${y + 4.5}" font-size="13" fill="${PALETTE.ink}">${escapeXml(entry.label)}</text></g>`;
    }),
    ...text.source.map(
      (line, index) =>
        `<text x="${PAD}" y="${height - 14 - (text.source.length - 1 - index) * FOOT_LINE}" font-size="12" fill="${PALETTE.muted}">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('\n');
}

/** The strength chart's marks and axes with the colours written in (draw.ts, as on the page). */
export function strengthChartBody(
  model: StrengthChartModel,
  axis: string,
): { width: number; height: number; svg: string } {
  return {
    width: model.width,
    height: model.height,
    svg: toSvg(strengthChartSvg(model, axis), 'file'),
  };
}

/** Pledged-against-disbursed bars with the colours written in; `valueLabel` gives the words after a bar. */
export function flowBarsBody(
  model: FlowBarsModel,
  formatValue: (value: number) => string,
  valueLabel: (bar: FlowBarsModel['bars'][number]) => string,
): { width: number; height: number; svg: string } {
  const svg = toSvg(
    flowBarsSvg(model, { money: formatValue, valueLabels: model.bars.map(valueLabel) }),
    'file',
  );
  // The words after the longest bar run past the bars' scale.
  return { width: model.width + 60, height: model.height, svg };
}
