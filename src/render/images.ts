/**
 * Images made at build time: social cards (satori lays the card out and turns
 * its text into paths; resvg rasterises) and chart PNGs (resvg, with the same
 * TrueType fonts so their text looks the same everywhere). No network: the
 * fonts come from npm packages (@expo-google-fonts/noto-sans, and
 * dejavu-fonts-ttf for the symbols Noto Sans lacks).
 *
 * Every image is cached under Astro's cache folder by a digest of what it is
 * made from, so an unchanged card is not drawn again on the next build. Cards
 * are drawn in worker threads (cardWorker.mjs), started as soon as the build
 * knows every card (prefetchCards), so they are drawn while Astro renders pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { IMAGE_FONT, PALETTE } from '../lib/chart/palette.ts';
import { CARD_SIZE, CHART_WIDTH, cardTree } from '../lib/cards/cardTree.ts';
import type { CardModel } from '../lib/cards/cardModel.ts';
import { encodePng } from './png.mjs';

/** Bumped when the drawing changes, so cached images are made again. */
const IMAGE_VERSION = 'mss-images-4';

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

/** The fonts satori lays text out with: Noto Sans, then DejaVu Sans for what it lacks. */
const FONT_SPECS = ([400, 700] as const).flatMap((weight) => [
  { name: IMAGE_FONT, path: FONT_FILES[weight], weight },
  { name: 'DejaVu Sans', path: FALLBACK_FONTS[weight], weight },
]);

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | undefined;
const loadFonts = (): SatoriFont[] => (fonts ??= FONT_SPECS.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' as const })));

const cacheFolder = join(process.cwd(), 'node_modules', '.astro', 'mss-images');

/**
 * Images drawn and read from the cache in this process, the time spent drawing (summed over
 * threads) and the wall-clock span from the first drawing to the last (bench/run.ts reports them).
 */
const stats = { drawn: 0, cached: 0, seconds: 0, first: 0, last: 0 };
if (process.env.MSS_BUILD_STATS) {
  process.once('exit', () => console.log(`[build-stats] images drawn ${stats.drawn} in ${stats.seconds.toFixed(2)} s (${((stats.last - stats.first) / 1000).toFixed(2)} s wall), ${stats.cached} from cache`));
}
const drew = (seconds: number): void => {
  stats.drawn++;
  stats.seconds += seconds;
  stats.last = performance.now();
};

const fileOf = (source: string): string => join(cacheFolder, `${createHash('sha256').update(`${IMAGE_VERSION}\n${source}`).digest('hex').slice(0, 32)}.png`);

/** The cached bytes made from `source`, or makes and caches them. */
async function cached(source: string, make: () => Promise<Uint8Array> | Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const file = fileOf(source);
  if (existsSync(file)) {
    stats.cached++;
    return new Uint8Array(readFileSync(file));
  }
  const started = performance.now();
  stats.first ||= started;
  const bytes = await make();
  drew((performance.now() - started) / 1000);
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(file, bytes);
  return new Uint8Array(bytes);
}

/** resvg as WebAssembly: each drawing is freed when done (the native resvg-js kept ~3 MB a drawing, measured). */
const RESVG_WASM = require.resolve('@resvg/resvg-wasm/index_bg.wasm');
let resvgReady: Promise<void> | undefined;
let fontBuffers: Uint8Array[] | undefined;

async function rasterise(svg: string, width: number): Promise<Uint8Array> {
  await (resvgReady ??= initWasm(readFileSync(RESVG_WASM)));
  fontBuffers ??= ALL_FONT_FILES.map((file) => new Uint8Array(readFileSync(file)));
  // On the paper colour, so every pixel is opaque (see png.mjs).
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: PALETTE.paper, font: { fontBuffers, defaultFontFamily: IMAGE_FONT } });
  const image = resvg.render();
  try {
    return encodePng(image.pixels, image.width, image.height);
  } finally {
    image.free();
    resvg.free();
  }
}

/** An SVG as PNG at `width` pixels wide, its text in the site's image font. */
export function svgToPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  return cached(`png:${width}\n${svg}`, () => rasterise(svg, width));
}

/** The SVG satori makes of a card (text as paths). `missing` hears of any character the font lacks. */
export async function cardSvg(card: CardModel, missing?: (segment: string) => void): Promise<string> {
  const chartSrc = card.chart && (await chartDataUrl(card.chart));
  return satori(cardTree(card, chartSrc) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
    loadAdditionalAsset: async (_code, segment) => {
      missing?.(segment);
      return [];
    },
  });
}

/** The worker threads that draw cards: as many as the machine has cores, two at most, started on first use. */
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

interface Slot {
  readonly worker: Worker;
  /** Cards sent and not yet drawn. */
  busy: number;
}
const jobs = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
const slots: Slot[] = [];
let nextJob = 0;

function startWorker(): Slot {
  const worker = new Worker(join(process.cwd(), 'src', 'render', 'cardWorker.mjs'), { workerData: { fonts: FONT_SPECS, wasm: RESVG_WASM, background: PALETTE.paper } });
  const slot: Slot = { worker, busy: 0 };
  // An idle worker never keeps the build from exiting.
  worker.unref();
  worker.on('message', ({ id, seconds, error }: { id: number; seconds?: number; error?: string }) => {
    if (--slot.busy === 0) worker.unref();
    const job = jobs.get(id);
    jobs.delete(id);
    if (error) job?.reject(new Error(`Drawing a social card failed: ${error}`));
    else {
      drew(seconds ?? 0);
      job?.resolve();
    }
  });
  worker.on('error', (error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  });
  slots.push(slot);
  return slot;
}

/** The least busy worker, starting one while fewer than WORKERS run. */
function workerForNextCard(): Slot {
  if (slots.length < WORKERS) return startWorker();
  return slots.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
}

function drawInWorker(tree: unknown, file: string): Promise<void> {
  const slot = workerForNextCard();
  const id = nextJob++;
  if (slot.busy++ === 0) slot.worker.ref();
  stats.first ||= performance.now();
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    slot.worker.postMessage({ id, tree, file, ...CARD_SIZE });
  });
}

/** Cards being drawn, by file: a card asked for twice is drawn once. */
const drawing = new Map<string, Promise<string>>();

/**
 * The file of a card, drawn if it is not cached. Cached under the card's laid-out tree (with the
 * chart's own SVG in place of its picture), so a change to what it says or to how it is laid out
 * draws it again.
 */
/** satori draws no text inside an SVG image: a chart goes into a card as a PNG. */
async function chartDataUrl(chart: string): Promise<string> {
  return `data:image/png;base64,${Buffer.from(await rasterise(chart, CHART_WIDTH * 2)).toString('base64')}`;
}

function cardFile(card: CardModel): Promise<string> {
  const file = fileOf(`card\n${JSON.stringify(cardTree(card, card.chart))}`);
  const pending = drawing.get(file);
  if (pending) return pending;
  if (existsSync(file)) {
    stats.cached++;
    return Promise.resolve(file);
  }
  mkdirSync(cacheFolder, { recursive: true });
  const done = (card.chart ? chartDataUrl(card.chart) : Promise.resolve(undefined)).then((chartSrc) => drawInWorker(cardTree(card, chartSrc), file)).then(() => file);
  drawing.set(file, done);
  return done;
}

/** Starts drawing every card that is not cached, in the workers, while the build goes on. */
export function prefetchCards(cards: Iterable<CardModel>): void {
  for (const card of cards) cardFile(card).catch(() => undefined);
}

/** A card as a 1200 × 630 PNG. */
export async function cardPng(card: CardModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(readFileSync(await cardFile(card)));
}
