/**
 * Images made at build time: social cards (satori lays the card out and turns
 * its text into paths; resvg rasterises) and chart PNGs (resvg, with the same
 * TrueType fonts so their text looks the same everywhere). No network: the
 * fonts come from npm packages (@expo-google-fonts/noto-sans, and
 * dejavu-fonts-ttf for the symbols Noto Sans lacks).
 *
 * Every image is cached under Astro's cache folder by a digest of what it is
 * made from, so an unchanged card is not drawn again on the next build. Every
 * image is drawn in worker threads (cardWorker.mjs; cards are sent as soon as
 * the build knows them, prefetchCards), so they are drawn while Astro renders
 * pages and the main thread draws nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import satori from 'satori';
import { IMAGE_FONT, PALETTE } from '@/lib/charts/palette.ts';
import { CARD_SIZE, CHART_WIDTH, cardTree } from '@/lib/cards/cardTree.ts';
import type { CardModel } from '@/lib/cards/cardModel.ts';
import { chartDataUrl, startRasteriser, type RasterSetup } from './raster.mjs';

/** Bumped when the drawing changes, so cached images are made again. */
const IMAGE_VERSION = 'mss-images-5';

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
const loadFonts = (): SatoriFont[] =>
  (fonts ??= FONT_SPECS.map((font) => ({
    name: font.name,
    data: readFileSync(font.path),
    weight: font.weight,
    style: 'normal' as const,
  })));

const cacheFolder = join(process.cwd(), 'node_modules', '.astro', 'mss-images');

/**
 * Images drawn and read from the cache in this process, the time spent drawing (summed over
 * threads) and the wall-clock span from the first drawing to the last (bench/run.ts reports them).
 */
const stats = { drawn: 0, cached: 0, seconds: 0, first: 0, last: 0 };
if (process.env.MSS_BUILD_STATS) {
  process.once('exit', () =>
    console.log(
      `[build-stats] images drawn ${stats.drawn} in ${stats.seconds.toFixed(2)} s (${((stats.last - stats.first) / 1000).toFixed(2)} s wall), ${stats.cached} from cache`,
    ),
  );
}
const drew = (seconds: number): void => {
  stats.drawn++;
  stats.seconds += seconds;
  stats.last = performance.now();
};

const fileOf = (source: string): string =>
  join(
    cacheFolder,
    `${createHash('sha256').update(`${IMAGE_VERSION}\n${source}`).digest('hex').slice(0, 32)}.png`,
  );

/** How resvg is set up in every thread (raster.mjs). */
const RASTER: RasterSetup = {
  wasm: require.resolve('@resvg/resvg-wasm/index_bg.wasm'),
  fontFiles: ALL_FONT_FILES,
  defaultFont: IMAGE_FONT,
  background: PALETTE.paper,
};
/** Where a card's tree takes its chart: the worker puts the rasterised chart there. */
const CHART_SLOT = 'mss-chart-slot';
/** A chart beside a card's text is rasterised at twice its width, for sharp lines when the card is scaled. */
const CHART_RESOLUTION = 2;

/** An SVG as PNG at `width` pixels wide, its text in the site's image font, drawn in a worker and cached. */
export async function svgToPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(readFileSync(await drawOnce(`png:${width}\n${svg}`, { svg, width }, true)));
}

/** The chart beside a card's text, as it is rasterised. */
const chartOf = (card: CardModel): { svg: string; width: number } | undefined =>
  card.chart === undefined ? undefined : { svg: card.chart, width: CHART_WIDTH * CHART_RESOLUTION };

let mainThreadRasteriser: ReturnType<typeof startRasteriser> | undefined;

/** The SVG satori makes of a card (text as paths). `missing` hears of any character the font lacks. */
export async function cardSvg(
  card: CardModel,
  missing?: (segment: string) => void,
): Promise<string> {
  const chart = chartOf(card);
  const chartSrc =
    chart && chartDataUrl(await (mainThreadRasteriser ??= startRasteriser(RASTER)), chart);
  return satori(cardTree(card, chartSrc) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: loadFonts(),
    loadAdditionalAsset: async (_code, segment) => {
      missing?.(segment);
      return [];
    },
  });
}

/** The worker threads that draw images: as many as the machine has cores, two at most, started on first use. */
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

/** What a worker draws (cardWorker.mjs): an SVG, or a card's tree with the chart for its slot. */
type Job =
  | { readonly svg: string; readonly width: number }
  | {
      readonly tree: unknown;
      readonly chart?: { readonly svg: string; readonly width: number };
      readonly width: number;
      readonly height: number;
    };

interface Task {
  readonly id: number;
  readonly file: string;
  readonly job: Job;
  started: boolean;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * Tasks not yet sent to a worker: the ones a page is waiting for first, then the ones sent ahead
 * (prefetchCards). A worker is handed one task at a time, so an image a page asks for is drawn
 * next rather than after every card queued before it.
 */
const urgent: Task[] = [];
const ahead: Task[] = [];
/** Tasks not yet sent, by file. */
const waiting = new Map<string, Task>();
/** Each worker and the task it is drawing. */
const workers: { readonly worker: Worker; task?: Task }[] = [];
let nextId = 0;

function startWorker(): (typeof workers)[number] {
  const worker = new Worker(join(process.cwd(), 'src', 'build', 'images', 'cardWorker.mjs'), {
    workerData: { fonts: FONT_SPECS, raster: RASTER, chartSlot: CHART_SLOT },
  });
  const slot: (typeof workers)[number] = { worker };
  // An idle worker never keeps the build from exiting.
  worker.unref();
  worker.on('message', ({ seconds, error }: { id: number; seconds?: number; error?: string }) => {
    const task = slot.task;
    slot.task = undefined;
    worker.unref();
    if (error) task?.reject(new Error(`Drawing an image failed: ${error}`));
    else {
      drew(seconds ?? 0);
      task?.resolve();
    }
    sendWork();
  });
  worker.on('error', (error) => {
    // A worker that failed draws nothing more: the images waiting fail with it, later ones get a new worker.
    workers.splice(workers.indexOf(slot), 1);
    slot.task?.reject(error);
    for (const task of waiting.values()) {
      task.started = true;
      task.reject(error);
    }
    waiting.clear();
  });
  workers.push(slot);
  return slot;
}

/** The next task not yet sent: one a page waits for, else one sent ahead. */
function nextTask(): Task | undefined {
  for (;;) {
    const task = urgent.shift() ?? ahead.shift();
    if (!task?.started) return task;
  }
}

/** Hands the next task to each idle worker, starting workers while fewer than WORKERS run. */
function sendWork(): void {
  while (waiting.size > 0) {
    const slot =
      workers.find((candidate) => !candidate.task) ??
      (workers.length < WORKERS ? startWorker() : undefined);
    const task = slot && nextTask();
    if (!slot || !task) return;
    task.started = true;
    waiting.delete(task.file);
    slot.task = task;
    slot.worker.ref();
    stats.first ||= performance.now();
    slot.worker.postMessage({ id: task.id, file: task.file, ...task.job });
  }
}

/** Images being drawn, by file: an image asked for twice is drawn once. */
const drawing = new Map<string, Promise<string>>();

/** The file of the image made from `source`, drawn by a worker if it is not cached; `now` when a page is waiting for it. */
function drawOnce(source: string, job: Job, now: boolean): Promise<string> {
  const file = fileOf(source);
  const pending = drawing.get(file);
  const queued = waiting.get(file);
  // Asked for by a page while still queued ahead: drawn next.
  if (now && queued) urgent.push(queued);
  if (pending) return pending;
  let done: Promise<string>;
  if (existsSync(file)) {
    stats.cached++;
    done = Promise.resolve(file);
  } else {
    mkdirSync(cacheFolder, { recursive: true });
    done = new Promise<void>((resolve, reject) => {
      const task: Task = { id: nextId++, file, job, started: false, resolve, reject };
      waiting.set(file, task);
      (now ? urgent : ahead).push(task);
    }).then(() => file);
    sendWork();
  }
  drawing.set(file, done);
  return done;
}

/**
 * The file of a card. Cached under the card's laid-out tree (with the chart's own SVG in place of
 * its picture), so a change to what it says or to how it is laid out draws it again.
 */
function cardFile(card: CardModel, now: boolean): Promise<string> {
  const chart = chartOf(card);
  return drawOnce(
    `card\n${JSON.stringify(cardTree(card, card.chart))}`,
    { tree: cardTree(card, chart && CHART_SLOT), ...(chart && { chart }), ...CARD_SIZE },
    now,
  );
}

/** Starts drawing every card that is not cached, in the workers, while the build goes on. */
export function prefetchCards(cards: Iterable<CardModel>): void {
  for (const card of cards) cardFile(card, false).catch(() => undefined);
}

/** A card as a 1200 × 630 PNG. */
export async function cardPng(card: CardModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(readFileSync(await cardFile(card, true)));
}
