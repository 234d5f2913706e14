/**
 * `npm run bench:profile -- [articles=1000] [--bare]`: builds a generated corpus once
 * under `node --cpu-prof` and prints where the time goes: self time grouped by
 * package (or by file for the project's own code), largest first; `--bare`
 * profiles the bare Astro site of bench/run.ts on the same corpus. The raw
 * .cpuprofile is kept for Chrome DevTools or speedscope.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareSite } from './bareSite.ts';
import { generateCorpus } from './generate.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const root = resolve(import.meta.dirname, '..');
const bare = process.argv.includes('--bare');
const n = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1000);
const work = mkdtempSync(join(tmpdir(), 'mss-profile-'));
generateCorpus(join(work, 'content'), n, 42);
const siteRoot = bare ? join(root, 'bench', '.bare-site') : root;
if (bare) writeBareSite(siteRoot, join(work, 'content', 'articles'));
rmSync(join(siteRoot, 'node_modules', '.astro'), { recursive: true, force: true });
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${join(work, 'prof')}`,
    join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    '--root',
    siteRoot,
    '--outDir',
    join(work, 'dist'),
  ],
  {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: join(work, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  },
);
if (result.status !== 0) throw new Error(result.stderr.slice(-2000));
console.log(
  `astro build of ${n} articles (${bare ? 'bare Astro site' : 'the tracker'}) under the profiler: ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

/** Where a frame's code lives: a package name, one of our files, or a runtime bucket. */
function bucket(url: string, name: string): string {
  if (!url)
    return name === '(garbage collector)' || name === '(idle)' || name === '(program)'
      ? name
      : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node (runtime)';
  const own = url.indexOf('/src/');
  return own >= 0 ? url.slice(own + 1).replace(/\?.*$/, '') : url.replace(/^file:\/\//, '');
}

for (const file of readdirSync(join(work, 'prof'))) {
  const profile = JSON.parse(readFileSync(join(work, 'prof', file), 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = bucket(node.callFrame.url, node.callFrame.functionName);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  if (total < 1000) continue;
  console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(
      `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`,
    );
  console.log(`  raw profile: ${join(work, 'prof', file)}`);
}
