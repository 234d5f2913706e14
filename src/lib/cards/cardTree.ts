/**
 * A card as the element tree satori lays out (its subset of HTML and CSS:
 * every box with more than one child is a flex box). 1200 × 630, the size
 * Open Graph and most sharing previews use.
 */
import { IMAGE_FONT, PALETTE } from '@/lib/charts/palette.ts';
import type { CardModel } from './cardModel.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;
/** Width of a chart beside the text, in card pixels. */
export const CHART_WIDTH = 620;
const PADDING = { top: 56, side: 56, bottom: 48 } as const;
/** The accent bar down the left edge. */
const ACCENT = 16;
/** Width of the text column beside a chart. */
const TEXT_BESIDE_CHART = 420;

/** The element shape satori reads. */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: Record<string, string | number>;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
    readonly src?: string;
    readonly width?: number;
    readonly height?: number;
  };
}

const box = (
  style: Record<string, string | number>,
  ...children: (string | CardNode | undefined | false)[]
): CardNode => ({
  type: 'div',
  props: {
    style: { display: 'flex', ...style },
    children: children.filter((child): child is string | CardNode => Boolean(child)),
  },
});

/**
 * A filled box: the accent bar and the rule above the address. Not CSS borders: satori draws a
 * border through three nested clip paths, and resvg paints each clip on a canvas of its own
 * (a card rasterised about twice as fast without its two borders).
 */
const rule = (size: Record<string, string | number>, colour: string): CardNode =>
  box({ ...size, background: colour });

/** Longer titles get smaller type, so a title never runs off the card. */
function titleSize(title: string, narrow: boolean): number {
  const room = narrow ? 0.45 : 1;
  if (title.length > 60 * room) return 48;
  if (title.length > 32 * room) return 58;
  return 72;
}

/** The card's tree; `chartSrc` is the chart as an image URL (a PNG data URL: satori draws no text inside an SVG image). */
export function cardTree(card: CardModel, chartSrc?: string): CardNode {
  const withChart = chartSrc !== undefined;
  const text = box(
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      height: CARD_SIZE.height - PADDING.top - PADDING.bottom,
      ...(withChart
        ? { width: TEXT_BESIDE_CHART, flexShrink: 0 }
        : { width: CARD_SIZE.width - ACCENT - PADDING.side * 2 }),
    },
    box(
      { flexDirection: 'column' },
      box(
        { fontSize: 26, color: PALETTE.accent, fontWeight: 700, letterSpacing: 0.5 },
        card.kicker,
      ),
      box(
        {
          fontSize: titleSize(card.title, withChart),
          fontWeight: 700,
          color: PALETTE.ink,
          lineHeight: 1.1,
          marginTop: 24,
        },
        card.title,
      ),
      card.figure !== undefined &&
        box(
          { fontSize: withChart ? 34 : 46, color: PALETTE.ink, marginTop: 28, lineHeight: 1.25 },
          card.figure,
        ),
      card.detail !== undefined &&
        box({ fontSize: 26, color: PALETTE.muted, marginTop: 16, lineHeight: 1.3 }, card.detail),
    ),
    box(
      { flexDirection: 'column' },
      rule({ height: 2, marginBottom: 16 }, PALETTE.rule),
      box({ fontSize: 24, color: PALETTE.muted }, card.address),
    ),
  );
  const chart =
    withChart &&
    box(
      { width: CHART_WIDTH, alignItems: 'center', justifyContent: 'center', marginLeft: 24 },
      {
        type: 'img',
        props: {
          src: chartSrc,
          width: CHART_WIDTH,
          style: { width: CHART_WIDTH, objectFit: 'contain' },
        },
      },
    );
  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      background: PALETTE.paper,
      fontFamily: IMAGE_FONT,
    },
    rule({ width: ACCENT, height: CARD_SIZE.height, flexShrink: 0 }, PALETTE.accent),
    box({ padding: `${PADDING.top}px ${PADDING.side}px ${PADDING.bottom}px` }, text, chart),
  );
}
