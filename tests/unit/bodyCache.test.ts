import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyCache, readStoredBody } from '@/build/loaders/bodyCache.ts';

describe('bodyCache', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('writes bodies off the main thread; after flush each is read back from its file, and keepOnly prunes the rest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mss-bodies-'));
    const cache = bodyCache(pathToFileURL(`${dir}/`), '/content', { background: true });
    const files = Array.from({ length: 50 }, (_, i) =>
      cache.write(`digest-${i}`, { html: `<p>Body ${i}</p>`, text: `Body ${i}` }),
    );
    await cache.flush();
    expect(files.map((file) => readStoredBody(file).text)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Body ${i}`),
    );
    expect(cache.has('digest-7')).toBe(true);
    cache.keepOnly(new Set(['digest-7']));
    expect(cache.has('digest-8')).toBe(false);
    expect(
      readdirSync(join(dir, 'mss-bodies'), { recursive: true }).filter((name) =>
        String(name).endsWith('.json'),
      ),
    ).toHaveLength(1);
  });

  it('flush reports a body that could not be written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mss-bodies-'));
    const cache = bodyCache(pathToFileURL(`${dir}/`), '/content', { background: true });
    rmSync(join(dir, 'mss-bodies'), { recursive: true, force: true });
    cache.write('lost', { html: '', text: '' });
    await expect(cache.flush()).rejects.toThrow(/ENOENT/);
  });

  it('without background (astro dev) a body is on disk when write returns', () => {
    dir = mkdtempSync(join(tmpdir(), 'mss-bodies-'));
    const cache = bodyCache(pathToFileURL(`${dir}/`), '/content', { background: false });
    const file = cache.write('now', { html: '<p>Now</p>', text: 'Now' });
    expect(readStoredBody(file)).toEqual({ html: '<p>Now</p>', text: 'Now' });
  });

  it('a missing body says how to recover', () => {
    expect(() => readStoredBody('/nowhere/body.json')).toThrow(/Run the build again/);
  });
});
