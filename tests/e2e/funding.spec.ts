import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const straighten = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

test('every seed money figure is on /funding/ with its quote', async ({ page }) => {
  await page.goto('/funding/');
  const us = page.getByRole('table', { name: 'United States → Multinational Security Support mission (USD)' });
  await expect(us).toContainText('USD 100,000,000');
  await expect(us).toContainText('The U.S. government initially pledged $100 million');
  const fund = page.getByRole('table', { name: /Donors to the UN trust fund \(combined\) → UN trust fund for the MSS mission/ });
  const row = (status: string) => fund.getByRole('row').filter({ has: page.getByRole('cell', { name: status, exact: true }) });
  await expect(row('Disbursed')).toContainText('USD 85,300,000');
  await expect(row('Pledged')).toContainText('USD 96,800,000');
  await expect(fund).toContainText('To date, USD85.3 million of the USD96.8 million pledged has been disbursed.');
});

test('the gap between pledged and disbursed is shown with dates', async ({ page }) => {
  await page.goto('/funding/');
  const card = page.getByRole('region', { name: 'By donor and recipient' }).getByRole('listitem').filter({ hasText: 'UN trust fund for the MSS mission' });
  await expect(card).toContainText('USD 96.8M pledged (August 2025)');
  await expect(card).toContainText('USD 85.3M disbursed (August 2025)');
  await expect(card).toContainText('Gap: USD 11.5M not yet paid (88% of the pledge disbursed)');
});

test('funding chart markers link to articles that contain their quotes', async ({ page, context }) => {
  await page.goto('/funding/');
  const markers = await page.locator('svg .markers a').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, title: link.querySelector('title')?.textContent ?? '' })));
  expect(markers).toHaveLength(3);
  const reader = await context.newPage();
  for (const { href, title } of markers) {
    const quote = /“(.+)”/.exec(title)![1]!;
    await reader.goto(href);
    expect(straighten((await reader.locator('.prose').textContent()) ?? '')).toContain(straighten(quote));
  }
});

test('the funding downloads hold the same rows as the tables', async ({ page, request }) => {
  await page.goto('/funding/');
  const rows = await page.getByRole('table', { name: /\(USD\)$/ }).locator('tbody tr').count();
  const json = (await (await request.get('/data/funding.json')).json()) as Record<string, unknown>[];
  expect(json).toHaveLength(rows);
  expect(json.find((row) => row.status === 'disbursed')).toMatchObject({ donor: 'trust-fund-donors', recipient: 'mss-trust-fund', amount: 85300000, currency: 'USD', date: '2025-08', precision: 'month' });
  const csv = await (await request.get('/data/funding.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('donor,donor_name,recipient,recipient_name,date,precision,amount,currency,status,approximate,article,article_url,outlet,published,quote');
  expect(csv.trim().split('\r\n')).toHaveLength(rows + 1);
});

test('donor and recipient entity pages show their funding rows', async ({ page }) => {
  await page.goto('/entities/united-states/');
  await expect(page.getByRole('region', { name: 'Funding' })).toContainText('USD 100,000,000');
  await page.goto('/entities/mss-trust-fund/');
  await expect(page.getByRole('region', { name: 'Funding' })).toContainText('USD 85,300,000');
});

test('the home page gives the latest funding totals with dates', async ({ page }) => {
  await page.goto('/');
  const numbers = page.getByRole('region', { name: 'The mission in numbers' });
  await expect(numbers).toContainText('USD 85.3M disbursed (August 2025)');
  await expect(numbers).toContainText('USD 100M pledged (September 2024)');
});

test('the funding page ships no script and passes axe', async ({ page }) => {
  await page.goto('/funding/');
  await expect(page.locator('script')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
