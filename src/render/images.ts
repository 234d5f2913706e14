/**
 * Images made at build time: social cards (satori lays the card out and turns
 * its text into paths; resvg rasterises) and chart PNGs (resvg, with the same
 * TrueType fonts so their text looks the same everywhere). No network: the
 * fonts come from npm packages (@expo-google-fonts/noto-sans, and
 * dejavu-fonts-ttf for the symbols Noto Sans lacks).
 *
 * Every image is cached under Astro's cache folder by a digest of what it is
 * made from, so an unchanged card is not drawn again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { IMAGE_FONT } from '../lib/chart/palette.ts';
import { CARD_SIZE, CHART_WIDTH, cardTree } from '../lib/cards/cardTree.ts';
import type { CardModel } from '../lib/cards/cardModel.ts';

/** Bumped when the drawing changes, so cached images are made again. */
const IMAGE_VERSION = 'mss-images-2';

// Resolved from the project, not from this file: Astro bundles it into dist/ for the build.
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = {
  400: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;
/** For the characters Noto Sans lacks (arrows such as → in "United States → MSS", most symbols). */
const FALLBACK_FONTS = {
  400: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  700: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
const ALL_FONT_FILES = [...Object.values(FONT_FILES), ...Object.values(FALLBACK_FONTS)];

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | undefined;
const loadFonts = (): SatoriFont[] =>
  (fonts ??= ([400, 700] as const).flatMap((weight) => [
    { name: IMAGE_FONT, data: readFileSync(FONT_FILES[weight]), weight, style: 'normal' as const },
    { name: 'DejaVu Sans', data: readFileSync(FALLBACK_FONTS[weight]), weight, style: 'normal' as const },
  ]));

const cacheFolder = join(process.cwd(), 'node_modules', '.astro', 'mss-images');

/** Images drawn and read from the cache in this process, and the time spent drawing (bench/run.ts reports them). */
const stats = { drawn: 0, cached: 0, seconds: 0 };
if (process.env.MSS_BUILD_STATS) process.once('exit', () => console.log(`[build-stats] images drawn ${stats.drawn} in ${stats.seconds.toFixed(2)} s, ${stats.cached} from cache`));

/** The cached bytes made from `source`, or makes and caches them. */
async function cached(source: string, make: () => Promise<Uint8Array> | Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(cacheFolder, `${createHash('sha256').update(`${IMAGE_VERSION}\n${source}`).digest('hex').slice(0, 32)}.png`);
  if (existsSync(file)) {
    stats.cached++;
    return new Uint8Array(readFileSync(file));
  }
  const started = performance.now();
  const bytes = await make();
  stats.drawn++;
  stats.seconds += (performance.now() - started) / 1000;
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(file, bytes);
  return new Uint8Array(bytes);
}

const rasterise = (svg: string, width: number): Uint8Array =>
  new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { fontFiles: ALL_FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT } }).render().asPng();

/** An SVG as PNG at `width` pixels wide, its text in the site's image font. */
export function svgToPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  return cached(`png:${width}\n${svg}`, () => rasterise(svg, width));
}

/** The SVG satori makes of a card (text as paths). `missing` hears of any character the font lacks. */
export async function cardSvg(card: CardModel, missing?: (segment: string) => void): Promise<string> {
  const chartSrc = card.chart && `data:image/png;base64,${Buffer.from(rasterise(card.chart, CHART_WIDTH * 2)).toString('base64')}`;
  return satori(cardTree(card, chartSrc) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
    loadAdditionalAsset: async (_code, segment) => {
      missing?.(segment);
      return [];
    },
  });
}

/**
 * A card as a 1200 × 630 PNG. Cached under its laid-out tree (with the chart's
 * own SVG in place of its picture), so a change to what it says or to how it is
 * laid out draws it again.
 */
export function cardPng(card: CardModel): Promise<Uint8Array<ArrayBuffer>> {
  return cached(`card\n${JSON.stringify(cardTree(card, card.chart))}`, async () => rasterise(await cardSvg(card), CARD_SIZE.width));
}
