/**
 * `npm run bench`: builds the site on synthetic corpora and prints what the
 * quality targets are about: check and build times (with Pagefind), peak
 * memory, pages written, page weights, and our build time against a bare Astro
 * markdown site with the same article bodies and the same Astro version.
 * Results go to stdout and are appended to bench/RESULTS.md.
 *
 * Ours and the bare site are built in turn (3 pairs at 1k, 2 at 10k) and the
 * median of the pairwise ratios is reported, since absolute times on a shared
 * machine vary up to 3× between runs. Each pair also builds ours again with
 * only the image cache kept: the difference to the cold build is what drawing
 * the social cards and chart images adds to a build (they are drawn in worker
 * threads while pages render, so it is less than the drawing time). Also: a
 * warm rebuild after editing one article, and how long `astro dev` takes to
 * show an edited article (1k; the median of three edits).
 *
 *   npm run bench                 # N = 1,000 and 10,000
 *   npm run bench -- --quick      # N = 200 (CI smoke)
 *   npm run bench -- --sizes 500,2000
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, hostname, totalmem, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { writeBareSite } from './bareSite.ts';
import { generateCorpus } from './generate.ts';
import { commitCorpus } from './history.ts';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'node_modules', '.bin');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
};
const args = process.argv.slice(2);
const sizes = args.includes('--quick')
  ? [200]
  : (args[args.indexOf('--sizes') + 1] ?? '1000,10000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);

interface Run {
  seconds: number;
  peakMb?: number;
  output: string;
}

/** Runs a command, timing it and reading peak RSS from /usr/bin/time when the machine has it. */
function run(
  command: string,
  commandArgs: string[],
  extraEnv: Record<string, string> = {},
  cwd = root,
): Run {
  const timed = existsSync('/usr/bin/time');
  const [file, fileArgs] = timed
    ? ['/usr/bin/time', ['-v', command, ...commandArgs]]
    : [command, commandArgs];
  const started = performance.now();
  const result = spawnSync(file, fileArgs, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${output.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : undefined, output };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file)).length;

/** gzip bytes of a page plus the CSS and JS it loads, and the JS alone. */
function pageWeight(dist: string, page: string): { total: number; js: number } {
  const html = readFileSync(page, 'utf8');
  let total = gzipSize(page);
  let js = 0;
  for (const [, href] of html.matchAll(
    /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g,
  )) {
    if (href) total += gzipSize(join(dist, href));
  }
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const size = gzipSize(join(dist, src!));
    total += size;
    js += size;
  }
  // Inline scripts count as JS, except structured data (JSON-LD), which no browser runs.
  for (const [, inline] of html.matchAll(
    /<script(?![^>]*src=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
  ))
    js += gzipSync(inline ?? '').length;
  return { total, js };
}

interface Result {
  n: number;
  checkSeconds: number;
  /** Every pair of builds, ours and the bare site's, run one after the other. */
  /** `imagesCached`: ours built again with only the image cache kept. */
  pairs: {
    astro: number;
    bare: number;
    pagefind: number;
    imagesCached: number;
    peakMb?: number;
    barePeakMb?: number;
  }[];
  pages: number;
  /** HTML pages the bare site wrote (as many as ours). */
  barePages: number;
  warmSeconds: number;
  /** The warm rebuild's phases, and how many pages and files Astro restored instead of rendering. */
  warm: { astro: number; pagefind: number; restored: number };
  devReloadSeconds?: number;
  weights: Record<string, { total: number; js: number }>;
  /** The git history pass in a cold build: seconds, commits read, corrections found. */
  history: { seconds: number; commits: number; corrections: number };
  /** Social cards and chart images: drawn in a cold build (and seconds spent), drawn again in the warm one. */
  images: { drawn: number; seconds: number; warmDrawn: number };
  /** The same corpus built in English alone (SITE_LANGUAGES=en): what the two other editions cost. */
  englishOnly: { astro: number; pages: number };
}

/** The numbers a build prints when MSS_BUILD_STATS is set (src/build/siteData.ts, src/build/images/images.ts). */
function buildStats(output: string): {
  history: Result['history'];
  drawn: number;
  imageSeconds: number;
} {
  const history = /\[build-stats\] history ([\d.]+) s, (\d+) commits, (\d+) corrections/.exec(
    output,
  );
  const images = /\[build-stats\] images drawn (\d+) in ([\d.]+) s/.exec(output);
  return {
    history: {
      seconds: Number(history?.[1] ?? NaN),
      commits: Number(history?.[2] ?? 0),
      corrections: Number(history?.[3] ?? 0),
    },
    drawn: Number(images?.[1] ?? 0),
    imageSeconds: Number(images?.[2] ?? NaN),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Pairs to run per size: the machine is noisy, so ours and the bare site alternate. */
const pairsFor = (n: number): number => (n >= 5000 ? 2 : 3);

/** Edits timed per dev server: one edit moved by ±0.5 s with the host's noise. */
const DEV_EDITS = 3;

/**
 * Starts `astro dev` on the corpus, edits one article a few times and times each edit until the page
 * shows it; returns the median (every edit is printed) and leaves the article as it was.
 */
async function devReload(corpus: string, slug: string): Promise<number | undefined> {
  const { spawn } = await import('node:child_process');
  const port = 4399;
  const server = spawn(
    join(bin, 'astro'),
    ['dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, env: { ...env, CONTENT_DIR: corpus }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/articles/${slug}/`;
  const fetchText = async (): Promise<string> => {
    try {
      return await (await fetch(url, { headers: { accept: 'text/html' } })).text();
    } catch {
      return '';
    }
  };
  const file = join(corpus, 'articles', `${slug}.md`);
  const original = readFileSync(file, 'utf8');
  const timeEdit = async (edit: number): Promise<number | undefined> => {
    const marker = `Edited for the benchmark ${edit} ${Date.now()}.`;
    const started = performance.now();
    writeFileSync(file, `${original}\n${marker}\n`);
    for (let i = 0; i < 600; i++) {
      if ((await fetchText()).includes(marker)) return (performance.now() - started) / 1000;
      await new Promise((done) => setTimeout(done, 100));
    }
    return undefined;
  };
  try {
    for (let i = 0; i < 600 && !(await fetchText()).includes('</html>'); i++)
      await new Promise((done) => setTimeout(done, 500));
    const times: number[] = [];
    for (let edit = 1; edit <= DEV_EDITS; edit++) {
      const seconds = await timeEdit(edit);
      if (seconds === undefined) return undefined;
      times.push(seconds);
      // Let the server settle (the full reload it sends, the store written) before the next save.
      await new Promise((done) => setTimeout(done, 1500));
    }
    console.log(
      `astro dev: edits shown after ${times.map((seconds) => seconds.toFixed(2)).join(', ')} s`,
    );
    return median(times);
  } finally {
    server.kill();
    writeFileSync(file, original);
  }
}

async function benchmark(n: number): Promise<Result> {
  const work = join(tmpdir(), `mss-bench-${n}`);
  const corpus = join(work, 'content');
  const dist = join(work, 'dist');
  console.log(`\n== N = ${n.toLocaleString('en')} ==`);
  const generated = generateCorpus(corpus, n, 42);
  console.log(
    `corpus: ${generated.articles} articles, ${generated.entities} entities in ${corpus}`,
  );
  const committed = commitCorpus(corpus);
  console.log(
    `git history: ${committed.commits} commits, ${committed.corrections} of them correcting a figure`,
  );

  // Cold builds: no content cache carried over from earlier runs.
  const astroCache = join(root, 'node_modules', '.astro');
  const cold = (): void => rmSync(astroCache, { recursive: true, force: true });
  cold();
  const check = run('npm', ['run', 'check', '--silent'], { CONTENT_DIR: corpus });
  console.log(`npm run check: ${check.seconds.toFixed(1)} s`);

  const bare = join(root, 'bench', '.bare-site');
  const pairs: Result['pairs'] = [];
  let output = '';
  const ours = (): Run =>
    run(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'],
      { CONTENT_DIR: corpus, OUT_DIR: dist, MSS_BUILD_STATS: '1' },
    );
  const step = (build: Run, name: string): number =>
    Number(new RegExp(`\\[build-step\\] ${name} ([\\d.]+) s`).exec(build.output)?.[1] ?? NaN);
  for (let i = 0; i < pairsFor(n); i++) {
    cold();
    const build = ours();
    output = build.output;
    // The bare site writes as many HTML pages as ours does (bench/bareSite.ts).
    if (i === 0) writeBareSite(bare, join(corpus, 'articles'), htmlFiles(dist).length);
    rmSync(join(bare, 'node_modules'), { recursive: true, force: true });
    const bareRun = run(join(bin, 'astro'), [
      'build',
      '--root',
      bare,
      '--outDir',
      join(work, 'bare-dist'),
    ]);
    // Everything cold again but the images the build above drew.
    for (const entry of readdirSync(astroCache))
      if (entry !== 'mss-images') rmSync(join(astroCache, entry), { recursive: true, force: true });
    const imagesCached = step(ours(), 'astro');
    const astro = step(build, 'astro');
    pairs.push({
      astro,
      bare: bareRun.seconds,
      pagefind: step(build, 'pagefind'),
      imagesCached,
      peakMb: build.peakMb,
      barePeakMb: bareRun.peakMb,
    });
    console.log(
      `pair ${i + 1}: astro build ${astro.toFixed(1)} s, bare ${bareRun.seconds.toFixed(1)} s (ratio ${(astro / bareRun.seconds).toFixed(2)}), pagefind ${step(build, 'pagefind').toFixed(1)} s, peak RSS ${build.peakMb?.toFixed(0) ?? 'n/a'} MB vs bare ${bareRun.peakMb?.toFixed(0) ?? 'n/a'} MB; with the images cached ${imagesCached.toFixed(1)} s`,
    );
  }
  const coldStats = buildStats(output);
  console.log(
    `history pass: ${coldStats.history.seconds.toFixed(2)} s for ${coldStats.history.commits} commits (${coldStats.history.corrections} corrections); images: ${coldStats.drawn} drawn in ${coldStats.imageSeconds.toFixed(1)} s`,
  );
  const pages = htmlFiles(dist);

  // Warm: the content store kept from the last build, one article edited.
  const edited = join(corpus, 'articles', 'generated-00001.md');
  writeFileSync(
    edited,
    `${readFileSync(edited, 'utf8')}\nOne more sentence, edited for the warm rebuild.\n`,
  );
  const warm = run(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'],
    { CONTENT_DIR: corpus, OUT_DIR: dist, MSS_BUILD_STATS: '1' },
  );
  const warmDrawn = buildStats(warm.output).drawn;
  const restored = (warm.output.match(/\(restored\)/g) ?? []).length;
  const warmRun = { astro: step(warm, 'astro'), pagefind: step(warm, 'pagefind'), restored };
  console.log(
    `warm rebuild after editing one article: ${warm.seconds.toFixed(1)} s: astro build ${warmRun.astro.toFixed(1)} s (${restored} pages and files restored from the incremental cache), pagefind ${warmRun.pagefind.toFixed(1)} s (${warmDrawn} images drawn again)`,
  );

  // One cold build of the English edition alone (after the warm rebuild, which wants the caches kept),
  // to see what the French and Creole editions add.
  cold();
  const englishDist = join(work, 'dist-en');
  const english = run(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'],
    { CONTENT_DIR: corpus, OUT_DIR: englishDist, SITE_LANGUAGES: 'en' },
  );
  const englishOnly = {
    astro: Number(/\[build-step\] astro ([\d.]+) s/.exec(english.output)?.[1] ?? NaN),
    pages: htmlFiles(englishDist).length,
  };
  console.log(
    `English edition alone: astro build ${englishOnly.astro.toFixed(1)} s, ${englishOnly.pages} pages`,
  );
  rmSync(englishDist, { recursive: true, force: true });

  const largest = (prefix: string): string =>
    pages
      .filter((page) => relative(dist, page).startsWith(prefix))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? join(dist, 'index.html');
  const firstArticle = pages
    .filter((page) => relative(dist, page).startsWith('articles/generated-'))
    .sort()[0]!;
  const weights = {
    home: pageWeight(dist, join(dist, 'index.html')),
    article: pageWeight(dist, firstArticle),
    'largest timeline page': pageWeight(dist, largest('timeline/')),
    'largest entity page': pageWeight(dist, largest('entities/')),
    deployments: pageWeight(dist, join(dist, 'deployments', 'index.html')),
  };
  for (const [name, weight] of Object.entries(weights))
    console.log(`  ${name}: ${(weight.total / 1024).toFixed(1)} KB gzip (JS ${weight.js} B)`);

  const devReloadSeconds = n <= 1000 ? await devReload(corpus, 'generated-00002') : undefined;
  if (devReloadSeconds !== undefined)
    console.log(
      `astro dev: page shows an edited article after ${devReloadSeconds.toFixed(2)} s (median of ${DEV_EDITS} edits)`,
    );

  const barePages = htmlFiles(join(work, 'bare-dist')).length;
  rmSync(work, { recursive: true, force: true });
  return {
    n,
    checkSeconds: check.seconds,
    pairs,
    pages: pages.length,
    warmSeconds: warm.seconds,
    warm: warmRun,
    barePages,
    devReloadSeconds,
    weights,
    history: coldStats.history,
    images: { drawn: coldStats.drawn, seconds: coldStats.imageSeconds, warmDrawn },
    englishOnly,
  };
}

const results: Result[] = [];
for (const n of sizes) results.push(await benchmark(n));
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const gb = (mb: number | undefined): string => (mb ? (mb / 1024).toFixed(2) : 'n/a');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const rows = results.map((r) => {
  const ratios = r.pairs.map((pair) => pair.astro / pair.bare);
  const fair = r.pairs.map((pair) => pair.imagesCached / pair.bare);
  const peak = Math.max(...r.pairs.map((pair) => pair.peakMb ?? 0));
  const barePeak = Math.max(...r.pairs.map((pair) => pair.barePeakMb ?? 0));
  const coldAstro = median(r.pairs.map((pair) => pair.astro));
  const coldPagefind = median(r.pairs.map((pair) => pair.pagefind));
  return [
    r.n.toLocaleString('en'),
    r.checkSeconds.toFixed(1),
    r.pairs.map((pair) => pair.astro.toFixed(1)).join(', '),
    r.pairs.map((pair) => pair.imagesCached.toFixed(1)).join(', '),
    r.pairs.map((pair) => pair.bare.toFixed(1)).join(', '),
    `${r.pages} / ${r.barePages}`,
    `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`,
    `**${median(fair).toFixed(2)}** (${Math.min(...fair).toFixed(2)}-${Math.max(...fair).toFixed(2)})`,
    coldPagefind.toFixed(1),
    `${gb(peak)} / ${gb(barePeak)}`,
    `${r.warm.astro.toFixed(1)} (**${(r.warm.astro / coldAstro).toFixed(2)}** of cold), ${r.warm.restored} restored`,
    `${r.warm.pagefind.toFixed(1)} (**${(r.warm.pagefind / coldPagefind).toFixed(2)}** of cold)`,
    r.devReloadSeconds === undefined ? '-' : r.devReloadSeconds.toFixed(2),
    kb(r.weights.home!.total),
    `${kb(r.weights.article!.total)} (${r.weights.article!.js} B JS)`,
    kb(r.weights['largest timeline page']!.total),
    kb(r.weights['largest entity page']!.total),
    kb(r.weights.deployments!.total),
    `${r.history.seconds.toFixed(2)} (${r.history.commits.toLocaleString('en')} commits, ${r.history.corrections} corrections)`,
    `${r.images.drawn} in ${r.images.seconds.toFixed(1)} s (${((r.images.seconds / Math.max(1, r.images.drawn)) * 100).toFixed(1)} s per 100); warm: ${r.images.warmDrawn} drawn`,
    costOfImages(r),
    `${r.pages} / ${r.englishOnly.pages}; ${median(r.pairs.map((pair) => pair.astro)).toFixed(1)} / ${r.englishOnly.astro.toFixed(1)}`,
  ].join(' | ');
});
/** What drawing the images adds to a cold build: median (min-max) of cold minus images-cached, per pair. */
function costOfImages(r: Result): string {
  const costs = r.pairs.map((pair) => pair.astro - pair.imagesCached);
  return `**${median(costs).toFixed(1)}** (${Math.min(...costs).toFixed(1)} to ${Math.max(...costs).toFixed(1)})`;
}
const medianAstro = (r: Result): number => median(r.pairs.map((pair) => pair.astro));
const medianBare = (r: Result): number => median(r.pairs.map((pair) => pair.bare));
const scaling =
  results.length >= 2
    ? `t(${results.at(-1)!.n})/t(${results[0]!.n}), medians of astro build: ours ${(medianAstro(results.at(-1)!) / medianAstro(results[0]!)).toFixed(2)}, bare ${(medianBare(results.at(-1)!) / medianBare(results[0]!)).toFixed(2)}`
    : '';
const table = [
  '',
  `### ${date} on ${hostname()} (${machine})`,
  '',
  '| N | check s | astro build s, cold (each pair) | astro build s, images cached (each pair) | bare s (each pair) | HTML pages ours / bare | cold / bare: median (min-max) | images cached / bare (fair): median (min-max) | pagefind s (cold) | peak RSS GB ours / bare | warm astro build s after one edit (of cold), pages restored | warm pagefind s (of cold) | dev reload s (median of 3 edits) | home KB | article KB | timeline KB | entity KB | deployments KB | git history pass s | images (cards, charts) cold: drawn in worker s | what drawing images adds to a cold build s: cold - images cached, median (min to max) | pages, astro s: 3 editions / English alone |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row} |`),
  '',
  scaling,
  '',
].join('\n');
console.log(table);
const resultsFile = join(root, 'bench', 'RESULTS.md');
if (!existsSync(resultsFile))
  writeFileSync(
    resultsFile,
    '# Benchmark results\n\nWritten by `npm run bench` (bench/run.ts). Page weights are gzip bytes of the HTML plus the CSS and JS it loads.\n',
  );
appendFileSync(resultsFile, table);
