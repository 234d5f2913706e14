import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './tests/e2e/browser.ts';

/**
 * Browser tests run against BUILT sites served by `astro preview`
 * (see scripts/build-test-sites.ts):
 * - `content` and `grown`: dist/ (the real content) and dist-grown/ (the real
 *   content plus an editor's new article), with checks that hold for any valid
 *   content (tests/e2e/content);
 * - `fixture`: dist-fixture/ (tests/fixtures/corpus), where tests may assert
 *   particular figures, counts and order;
 * - `subpath`: dist-sub/ (fixtures, hostile HTML) at `/sub/`;
 * - `many`: dist-many/ (a generated corpus of many articles).
 * Playwright cannot download its own browser on machines without internet:
 * tests/e2e/browser.ts falls back to a system Chromium, then to the one inside
 * the @sparticuz/chromium npm package.
 */
const FIRST_PORT = Number(process.env.E2E_PORT ?? 4329);
const choice = await chooseBrowser();
// The config is loaded by the runner and again by each worker: say it once.
if (process.env.TEST_WORKER_INDEX === undefined)
  console.log(`Browser tests run in ${choice.description}`);
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: choice.executablePath, args: choice.args },
};

/** Sites built and tested only by `npm run test:full` (scripts/build-test-sites.ts builds them only then). */
const FULL_ONLY = new Set(['grown', 'many']);

/** One built site per project: its folder, base path, tests and what the tests need to know. */
const SITES = [
  {
    name: 'content',
    outDir: 'dist',
    base: '/',
    testMatch: 'content/**/*.spec.ts',
    metadata: { contentDir: 'content', outDir: 'dist' },
  },
  {
    name: 'grown',
    outDir: 'dist-grown',
    base: '/',
    testMatch: 'content/**/*.spec.ts',
    metadata: { contentDir: '.test-content/grown', outDir: 'dist-grown', grown: true },
  },
  {
    name: 'fixture',
    outDir: 'dist-fixture',
    base: '/',
    testMatch: 'fixture/**/*.spec.ts',
    metadata: {},
  },
  {
    name: 'subpath',
    outDir: 'dist-sub',
    base: '/sub/',
    testMatch: 'subpath/**/*.spec.ts',
    metadata: {},
  },
  { name: 'many', outDir: 'dist-many', base: '/', testMatch: 'many/**/*.spec.ts', metadata: {} },
]
  .map((site, index) => ({ ...site, url: `http://127.0.0.1:${FIRST_PORT + index}${site.base}` }))
  // A pull request's check runs the sites every change needs; the grown copy and the large generated corpus run on
  // main and nightly (`npm run test:full`, which sets MSS_FULL_TESTS): a pull request that adds an article is itself
  // the grown case.
  .filter((site) => process.env.MSS_FULL_TESTS === '1' || !FULL_ONLY.has(site.name));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: SITES.map((site) => ({
    name: site.name,
    testMatch: site.testMatch,
    metadata: site.metadata,
    use: { ...browser, baseURL: site.url },
  })),
  // --ignore-lock: run beside any preview server a developer already has open.
  webServer: SITES.map((site) => ({
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${new URL(site.url).port} --outDir ${site.outDir} --base ${site.base}`,
    url: site.url,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      BASE_PATH: site.base,
      ...(site.base === '/' ? {} : { SITE_URL: 'https://example.org' }),
    },
  })),
});
