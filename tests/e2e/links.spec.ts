import { test } from '@playwright/test';
import { expectNoBrokenLinks } from './crawl.ts';

test('every internal link on every page resolves (base /)', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  await expectNoBrokenLinks(request, new URL(baseURL!).origin, '/');
});
