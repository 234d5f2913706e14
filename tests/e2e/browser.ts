import { existsSync } from 'node:fs';
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
const QUIET = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Flags of @sparticuz/chromium meant for AWS Lambda that break several pages in one browser. */
const LAMBDA_ONLY = new Set(['--single-process', '--no-zygote']);

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
  if (existsSync(bundled)) return { executablePath: undefined, args: QUIET, description: `Playwright's Chromium (${bundled})` };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { executablePath: fromEnv, args: QUIET, description: `CHROMIUM_PATH (${fromEnv})` };
  }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return { executablePath: found, args: QUIET, description: `system ${name} (${found})` };
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  const executablePath = await packaged.executablePath();
  const args = [...packaged.args.filter((arg) => !LAMBDA_ONLY.has(arg)), ...QUIET];
  return { executablePath, args, description: `Chromium from the @sparticuz/chromium npm package (${executablePath})` };
}
