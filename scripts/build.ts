/**
 * `npm run build`: checks content and builds with Astro, then indexes the site
 * for search with Pagefind. When any step fails no dist/ is left behind, so a
 * failed build can never be deployed as if it had succeeded.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const steps: [string, string[]][] = [
  ['astro', ['build', '--outDir', outDir]],
  // Readers search articles, entities and timeline years, in each edition (scripts/pagefind.ts);
  // reading every paginated list too would only slow the index down.
  ['pagefind', ['scripts/pagefind.ts', outDir]],
];

// The project's own binaries (and its Node 24) first on PATH, as `npm run` does,
// so this script also works when started directly.
const bin = resolve('node_modules', '.bin');
const env = {
  ASTRO_TELEMETRY_DISABLED: '1',
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
};

for (const [command, args] of steps) {
  const started = performance.now();
  // The index is made by a script of ours on the project's Node (tsx), Astro by its own binary.
  const result =
    command === 'pagefind'
      ? spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], {
          stdio: 'inherit',
          env,
        })
      : spawnSync(join(bin, command), args, { stdio: 'inherit', env });
  // Read by bench/run.ts to split build time into phases.
  console.log(`[build-step] ${command} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    console.error(
      `\nBuild failed at "${command} ${args.join(' ')}"; removed ${outDir} so no partial site is left behind.`,
    );
    process.exit(result.status ?? 1);
  }
}
console.log(`Site built in ${outDir}, search index included.`);
