import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('home page leads to an article by its title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Multinational Security Support mission/);
  await expect(page.getByText(/Last updated 20 August 2025/)).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest articles' });
  await latest.getByRole('link', { name: 'Kenya prepares to send additional troops to Haiti' }).click();
  await expect(page).toHaveURL(/\/articles\/kenya-prepares-to-send-additional-troops-to-haiti\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya prepares to send additional troops to Haiti');
});

test('the home page summarises deployments with their sources', async ({ page }) => {
  await page.goto('/');
  const numbers = page.getByRole('region', { name: 'The mission in numbers' });
  const kenya = numbers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Kenya', exact: true }) });
  await expect(kenya).toContainText('800');
  await expect(kenya).toContainText('August 2025');
  await expect(kenya).toContainText('1,000 pledged (July 2023) · 80% of the pledge deployed');
  await kenya.getByRole('link', { name: 'Capital News' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ruto roots for UN Support Office');
});

test('an article page shows its figures, each with its quote', async ({ page }) => {
  await page.goto('/articles/kenya-prepares-to-send-additional-troops-to-haiti/');
  await expect(page.getByText('By Faith Nyasuguta')).toBeVisible();
  const figures = page.getByRole('region', { name: 'Figures in this article' }).getByRole('listitem');
  await expect(figures).toHaveCount(6);
  const first = figures.filter({ hasText: 'as of June 2024' });
  await expect(first).toContainText('400');
  await expect(first).toContainText('Deployed');
  await expect(first.getByRole('blockquote')).toContainText('The first group of 400 Kenyan officers was deployed in June 2024.');
  const jamaica = figures.filter({ hasText: 'from Jamaica' });
  await expect(jamaica).toContainText('about 24');
  await expect(jamaica.getByRole('blockquote')).toContainText('around two dozen Jamaican soldiers and police officers arrived in the country');
  // The quote really is part of the article text the reader sees.
  await expect(page.locator('.prose')).toContainText('around two dozen Jamaican soldiers and police officers arrived in the country');
});

test('an article page lists its events in date order and its entities', async ({ page }) => {
  await page.goto('/articles/kenya-prepares-to-send-additional-troops-to-haiti/');
  const events = page.getByRole('region', { name: 'Events reported' }).getByRole('listitem');
  await expect(events.first()).toContainText('2021');
  await expect(events.first()).toContainText('President Jovenel Moise assassinated');
  await expect(page.getByRole('region', { name: 'Who and what' })).toContainText('Belize');
});

test('the original story link is shown only when the article has one', async ({ page }) => {
  await page.goto('/articles/ruto-makes-surprise-visit-to-haiti/');
  await expect(page.getByRole('link', { name: 'Read the original story' })).toHaveCount(0);
});

test('articles are listed newest first', async ({ page }) => {
  await page.goto('/articles/');
  const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(titles[0]).toContain('Ruto roots for UN Support Office');
  expect(titles).toHaveLength(3);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('pages ship no JavaScript', async ({ page }) => {
  for (const path of ['/', '/articles/', '/articles/ruto-makes-surprise-visit-to-haiti/', '/about/']) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
  }
});

for (const [name, path] of [
  ['home', '/'],
  ['article list', '/articles/'],
  ['article', '/articles/kenya-prepares-to-send-additional-troops-to-haiti/'],
  ['about', '/about/'],
  ['404', '/no-such-page/'],
] as const) {
  test(`axe finds no violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });

  test(`axe finds no violations on the ${name} page in the dark scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('the search page (the one page with JavaScript) finds articles and passes axe', async ({ page }) => {
  await page.goto('/search/?q=Jamaica');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
});

test('the header search works as a plain GET form', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('searchbox', { name: 'Search the tracker' }).fill('Saint-Cyr');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Saint-Cyr$/);
});
