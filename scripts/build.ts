/**
 * `npm run build`: checks content and builds with Astro, then indexes the site
 * for search with Pagefind. When any step fails no dist/ is left behind, so a
 * failed build can never be deployed as if it had succeeded.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const steps: [string, string[]][] = [
  ['astro', ['build', '--outDir', outDir]],
  ['pagefind', ['--site', outDir, '--silent']],
];

for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    console.error(`\nBuild failed at "${command} ${args.join(' ')}"; removed ${outDir} so no partial site is left behind.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`Site built in ${outDir}, search index included.`);
