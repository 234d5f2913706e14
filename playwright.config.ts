import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against BUILT sites served by `astro preview`
 * (see scripts/build-test-sites.ts):
 * - project `site`: dist/ (the real content) at `/`;
 * - project `subpath`: dist-sub/ (real content + fixtures) at `/sub/`;
 * - project `many`: dist-many/ (a generated corpus of many articles) at `/`.
 * Playwright cannot download its own browser on machines without internet, so
 * Debian's Chromium is used when no Playwright browser is installed.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const SUB_PORT = PORT + 1;
const MANY_PORT = PORT + 2;
const bundled = chromium.executablePath();
const executablePath = existsSync(bundled) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'site', testIgnore: ['subpath/**', 'many/**'], use: { ...browser, baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'subpath', testMatch: 'subpath/**/*.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${SUB_PORT}/sub/` } },
    { name: 'many', testMatch: 'many/**/*.spec.ts', use: { ...browser, baseURL: `http://127.0.0.1:${MANY_PORT}` } },
  ],
  // --ignore-lock: run beside any preview server a developer already has open.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${SUB_PORT} --outDir dist-sub --base /sub/`,
      url: `http://127.0.0.1:${SUB_PORT}/sub/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { BASE_PATH: '/sub/', SITE_URL: 'https://example.org' },
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${MANY_PORT} --outDir dist-many`,
      url: `http://127.0.0.1:${MANY_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
