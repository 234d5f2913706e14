/**
 * Every chart drawn once: the layout models (strengthChart.ts, timeChart.ts, flowBars.ts) become
 * SVG here, frame, axes, grid and marks, for the pages and for the downloadable SVG and PNG alike.
 *
 * Each element carries a class, which the page's stylesheet paints with the theme's custom
 * properties (light and dark), and the paint a file needs in its place (a file has no stylesheet):
 * `toSvg(nodes, 'page')` writes the classes and links each mark to its source; `toSvg(nodes,
 * 'file')` writes the light theme's colours (palette.ts) and leaves the links out.
 */
import type { FlowBarsModel } from './flowBars.ts';
import { PALETTE } from './palette.ts';
import type { StrengthChartModel } from './strengthChart.ts';
import type { ChartMarker, ChartModel } from './timeChart.ts';

type Attributes = Readonly<Record<string, string | number | undefined>>;

/** One SVG element: its attributes, the paint a file gives it, and its children (text is escaped). */
export interface SvgNode {
  readonly tag: string;
  readonly attrs?: Attributes;
  /** Presentation attributes written only in files (the page's stylesheet paints by class). */
  readonly paint?: Attributes;
  readonly children?: readonly (SvgNode | string)[];
}

/** Where a chart is drawn: on a page (classes, links) or in a file (colours written in, no links). */
export type Medium = 'page' | 'file';

const node = (
  tag: string,
  attrs: Attributes,
  children: readonly (SvgNode | string)[] = [],
  paint?: Attributes,
): SvgNode => ({ tag, attrs, children, paint });

/** Text safe inside SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  );
}

/** SVG markup of nodes for a page or a file. */
export function toSvg(nodes: readonly (SvgNode | string)[], medium: Medium): string {
  return nodes.map((one) => write(one, medium)).join('');
}

function write(one: SvgNode | string, medium: Medium): string {
  if (typeof one === 'string') return escapeXml(one);
  const children = toSvg(one.children ?? [], medium);
  // A file has nowhere to link to: the mark stays, its title inside it.
  if (one.tag === 'a' && medium === 'file') {
    const [title, shape, ...rest] = one.children ?? [];
    return typeof shape === 'object' && rest.length === 0 && title !== undefined
      ? write({ ...shape, children: [title, ...(shape.children ?? [])] }, medium)
      : children;
  }
  const attrs = { ...one.attrs, ...(medium === 'file' ? one.paint : {}) };
  if (medium === 'file') delete (attrs as Record<string, unknown>).class;
  const text = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return children ? `<${one.tag}${text}>${children}</${one.tag}>` : `<${one.tag}${text}/>`;
}

const colourOf = (series: number): string => PALETTE.series[series % PALETTE.series.length]!;
const hidden = { 'aria-hidden': 'true' } as const;
const tickText = { 'font-size': 12, fill: PALETTE.muted } as const;

type Plot = StrengthChartModel['plot'];

/** A chart's grid: a rule at each value tick. */
function grid(plot: Plot, yTicks: readonly { y: number }[]): SvgNode {
  return node(
    'g',
    { class: 'grid', ...hidden },
    yTicks.map((tick) =>
      node('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }, [], {
        stroke: PALETTE.rule,
      }),
    ),
  );
}

/** The value axis: tick labels left of the plot and its name, read upwards. */
function valueAxis(plot: Plot, yTicks: readonly { y: number; label: string }[], name: string) {
  return [
    ...yTicks.map((tick) =>
      node(
        'text',
        { x: plot.left - 8, y: tick.y + 4, 'text-anchor': 'end' },
        [tick.label],
        tickText,
      ),
    ),
    node(
      'text',
      {
        class: 'axis-label',
        transform: `translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
      },
      [name],
      { ...tickText, 'font-weight': 700 },
    ),
  ];
}

/** The time axis: its baseline, labels under the plot and, where asked, a tick mark at each. */
function timeAxis(plot: Plot, xTicks: readonly { x: number; label: string }[], marks: boolean) {
  return [
    node('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }, [], {
      stroke: PALETTE.rule,
    }),
    ...xTicks.map((tick) => {
      const label = node(
        'text',
        { x: tick.x, y: plot.bottom + 20, 'text-anchor': 'middle' },
        [tick.label],
        tickText,
      );
      return marks
        ? node('g', {}, [
            node('line', { x1: tick.x, x2: tick.x, y1: plot.bottom, y2: plot.bottom + 5 }, [], {
              stroke: PALETTE.muted,
            }),
            label,
          ])
        : label;
    }),
  ];
}

/** A mark linked to the figure it draws, with its words as a tooltip. */
const linked = (href: string | undefined, title: string, mark: SvgNode, className?: string) =>
  node('a', { href, class: className }, [node('title', {}, [title]), mark]);

/** Where a mark links: a figure's permalink on its article's page. */
export type FigureHref = (article: string, figure: string) => string;

/**
 * The mission's strength: the mandate's periods as bands, the countries' parts stacked, the
 * ceiling and the total pledged as lines, and a mark on each reported figure.
 */
export function strengthChartSvg(
  model: StrengthChartModel,
  axis: string,
  href?: FigureHref,
): SvgNode[] {
  const { plot } = model;
  return [
    node(
      'g',
      { class: 'bands', ...hidden },
      model.bands.map((band) =>
        node('g', {}, [
          node(
            'rect',
            { x: band.x, y: plot.top, width: band.width, height: plot.bottom - plot.top },
            [],
            { fill: PALETTE.surface },
          ),
          node('text', { x: band.x + 6, y: plot.top + 14 }, [band.label], tickText),
        ]),
      ),
    ),
    grid(plot, model.yTicks),
    node(
      'g',
      { class: 'layers', ...hidden },
      model.layers.map((layer) =>
        node('path', { class: `series-${layer.colour + 1}`, d: layer.d }, [], {
          fill: colourOf(layer.colour),
          'fill-opacity': 0.55,
          stroke: colourOf(layer.colour),
          'stroke-width': 1.5,
        }),
      ),
    ),
    ...(model.ceiling
      ? [
          node('path', { class: 'ceiling', d: model.ceiling, ...hidden }, [], {
            fill: 'none',
            stroke: PALETTE.ink,
            'stroke-width': 2,
            'stroke-dasharray': '6 4',
          }),
        ]
      : []),
    ...(model.pledged
      ? [
          node('path', { class: 'pledged', d: model.pledged, ...hidden }, [], {
            fill: 'none',
            stroke: PALETTE.muted,
            'stroke-width': 2,
            'stroke-dasharray': '2 4',
          }),
        ]
      : []),
    node('g', { class: 'axis', ...hidden }, [
      ...valueAxis(plot, model.yTicks, axis),
      ...timeAxis(plot, model.xTicks, false),
    ]),
    node(
      'g',
      { class: 'marks' },
      model.marks.map((mark) => {
        const shape =
          mark.kind === 'ceiling'
            ? node(
                'rect',
                { class: 'ceiling-mark', x: mark.x - 5, y: mark.y - 5, width: 10, height: 10 },
                [],
                { fill: PALETTE.ink },
              )
            : mark.kind === 'pledge'
              ? node(
                  'path',
                  {
                    class: 'pledge-mark',
                    d: `M${mark.x},${mark.y - 6}L${mark.x + 6},${mark.y}L${mark.x},${mark.y + 6}L${mark.x - 6},${mark.y}Z`,
                  },
                  [],
                  { fill: PALETTE.muted },
                )
              : node(
                  'circle',
                  { class: `series-${(mark.colour ?? 0) + 1}`, cx: mark.x, cy: mark.y, r: 5 },
                  [],
                  { fill: colourOf(mark.colour ?? 0), stroke: PALETTE.paper, 'stroke-width': 2 },
                );
        return linked(href?.(mark.article, mark.figure), mark.title, shape);
      }),
    ),
  ];
}

/** A figure's marker on a line chart: its shape, a halo where sources disagree, its label. */
function marker(one: ChartMarker, size: number, href?: FigureHref): SvgNode {
  const { x, y, shape } = one;
  const s = size;
  const paths: Record<Exclude<ChartMarker['shape'], 'circle'>, string> = {
    diamond: `M${x},${y - s * 1.3}L${x + s * 1.3},${y}L${x},${y + s * 1.3}L${x - s * 1.3},${y}Z`,
    triangle: `M${x},${y - s * 1.3}L${x + s * 1.2},${y + s}L${x - s * 1.2},${y + s}Z`,
    cross: `M${x - s},${y - s}L${x + s},${y + s}M${x + s},${y - s}L${x - s},${y + s}`,
  };
  const classes = ['marker', `series-${one.colour + 1}`];
  if (one.approximate) classes.push('approximate');
  if (one.conflict) classes.push('conflict');
  return node('a', { href: href?.(one.article, one.figure), class: classes.join(' ') }, [
    node('title', {}, [one.title]),
    ...(one.conflict ? [node('circle', { class: 'halo', cx: x, cy: y, r: s * 2.2 })] : []),
    shape === 'circle'
      ? node('circle', { class: 'shape', cx: x, cy: y, r: s })
      : node('path', { class: `shape shape-${shape}`, d: paths[shape] }),
    ...(one.label
      ? [
          node(
            'text',
            {
              class: 'label',
              x: one.labelLeft ? x - s * 1.8 : x + s * 1.8,
              y: y + 4,
              'text-anchor': one.labelLeft ? 'end' : 'start',
            },
            [one.label],
          ),
        ]
      : []),
  ]);
}

/** Figures over time: one line per series, a marker on each figure, the time axis named. */
export function timeChartSvg(
  model: ChartModel,
  words: { readonly yLabel: string; readonly timeAxis: string },
  options: { readonly markerSize: number; readonly href?: FigureHref },
): SvgNode[] {
  const { plot } = model;
  return [
    grid(plot, model.yTicks),
    node('g', { class: 'axis y-axis', ...hidden }, valueAxis(plot, model.yTicks, words.yLabel)),
    node('g', { class: 'axis x-axis', ...hidden }, [
      ...timeAxis(plot, model.xTicks, true),
      node(
        'text',
        {
          class: 'axis-label',
          x: (plot.left + plot.right) / 2,
          y: model.height - 4,
          'text-anchor': 'middle',
        },
        [words.timeAxis],
      ),
    ]),
    node(
      'g',
      { class: 'lines', ...hidden },
      model.lines.map((line) =>
        node('g', { class: `series-${line.colour + 1}` }, [
          node('path', { d: line.d }),
          ...(line.labelled
            ? [
                node('text', { x: line.labelX + options.markerSize, y: line.labelY + 4 }, [
                  line.name,
                ]),
              ]
            : []),
        ]),
      ),
    ),
    node(
      'g',
      { class: 'markers' },
      model.markers.map((one) => marker(one, options.markerSize, options.href)),
    ),
  ];
}

/** What flow bars say in words: amounts, the words after each bar, and each bar's tooltip. */
export interface FlowBarsWords {
  readonly money: (amount: number) => string;
  /** The words after each bar, in bar order. */
  readonly valueLabels: readonly string[];
  readonly pledgedTitle?: (amount: string, quote: string) => string;
  readonly disbursedTitle?: (amount: string, quote: string) => string;
}

/** Money pledged (outlined) against disbursed (filled), a bar per flow, on one scale. */
export function flowBarsSvg(
  model: FlowBarsModel,
  words: FlowBarsWords,
  href?: FigureHref,
): SvgNode[] {
  const blue = PALETTE.series[0];
  const text = { 'font-size': 13, fill: PALETTE.muted } as const;
  const bar = (
    figure: { article: string; id: string; amount: number; quote: string },
    title: FlowBarsWords['pledgedTitle'],
    shape: SvgNode,
  ): SvgNode =>
    title
      ? linked(
          href?.(figure.article, figure.id),
          title(words.money(figure.amount), figure.quote),
          shape,
        )
      : shape;
  return [
    node(
      'g',
      { class: 'ticks', ...hidden },
      model.ticks.map((tick, index) =>
        node('g', {}, [
          node('line', { x1: tick.x, x2: tick.x, y1: 0, y2: model.height - 22 }, [], {
            stroke: PALETTE.rule,
          }),
          node(
            'text',
            { x: tick.x, y: model.height - 6, 'text-anchor': index === 0 ? 'start' : 'middle' },
            [words.money(tick.value)],
            text,
          ),
        ]),
      ),
    ),
    ...model.bars.map((one, index) =>
      node('g', {}, [
        node(
          'text',
          { class: 'name', x: model.left, y: one.y - 6 - (one.nameLines.length - 1) * 18 },
          one.nameLines.map((line, lineIndex) =>
            node('tspan', { x: model.left, dy: lineIndex === 0 ? 0 : 18 }, [line]),
          ),
          { 'font-size': 14, fill: PALETTE.ink },
        ),
        ...(one.pledged
          ? [
              bar(
                one.pledged.figure,
                words.pledgedTitle,
                node(
                  'rect',
                  {
                    class: 'pledged',
                    x: model.left,
                    y: one.y,
                    width: one.pledged.width,
                    height: model.barHeight,
                  },
                  [],
                  {
                    fill: PALETTE.surface,
                    stroke: blue,
                    'stroke-width': 2,
                    'stroke-dasharray': '5 3',
                  },
                ),
              ),
            ]
          : []),
        ...(one.disbursed
          ? [
              bar(
                one.disbursed.figure,
                words.disbursedTitle,
                node(
                  'rect',
                  {
                    class: 'disbursed',
                    x: model.left,
                    y: one.y + 5,
                    width: one.disbursed.width,
                    height: model.barHeight - 10,
                  },
                  [],
                  { fill: blue },
                ),
              ),
            ]
          : []),
        node(
          'text',
          {
            class: 'value',
            x: model.left + Math.max(one.pledged?.width ?? 0, one.disbursed?.width ?? 0) + 6,
            y: one.y + model.barHeight / 2 + 5,
          },
          [words.valueLabels[index] ?? ''],
          text,
        ),
      ]),
    ),
  ];
}
