/**
 * Builds the two sites the browser tests run against:
 * - dist/: the real content at base `/`, exactly as `npm run build` makes it;
 * - dist-sub/: the real content plus test fixtures (hostile HTML), built with
 *   BASE_PATH=/sub/, to prove the site works from a sub-path and that unsafe
 *   markup never survives.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function build(env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

build({ OUT_DIR: 'dist' });

const content = mkdtempSync(join(tmpdir(), 'mss-test-content-'));
try {
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/hostile/articles', join(content, 'articles'), { recursive: true });
  build({ OUT_DIR: 'dist-sub', CONTENT_DIR: content, BASE_PATH: '/sub/', SITE_URL: 'https://example.org' });
} finally {
  rmSync(content, { recursive: true, force: true });
}
