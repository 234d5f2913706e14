/**
 * The browser tests' `test` and `expect`: Playwright's, with a browser that is
 * relaunched once when it crashes at launch. The run says so in its log, so a
 * machine whose browser crashes is seen, not hidden: a second crash fails the run.
 */
import { test as base } from '@playwright/test';

export { expect, type APIRequestContext, type Page } from '@playwright/test';

export const test = base.extend<object, object>({
  browser: [
    async ({ playwright, browserName, launchOptions }, use, workerInfo) => {
      const browserType = playwright[browserName];
      let browser;
      try {
        browser = await browserType.launch(launchOptions);
      } catch (error) {
        const first = String(error).split('\n')[0];
        console.warn(
          `[worker ${workerInfo.workerIndex}] Chromium failed to launch (${first}); launching it once more.`,
        );
        browser = await browserType.launch(launchOptions);
      }
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});
