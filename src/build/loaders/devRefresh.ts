/**
 * What `astro dev` needs from the content loaders, in one place: the names the
 * dev server passes to Astro's `refreshContent` when a content file is saved
 * (src/build/integrations/contentContract.ts), and the file through which each pass
 * of the loaders tells the dev server that it ran and what its contract report
 * was (src/build/integrations/devContentReport.ts serves that report).
 *
 * The report is the loaders' own (one pipeline: the dev server does not check
 * the content a second time). It crosses in a file because the content config
 * runs in Vite's module runner, apart from the integration's modules.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The loaders a saved content file runs again: both collections' pass and the history (a commit made meanwhile). */
export const CONTENT_LOADER_NAMES = {
  entities: 'mss-entities',
  articles: 'mss-articles',
  history: 'mss-history',
} as const;

/** The last pass of the loaders in `astro dev`. */
export interface DevPass {
  /** Different for every pass. */
  readonly pass: string;
  /** The contract report, when the content breaks the contract. */
  readonly report?: string;
}

/**
 * Where the last pass is recorded in `astro dev`: one file per server process (the loaders run in
 * the server's own process), so two dev servers of one project (`--ignore-lock`) never read each
 * other's report.
 */
export function devPassFile(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), `mss-dev-pass-${process.pid}.json`);
}

/** Records a pass of the loaders and its report. */
export function writeDevPass(file: string, report: string | undefined): void {
  mkdirSync(dirname(file), { recursive: true });
  const pass: DevPass = { pass: randomUUID(), report };
  writeFileSync(file, JSON.stringify(pass));
}

/** The last pass recorded, if any. */
export function readDevPass(file: string): DevPass | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DevPass;
  } catch {
    return undefined;
  }
}

/** Forgets the passes of an earlier server. */
export function clearDevPass(file: string): void {
  rmSync(file, { force: true });
}
