import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** The Chromium the browser tests use, and why that one. */
export interface BrowserChoice {
  /** Passed to `chromium.launch`; undefined means Playwright's own browser. */
  executablePath: string | undefined;
  /** Extra launch arguments that browser needs. */
  args: string[];
  /** One line for the test log: which browser ran. */
  description: string;
}

/** Chromium's own flags for a closed network: no background traffic to hosts that cannot be reached. */
const QUIET = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Flags of @sparticuz/chromium meant for AWS Lambda: two break several pages in one browser, and two
 * switch off the same-origin policy and mixed-content blocking, which the tests must see as a reader's
 * browser applies them (the pages' security policy among them).
 */
const LAMBDA_ONLY = new Set([
  '--single-process',
  '--no-zygote',
  '--disable-web-security',
  '--allow-running-insecure-content',
]);

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Picks a browser in this order, so `npm test` works on a machine that has only
 * Node and npm: Playwright's own Chromium if installed → `CHROMIUM_PATH` → a
 * system `chromium` → the Chromium shipped inside the `@sparticuz/chromium`
 * npm package (unpacked under the temporary folder on first use).
 */
export async function chooseBrowser(): Promise<BrowserChoice> {
  const bundled = chromium.executablePath();
  if (existsSync(bundled))
    return {
      executablePath: undefined,
      args: QUIET,
      description: `Playwright's Chromium (${bundled})`,
    };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { executablePath: fromEnv, args: QUIET, description: `CHROMIUM_PATH (${fromEnv})` };
  }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found)
      return { executablePath: found, args: QUIET, description: `system ${name} (${found})` };
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  const executablePath = await unpackOnce(() => packaged.executablePath());
  const args = [...packaged.args.filter((arg) => !LAMBDA_ONLY.has(arg)), ...QUIET];
  return {
    executablePath,
    args,
    description: `Chromium from the @sparticuz/chromium npm package (${executablePath})`,
  };
}

/**
 * Unpacks the @sparticuz/chromium browser into a folder of its own, atomically.
 *
 * The package unpacks into the temporary folder and takes an existing
 * `chromium` file there as done, but that file exists from the first byte
 * written: a second process (Playwright's workers load this config too, and
 * two test runs may share a machine) could launch a half-written binary,
 * which crashes with SIGSEGV. Here each process unpacks into a staging folder
 * (the package reads the temporary folder from TMPDIR when called) and renames
 * it into place, so a folder that exists is complete.
 */
async function unpackOnce(unpack: () => Promise<string>): Promise<string> {
  const version = (
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../node_modules/@sparticuz/chromium/package.json'),
        'utf8',
      ),
    ) as { version: string }
  ).version;
  const folder = join(tmpdir(), `mss-sparticuz-chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = `${folder}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const before = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let unpacked: Promise<string>;
  try {
    unpacked = unpack(); // computes its paths from TMPDIR before its first await
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
  const path = await unpacked;
  if (path !== join(staging, 'chromium'))
    throw new Error(`@sparticuz/chromium unpacked to ${path}, not into ${staging}`);
  try {
    renameSync(staging, folder);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process put a complete copy there first
  }
  return binary;
}
