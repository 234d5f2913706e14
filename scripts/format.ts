/**
 * `npm run format`: Prettier over the code (print width 100; .prettierrc.json, .prettierignore).
 * `npm run format -- --check` changes nothing and fails when a file is not formatted, as CI runs it.
 * Content files keep the desk's own layout (`npm run format:content`).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const check = process.argv.includes('--check');
const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const result = spawnSync(
  process.execPath,
  [prettier, '.', check ? '--check' : '--write', '--log-level', check ? 'log' : 'warn'],
  { stdio: 'inherit' },
);
if (check && result.status !== 0) console.error('Run `npm run format` to format these files.');
process.exit(result.status ?? 1);
