import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './tests/e2e/browser.ts';

/**
 * Browser tests run against BUILT sites served by `astro preview`
 * (see scripts/build-test-sites.ts):
 * - project `site`: dist/ (the real content) at `/`;
 * - project `subpath`: dist-sub/ (real content + fixtures) at `/sub/`;
 * - project `many`: dist-many/ (a generated corpus of many articles) at `/`.
 * Playwright cannot download its own browser on machines without internet:
 * tests/e2e/browser.ts falls back to a system Chromium, then to the one inside
 * the @sparticuz/chromium npm package.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const SUB_PORT = PORT + 1;
const MANY_PORT = PORT + 2;
const choice = await chooseBrowser();
// The config is loaded by the runner and again by each worker: say it once.
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`Browser tests run in ${choice.description}`);
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: choice.executablePath, args: choice.args },
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
