import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '@/build/images/png.mjs';

const require = createRequire(import.meta.url);
beforeAll(async () => {
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch(
    (error: unknown) => {
      // Another test file in the same worker may have started it already.
      if (!String(error).includes('Already initialized')) throw error;
    },
  );
});

/** The pixels another decoder (resvg, reading the PNG as an SVG image) sees in `png`. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="pixelated" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  const resvg = new Resvg(svg);
  const image = resvg.render();
  const pixels = image.pixels.slice();
  image.free();
  resvg.free();
  return pixels;
}

describe('PNG encoder', () => {
  it('writes pixels another decoder reads back exactly', () => {
    const width = 5;
    const height = 3;
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++)
      pixels.set([(i * 53) % 256, (i * 97) % 256, (i * 31) % 256, 255], i * 4);
    const png = encodePng(pixels, width, height);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(decode(png, width, height)).toEqual(pixels);
  });

  it('says what is wrong when the pixels do not fit the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(
      '10 bytes for 2 × 2 RGBA pixels (expected 16)',
    );
  });
});
