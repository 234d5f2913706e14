/**
 * Draws social cards off the main thread: satori lays a card's tree out and
 * turns its text into paths, resvg rasterises it, the PNG is written to the
 * file the main thread names. Plain JavaScript so Node runs it as it is (see
 * src/render/images.ts, which starts it and sends the work).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { encodePng } from './png.mjs';

const { fonts: specs, wasm, background } = workerData;
await initWasm(readFileSync(wasm));
const fonts = specs.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' }));

// One card at a time: satori awaits inside, and drawing hundreds at once would hold them all in memory.
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() => draw(job));
});

async function draw({ id, tree, width, height, file }) {
  const started = performance.now();
  try {
    const svg = await satori(tree, { width, height, fonts });
    // satori has turned every letter into a path: resvg needs no font to draw the card.
    // Drawn onto the card's paper colour, so every pixel is opaque (see png.mjs).
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background });
    const image = resvg.render();
    const png = encodePng(image.pixels, image.width, image.height);
    // WebAssembly memory is freed by hand, so a worker draws any number of cards in the same memory.
    image.free();
    resvg.free();
    // Written under another name first: a reader never sees half a file.
    writeFileSync(`${file}.${id}.tmp`, png);
    renameSync(`${file}.${id}.tmp`, file);
    parentPort.postMessage({ id, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
}
