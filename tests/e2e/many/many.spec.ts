import { expect, test } from '../test.ts';
import { expectNoAxeViolations } from '../axe.ts';
import { expectNoBrokenLinks } from '../crawl.ts';

// Quality gates on a generated corpus of 200 articles and 200 entities
// (scripts/build-test-sites.ts): pagination, long timelines and busy charts.

test('every internal link on every page of a large corpus resolves', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await expectNoBrokenLinks(request, new URL(baseURL!).origin, '/');
});

test('the article list paginates', async ({ page }) => {
  await page.goto('/articles/');
  await expect(
    page.getByText('200 news articles about the mission, newest first. Page 1 of 10.'),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Article pages' })
    .getByRole('link', { name: 'Page 10' })
    .click();
  await expect(page).toHaveURL(/\/articles\/page\/10\/$/);
  await expect(page.locator('main article')).toHaveCount(20);
});

test('a timeline too long for one page opens on its latest year, marked as such, with no "All" that would show the same', async ({
  page,
}) => {
  await page.goto('/timeline/');
  await expect(
    page.getByText(/^\d+ events in \d+ years\. Choose a year or a kind below\.$/),
  ).toBeVisible();
  const years = page
    .getByRole('navigation', { name: 'Timeline filters' })
    .getByRole('list')
    .first();
  await expect(years.getByRole('link', { name: 'All', exact: true })).toHaveCount(0);
  const latest = years.getByRole('link').last();
  await expect(latest).toHaveAttribute('aria-current', 'page');
  const year = (await latest.textContent())!.trim().slice(0, 4);
  await expect(page.getByRole('heading', { level: 2, name: year, exact: true })).toBeVisible();
  await page.goto('/fr/timeline/');
  await expect(
    page
      .getByRole('navigation', { name: 'Filtres de la chronologie' })
      .getByRole('link', { name: 'Tout', exact: true }),
  ).toHaveCount(0);
});

test('a flow paid beyond its latest pledge says so, on its card and at the end of its bar, never as a negative amount still to pay', async ({
  page,
}) => {
  await page.goto('/funding/');
  const sentences = (await page.locator('.stat-cards .gap').allTextContents()).map((text) =>
    text.replace(/\s+/g, ' '),
  );
  expect(
    sentences.some((text) =>
      /^USD [\d.]+M disbursed beyond the latest pledge \(\d+% of it\)$/.test(text),
    ),
  ).toBe(true);
  const labels = await page.locator('figure svg text.value').allTextContents();
  expect(labels.some((text) => text.endsWith('beyond the pledge'))).toBe(true);
  for (const text of [...sentences, ...labels]) expect(text).not.toMatch(/[-−]\s?USD|USD\s?[-−]/);
});

test('the home page shows the largest contingents and pledges, and says how many more there are', async ({
  page,
}) => {
  await page.goto('/');
  const numbers = page.getByRole('region', { name: 'The mission in numbers' });
  const countries = Number(
    /^(\d+) countries have personnel reported on the ground/.exec(
      (await numbers.locator('.totals').textContent())!.trim(),
    )![1],
  );
  expect(countries).toBeGreaterThan(8);
  await expect(numbers.locator('.stat-cards').first().getByRole('listitem')).toHaveCount(8);
  await expect(
    numbers.getByText(`The 8 countries with the largest figures, of ${countries}.`),
  ).toBeVisible();
  await expect(numbers.locator('.stat-cards').nth(1).getByRole('listitem')).toHaveCount(4);
  await expect(
    numbers.getByText(/^The 4 largest pledges, of \d+ donors and recipients\.$/),
  ).toBeVisible();
  await expect(
    numbers.getByRole('link', { name: 'All personnel figures, with the chart and their sources' }),
  ).toHaveAttribute('href', '/deployments/');
});

for (const [name, path] of [
  ['home', '/'],
  ['article list', '/articles/page/2/'],
  ['article', '/articles/generated-00042/'],
  ['timeline', '/timeline/'],
  ['timeline year', '/timeline/2024/'],
  ['timeline kind', '/timeline/kind/funding/'],
  ['entity index', '/entities/'],
  ['country entity', '/entities/e000-'],
  ['deployments', '/deployments/'],
] as const) {
  test(`axe finds no violations on the ${name} page of a large corpus`, async ({
    page,
    request,
  }) => {
    let target: string = path;
    if (path.startsWith('/entities/e000-')) {
      const entities = (await (await request.get('/data/entities.json')).json()) as {
        id: string;
      }[];
      target = `/entities/${entities.find((entity) => entity.id.startsWith('e000-'))!.id}/`;
    }
    await page.goto(target);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
