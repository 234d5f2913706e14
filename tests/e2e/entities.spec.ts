import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('the first “Ruto” in an article links to his page, which lists the articles and the visit', async ({ page }) => {
  await page.goto('/articles/ruto-makes-surprise-visit-to-haiti/');
  const prose = page.locator('.prose');
  const rutoLinks = prose.getByRole('link', { name: /Ruto$/ });
  await expect(rutoLinks).toHaveCount(1);
  await rutoLinks.first().click();
  await expect(page).toHaveURL(/\/entities\/william-ruto\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('William Ruto');
  const articles = page.getByRole('region', { name: 'Articles' });
  for (const title of ['Ruto makes surprise visit to Haiti', 'Kenya prepares to send additional troops to Haiti', 'Ruto roots for UN Support Office to back Kenya-led Haiti security mission in a call with Rubio']) {
    await expect(articles.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Events' }).locator('#ruto-haiti-visit-2024-09')).toContainText('21 September 2024');
  await expect(page.getByRole('link', { name: 'Kenya', exact: true }).first()).toHaveAttribute('href', '/entities/kenya/');
});

test('later mentions stay plain text', async ({ page }) => {
  await page.goto('/articles/ruto-roots-for-un-support-office-in-call-with-rubio/');
  const links = await page.locator('.prose a[href="/entities/laurent-saint-cyr/"]').count();
  expect(links).toBe(1);
  await expect(page.locator('.prose')).toContainText('The delegation met Saint-Cyr');
});

test('/entities/ groups entities by kind, most mentioned first', async ({ page }) => {
  await page.goto('/entities/');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(['People', 'Organisations', 'Countries', 'Places', 'Missions']);
  const countries = page.getByRole('region', { name: 'Countries' });
  await expect(countries.getByRole('listitem').first()).toContainText(/Haiti|Kenya/);
  await expect(countries.getByRole('listitem').first()).toContainText('3 articles');
  await expect(page.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Godfrey Otunge' })).toBeVisible();
});

test('a country page shows its personnel figures with quotes', async ({ page }) => {
  await page.goto('/entities/kenya/');
  const table = page.getByRole('table', { name: /Personnel figures for Kenya/ });
  await expect(table.getByRole('row')).toHaveCount(1 + 5);
  await expect(table).toContainText('Kenya currently leads the force, with 800 officers on the ground since June 2024.');
  await expect(table).toContainText('about 400');
});

test('a person page names their country', async ({ page }) => {
  await page.goto('/entities/godfrey-otunge/');
  await page.getByRole('link', { name: 'Kenya', exact: true }).first().click();
  await expect(page).toHaveURL(/\/entities\/kenya\/$/);
});

test('each entity has a valid RSS feed linked from its page', async ({ page, request }) => {
  await page.goto('/entities/jamaica/');
  const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"][title*="Jamaica"]').getAttribute('href');
  expect(feed).toBe('/entities/jamaica/rss.xml');
  const xml = await (await request.get(feed!)).text();
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      title: doc.querySelector('channel > title')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')?.textContent, link: item.querySelector('link')?.textContent, date: item.querySelector('pubDate')?.textContent })),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.version).toBe('2.0');
  expect(parsed.title).toContain('Jamaica');
  expect(parsed.items).toEqual([
    { title: 'Kenya prepares to send additional troops to Haiti', link: expect.stringMatching(/^https?:\/\/[^/]+\/articles\/kenya-prepares-to-send-additional-troops-to-haiti\/$/), date: expect.stringContaining('2024') },
  ]);
});

test('entities.json lists each entity with its mention count and related ids', async ({ request }) => {
  const entities = (await (await request.get('/data/entities.json')).json()) as { id: string; mention_count: number; related: string[] }[];
  const ruto = entities.find((entity) => entity.id === 'william-ruto');
  expect(ruto?.mention_count).toBe(3);
  expect(ruto?.related.length).toBe(10);
  expect(entities).toHaveLength(39);
});

test('axe finds no violations on the entity index and on every entity page', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/entities/');
  await expectNoAxeViolations(page);
  const entities = (await (await request.get('/data/entities.json')).json()) as { id: string }[];
  for (const { id } of entities) {
    await page.goto(`/entities/${id}/`);
    await expectNoAxeViolations(page);
  }
});
