/**
 * resvg (its WebAssembly build) set up once per thread: SVG in, PNG out. Used
 * by the drawing threads (cardWorker.mjs) and, for a card's SVG in tests, by
 * the main thread. Plain JavaScript so a worker runs it as it is.
 *
 * WebAssembly memory is freed by hand after each drawing, so a thread draws
 * any number of images in the same memory (the native resvg-js kept memory
 * for every drawing; bench/RESULTS.md).
 */
import { readFileSync } from 'node:fs';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { encodePng } from './png.mjs';

/**
 * @typedef {object} RasterSetup
 * @property {string} wasm path of resvg's .wasm file
 * @property {readonly string[]} fontFiles TrueType files for SVG text (charts); cards come as paths
 * @property {string} defaultFont family used when an SVG names none
 * @property {string} background colour painted under every image, so every pixel is opaque (see png.mjs)
 */

/**
 * @param {RasterSetup} setup
 * @returns {Promise<(svg: string, width: number, withText: boolean) => Buffer>} draws `svg` `width` pixels wide; `withText` loads the fonts
 */
export async function startRasteriser({ wasm, fontFiles, defaultFont, background }) {
  await initWasm(readFileSync(wasm)).catch((error) => {
    // A second setup in the same thread (tests) finds it started.
    if (!String(error).includes('Already initialized')) throw error;
  });
  /** @type {Uint8Array[] | undefined} */
  let fontBuffers;
  return (svg, width, withText) => {
    const font = withText
      ? {
          fontBuffers: (fontBuffers ??= fontFiles.map(
            (file) => new Uint8Array(readFileSync(file)),
          )),
          defaultFontFamily: defaultFont,
        }
      : undefined;
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      background,
      ...(font && { font }),
    });
    const image = resvg.render();
    try {
      return encodePng(image.pixels, image.width, image.height);
    } finally {
      image.free();
      resvg.free();
    }
  };
}

/**
 * A chart as the image a card shows beside its text: a PNG data URL (satori draws no text inside
 * an SVG image, so the chart is rasterised first, with the fonts).
 * @param {(svg: string, width: number, withText: boolean) => Buffer} rasterise from startRasteriser
 * @param {{ svg: string, width: number }} chart
 */
export const chartDataUrl = (rasterise, chart) =>
  `data:image/png;base64,${rasterise(chart.svg, chart.width, true).toString('base64')}`;
