/**
 * A PNG from opaque RGBA pixels, compressed by Node's own zlib, with no row
 * filter, at level 3: faster than resvg's `asPng()` (which deflates inside
 * WebAssembly) and than pngjs, for slightly larger files, which is the right
 * trade for a card fetched by sharing previews, not by readers (measured:
 * bench/RESULTS.md). Plain JavaScript so the card worker runs it as it is.
 *
 * The pixels must be opaque (resvg renders onto a background colour): resvg
 * hands out premultiplied RGBA, which is the same as straight RGBA only where
 * alpha is 255.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** One chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  data.copy(bytes, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/**
 * @param {Uint8Array} pixels RGBA, row by row, `width * height * 4` bytes
 * @param {number} width
 * @param {number} height
 * @returns {Buffer}
 */
export function encodePng(pixels, width, height) {
  const row = width * 4;
  if (pixels.length !== row * height)
    throw new Error(
      `encodePng: ${pixels.length} bytes for ${width} × ${height} RGBA pixels (expected ${row * height})`,
    );
  // Each row starts with its filter byte: 0, none.
  const scanlines = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++)
    scanlines.set(pixels.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
