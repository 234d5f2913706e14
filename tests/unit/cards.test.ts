import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCardKey, type CardModel } from '@/lib/cards/cardModel.ts';
import { cardTree, CARD_SIZE } from '@/lib/cards/cardTree.ts';
import { cardPng, cardSvg, svgToPng } from '@/build/images/images.ts';

const card: CardModel = {
  kicker: 'Trackè MSS Ayiti · Peyi',
  title: 'Misyon Sipò Sekirite Miltinasyonal an Ayiti',
  figure: 'Anviwon 991 sou 2 500 ki otorize sou teren an',
  detail: 'Les policiers déployés « à Port-au-Prince », l’œuvre · Kenya → MSS',
  address: 'mss-haiti-tracker.example.org/ht',
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

const cacheFolder = join(process.cwd(), 'node_modules', '.astro', 'mss-images');
const cachedNow = (): string[] => (existsSync(cacheFolder) ? readdirSync(cacheFolder) : []);
/**
 * The images of the cache a test drew: added since `before` and equal to one it was handed. Builds
 * that run beside the unit tests (the integration tests') add theirs to the same cache meanwhile.
 */
const drawnSince = (before: Set<string>, drawn: readonly Uint8Array[]): string[] =>
  cachedNow().filter(
    (name) =>
      !before.has(name) &&
      drawn.some((bytes) => readFileSync(join(cacheFolder, name)).equals(Buffer.from(bytes))),
  );
/** Removes the images a test drew from the cache, and only those. */
const removeDrawn = (before: Set<string>, drawn: readonly Uint8Array[]): void => {
  for (const name of drawnSince(before, drawn)) rmSync(join(cacheFolder, name));
};

describe('social cards', () => {
  it('has a glyph for every Kreyòl and French character, and for arrows', async () => {
    const missing: string[] = [];
    const svg = await cardSvg(card, (segment) => missing.push(segment));
    expect(missing).toEqual([]);
    // satori turns text into paths: no font is needed to show the card.
    expect(svg).not.toContain('<text');
  });

  it('is a 1200 × 630 PNG, drawn once and then read from the cache', async () => {
    const before = new Set(cachedNow());
    const unique = { ...card, address: `cache-test-${Date.now()}` };
    const first = await cardPng(unique);
    expect(pngSize(first)).toEqual(CARD_SIZE);
    const added = drawnSince(before, [first]);
    expect(added).toHaveLength(1);
    const second = await cardPng(unique);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(drawnSince(before, [first, second])).toEqual(added);
    removeDrawn(before, [first]);
  });

  it('draws a chart beside the text, and a chart on its own, in the drawing threads', async () => {
    const before = new Set(cachedNow());
    const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="400" viewBox="0 0 620 400"><rect width="620" height="400" fill="#fdfcf9"/><rect x="40" y="100" width="300" height="260" fill="#0b4f9c"/><text x="40" y="60" font-size="28">Personnel ${Date.now()}</text></svg>`;
    const plain = await cardPng({ ...card, address: `chart-test-${Date.now()}` });
    const withChart = await cardPng({ ...card, address: `chart-test-${Date.now()}`, chart });
    expect(pngSize(withChart)).toEqual(CARD_SIZE);
    expect(Buffer.from(withChart).equals(Buffer.from(plain))).toBe(false);
    const alone = await svgToPng(chart, 930);
    expect(pngSize(alone)).toEqual({ width: 930, height: 600 });
    // A drawing that fails says so, and the next one is drawn.
    await expect(svgToPng('<svg not closed', 100)).rejects.toThrow('Drawing an image failed');
    const small = await svgToPng(chart.replace('Personnel', 'Effectifs'), 310);
    expect(pngSize(small)).toEqual({ width: 310, height: 200 });
    removeDrawn(before, [plain, withChart, alone, small]);
  });

  it('gives long titles smaller type, and a chart half the card', () => {
    const size = (title: string) =>
      JSON.stringify(cardTree({ ...card, title })).match(
        /"fontSize":(\d+),"fontWeight":700,"color"/,
      )![1];
    expect(Number(size('Kenya'))).toBeGreaterThan(
      Number(size('A title long enough to need three lines on the card at the largest size')),
    );
    const withChart = JSON.stringify(cardTree(card, 'data:image/png;base64,AAAA'));
    expect(withChart).toContain('"type":"img"');
  });

  it('gives an article the card of its main country or mission', () => {
    const kinds: Record<string, string> = {
      kenya: 'country',
      mss: 'mission',
      ruto: 'person',
      jamaica: 'country',
    };
    const kindOf = (id: string) => kinds[id];
    expect(
      articleCardKey({ deployments: [{ country: 'jamaica' }] }, ['ruto', 'kenya'], kindOf),
    ).toBe('entities/jamaica');
    expect(articleCardKey({ deployments: [] }, ['ruto', 'mss', 'kenya'], kindOf)).toBe(
      'entities/mss',
    );
    expect(articleCardKey({ deployments: [] }, ['ruto'], kindOf)).toBe('home');
  });
});
