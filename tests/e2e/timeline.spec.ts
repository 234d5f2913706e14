import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('the Ruto visit appears once, with both seed articles as sources', async ({ page }) => {
  await page.goto('/timeline/');
  const visit = page.locator('#ruto-haiti-visit-2024-09');
  await expect(visit).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /makes a surprise visit to Haiti|visits Kenyan officers/ })).toHaveCount(1);
  await expect(visit).toContainText('21 September 2024');
  await expect(visit).toContainText('2 sources');
  await expect(visit.getByRole('link', { name: 'Ruto makes surprise visit to Haiti' })).toHaveAttribute('href', '/articles/ruto-makes-surprise-visit-to-haiti/');
  await expect(visit.getByRole('link', { name: 'Kenya prepares to send additional troops to Haiti' })).toBeVisible();
  await expect(visit.getByRole('blockquote')).toHaveCount(2);
});

test('dates read at their precision, grouped by year and month', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('#first-kenyan-contingent-2024-06 time')).toHaveText('June 2024');
  await expect(page.locator('#jovenel-moise-assassination-2021 time')).toHaveText('2021');
  await expect(page.getByRole('heading', { level: 2, name: '2024' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'June 2024' })).toBeVisible();
  const dates = await page.locator('.timeline li time').allTextContents();
  expect(dates[0]).toBe('2021');
  expect(dates.indexOf('July 2023')).toBeLessThan(dates.indexOf('October 2023'));
  expect(dates.at(-1)).toBe('August 2025');
});

test('the kind filter page lists only that kind, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  await page.getByRole('navigation', { name: 'Timeline filters' }).getByRole('link', { name: /UN action/ }).click();
  await expect(page).toHaveURL(/\/timeline\/kind\/un-action\/$/);
  const badges = await page.locator('.timeline li .badge').allTextContents();
  expect(badges.length).toBe(2);
  for (const badge of badges) expect(badge).toContain('UN action');
  await context.close();
});

test('the year filter page lists only that year', async ({ page }) => {
  await page.goto('/timeline/2023/');
  const dates = await page.locator('.timeline li time').allTextContents();
  expect(dates).toEqual(['July 2023', 'October 2023']);
});

test("an article's “on the timeline” link lands on the entry", async ({ page }) => {
  await page.goto('/articles/kenya-prepares-to-send-additional-troops-to-haiti/');
  await page.getByRole('link', { name: 'On the timeline: First group of 400 Kenyan officers deployed to Haiti' }).click();
  await expect(page).toHaveURL(/\/timeline\/2024\/#first-kenyan-contingent-2024-06$/);
  const entry = page.locator('#first-kenyan-contingent-2024-06');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading')).toHaveText('First group of 400 Kenyan officers deployed to Haiti');
});

test('events.json holds the merged events with their sources, sorted as on the page', async ({ request }) => {
  const response = await request.get('/data/events.json');
  expect(response.ok()).toBe(true);
  const events = (await response.json()) as { id: string; date: string; precision: string; sources: { article: string }[] }[];
  expect(events).toHaveLength(11);
  expect(events[0]).toMatchObject({ id: 'jovenel-moise-assassination-2021', date: '2021', precision: 'year' });
  const visit = events.find((event) => event.id === 'ruto-haiti-visit-2024-09');
  expect(visit?.sources.map((source) => source.article).sort()).toEqual(['kenya-prepares-to-send-additional-troops-to-haiti', 'ruto-makes-surprise-visit-to-haiti']);
  expect(visit).toMatchObject({ date: '2024-09-21', precision: 'day' });
});

for (const path of ['/timeline/', '/timeline/2024/', '/timeline/kind/visit/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('the timeline is keyboard reachable and ships no JavaScript', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('script')).toHaveCount(0);
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  expect(focused).toBe('A');
});
