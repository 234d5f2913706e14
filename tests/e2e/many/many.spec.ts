import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';
import { expectNoBrokenLinks } from '../crawl.ts';

// Quality gates on a generated corpus of 200 articles and 200 entities
// (scripts/build-test-sites.ts): pagination, long timelines and busy charts.

test('every internal link on every page of a large corpus resolves', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  await expectNoBrokenLinks(request, new URL(baseURL!).origin, '/');
});

test('the article list paginates', async ({ page }) => {
  await page.goto('/articles/');
  await expect(page.getByText('200 news articles about the mission, newest first. Page 1 of 10.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 10' }).click();
  await expect(page).toHaveURL(/\/articles\/page\/10\/$/);
  await expect(page.locator('main article')).toHaveCount(20);
});

for (const [name, path] of [
  ['home', '/'],
  ['article list', '/articles/page/2/'],
  ['article', '/articles/generated-00042/'],
  ['timeline', '/timeline/'],
  ['timeline year', '/timeline/2024/'],
  ['timeline kind', '/timeline/kind/funding/'],
  ['entity index', '/entities/'],
  ['country entity', '/entities/e000-' ],
  ['deployments', '/deployments/'],
] as const) {
  test(`axe finds no violations on the ${name} page of a large corpus`, async ({ page, request }) => {
    let target: string = path;
    if (path.startsWith('/entities/e000-')) {
      const entities = (await (await request.get('/data/entities.json')).json()) as { id: string }[];
      target = `/entities/${entities.find((entity) => entity.id.startsWith('e000-'))!.id}/`;
    }
    await page.goto(target);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
