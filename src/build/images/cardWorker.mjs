/**
 * Draws images off the main thread and writes each PNG to the file the main
 * thread names. Two kinds of job: a card (satori lays its tree out and turns
 * its text into paths; a chart beside the text is rasterised first and put in
 * the tree's chart slot) and an SVG chart (rasterised with the fonts). Plain
 * JavaScript so Node runs it as it is (see src/build/images/images.ts, which starts
 * it and sends the work).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { chartDataUrl, startRasteriser } from './raster.mjs';

const { fonts: specs, raster, chartSlot } = workerData;
const rasterise = await startRasteriser(raster);
const fonts = specs.map((font) => ({
  name: font.name,
  data: readFileSync(font.path),
  weight: font.weight,
  style: 'normal',
}));

/** The tree with `src` in place of the chart slot. */
const withChart = (node, src) =>
  typeof node !== 'object' || node === null
    ? node
    : node.props?.src === chartSlot
      ? { ...node, props: { ...node.props, src } }
      : {
          ...node,
          props: {
            ...node.props,
            children: Array.isArray(node.props?.children)
              ? node.props.children.map((child) => withChart(child, src))
              : withChart(node.props?.children, src),
          },
        };

async function png({ tree, chart, svg, width, height }) {
  if (svg !== undefined) return rasterise(svg, width, true);
  const laidOut = chart ? withChart(tree, chartDataUrl(rasterise, chart)) : tree;
  // satori has turned every letter into a path: resvg needs no font to draw the card.
  return rasterise(await satori(laidOut, { width, height, fonts }), width, false);
}

// One image at a time: satori awaits inside, and drawing hundreds at once would hold them all in memory.
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(() => draw(job));
});

async function draw(job) {
  const started = performance.now();
  try {
    const bytes = await png(job);
    // Written under another name first: a reader never sees half a file.
    writeFileSync(`${job.file}.${job.id}.tmp`, bytes);
    renameSync(`${job.file}.${job.id}.tmp`, job.file);
    parentPort.postMessage({ id: job.id, seconds: (performance.now() - started) / 1000 });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error?.stack ?? error) });
  }
}
