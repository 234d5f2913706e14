/**
 * Incremental builds restore every page whose cache key is unchanged (src/view/cacheKey.ts). A key
 * that misses something a page shows would deploy a stale page, so this builds the fixture corpus,
 * edits it as editors do (an article's body, another article's title, an entity's name), builds
 * again from the cache, and compares the result file by file with a build from no cache at all.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeTurn } from '../fixtures/astroTurn.ts';

const work = mkdtempSync(join(tmpdir(), 'mss-incremental-'));
// Its builds run Astro on this project: one such test file at a time.
let handBack: (() => void) | undefined;
beforeAll(async () => {
  handBack = await takeTurn();
}, 240_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  handBack?.();
});
const content = join(work, 'content');
cpSync('tests/fixtures/corpus', content, { recursive: true });

/** `astro build` of the corpus with its own cache folder; the log says which pages were restored. */
function build(outDir: string, cacheDir: string): string {
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: cacheDir,
    },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const filesOf = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();

/** Replaces text in a content file, failing when the text is not there. */
function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('an incremental build', () => {
  it('restores unchanged pages and writes the same site as a build from nothing', () => {
    const cache = join(work, 'cache');
    build(join(work, 'first'), cache);

    edit(
      'articles/ruto-makes-surprise-visit-to-haiti.md',
      'title: Ruto makes surprise visit to Haiti',
      'title: Ruto makes a surprise visit to Haiti',
    );
    const troops = 'articles/kenya-prepares-to-send-additional-troops-to-haiti.md';
    writeFileSync(
      join(content, troops),
      `${readFileSync(join(content, troops), 'utf8')}\nA sentence added by an editor.\n`,
    );
    edit('entities/kenya.md', 'name: Kenya', 'name: Republic of Kenya');

    const log = build(join(work, 'warm'), cache);
    const restored = (log.match(/\(restored\)/g) ?? []).length;
    expect(restored).toBeGreaterThan(0);
    // Every page that names Kenya or lists an edited article is made again, not restored.
    expect(log).not.toMatch(/\/entities\/kenya\/index\.html \(restored\)/);
    expect(log).not.toMatch(
      /\/articles\/ruto-makes-surprise-visit-to-haiti\/index\.html \(restored\)/,
    );

    build(join(work, 'cold'), join(work, 'no-cache'));
    const [warm, cold] = [join(work, 'warm'), join(work, 'cold')];
    expect(filesOf(warm)).toEqual(filesOf(cold));
    const differing = filesOf(cold).filter(
      (path) => !readFileSync(join(warm, path)).equals(readFileSync(join(cold, path))),
    );
    expect(differing).toEqual([]);
    expect(readFileSync(join(warm, 'entities/kenya/index.html'), 'utf8')).toContain(
      'Republic of Kenya',
    );
  }, 240_000);
});
