import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const straighten = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** A minimal RFC 4180 reader, enough to check the download independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

test('every seed figure is in the table with its quote', async ({ page }) => {
  await page.goto('/deployments/');
  const tables = page.getByRole('table');
  await expect(tables).toHaveCount(3);
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(7);
  const kenya = page.getByRole('table', { name: /^Kenya/ });
  await expect(kenya.getByRole('row').filter({ hasText: 'August 2025' })).toContainText('Kenya currently leads the force, with 800 officers on the ground since June 2024.');
  await expect(kenya.getByRole('row').filter({ hasText: 'July 2023' })).toContainText('Pledged');
  await expect(page.getByRole('table', { name: /^Jamaica/ })).toContainText('about 24');
  await expect(page.getByRole('table', { name: /^Belize/ })).toContainText('Belize has sent two senior military officers');
});

test('summary cards give pledged and latest deployed figures with dates', async ({ page }) => {
  await page.goto('/deployments/');
  const kenya = page.getByRole('region', { name: 'By country' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Kenya' }) });
  await expect(kenya).toContainText('800');
  await expect(kenya).toContainText('on the ground as of August 2025');
  await expect(kenya).toContainText('1,000 pledged (July 2023)');
  await expect(kenya).toContainText('80% of the pledge deployed');
});

test('each chart marker links to an article that contains its quote', async ({ page, context }) => {
  await page.goto('/deployments/');
  const markers = page.locator('svg .markers a');
  await expect(markers).toHaveCount(7);
  const checks = await markers.evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href') ?? '', title: link.querySelector('title')?.textContent ?? '' })),
  );
  const reader = await context.newPage();
  for (const { href, title } of checks) {
    const quote = /“(.+)”/.exec(title)?.[1];
    expect(quote, title).toBeTruthy();
    expect(title).toMatch(/(deployed|pledged|announced|withdrawn), (\d+ )?\w+ \d{4}/);
    await reader.goto(href);
    expect(straighten((await reader.locator('.prose').textContent()) ?? '')).toContain(straighten(quote!));
  }
});

test('the CSV download parses with one row per table row', async ({ page, request }) => {
  await page.goto('/deployments/');
  const link = page.getByRole('link', { name: 'deployments.csv' });
  const download = await request.get((await link.getAttribute('href'))!);
  expect(download.headers()['content-type']).toContain('text/csv');
  const rows = parseCsv(await download.text());
  expect(rows[0]).toEqual(['country', 'country_name', 'date', 'precision', 'count', 'status', 'approximate', 'personnel', 'article', 'article_url', 'outlet', 'published', 'quote']);
  const tableRows = await page.locator('table tbody tr').count();
  expect(rows.length - 1).toBe(tableRows);
  const jamaica = rows.find((row) => row[0] === 'jamaica')!;
  expect(jamaica.slice(0, 8)).toEqual(['jamaica', 'Jamaica', '2024-09', 'month', '24', 'deployed', 'true', 'mixed']);
  const json = (await (await request.get('/data/deployments.json')).json()) as Record<string, unknown>[];
  expect(json).toHaveLength(tableRows);
  expect(Object.keys(json[0]!)).toEqual(rows[0]);
});

test('the deployments page ships no script and passes axe, in both colour schemes', async ({ page }) => {
  await page.goto('/deployments/');
  await expect(page.locator('script')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a country page has a small chart of its own figures', async ({ page }) => {
  await page.goto('/entities/kenya/');
  await expect(page.getByRole('group', { name: /Personnel of Kenya over time/ })).toBeVisible();
  await expect(page.locator('svg .markers a')).toHaveCount(5);
});

test('the chart stays legible on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/deployments/');
  const chart = page.getByRole('group', { name: /Personnel pledged and deployed/ });
  await expect(chart).toBeVisible();
  // Axis labels stay at a readable size; the chart's frame scrolls sideways instead.
  const tickHeight = (await chart.locator('.y-axis text').first().boundingBox())!.height;
  expect(tickHeight).toBeGreaterThanOrEqual(9);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a card whose source names no outlet still says which article it links to', async ({ page }) => {
  await page.goto('/deployments/');
  const jamaica = page.getByRole('region', { name: 'By country' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Jamaica' }) });
  await expect(jamaica.getByRole('link', { name: 'Source: Kenya prepares to send additional troops to Haiti' })).toHaveAttribute('href', '/articles/kenya-prepares-to-send-additional-troops-to-haiti/');
});
