import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNNABLE_SCRIPTS } from '../scripts.ts';
import { expect, test, type APIRequestContext, type Page } from '../test.ts';
import { expectNoAxeViolations } from '../axe.ts';
import { crawl } from '../crawl.ts';
import { parseCsv } from '../csv.ts';
import { GROWN_ARTICLE } from '../../fixtures/growContent.ts';
import { FEED_LIMIT } from '@/lib/limits.ts';

// Checks that hold for ANY valid content: they run on the real content/ (project
// `content`) and on a copy with an editor's new article and entities (project
// `grown`). Nothing here names an article, a figure or a count of the corpus.

const contentDir = (): string => String(test.info().project.metadata.contentDir);
const slugsIn = (folder: string): string[] =>
  readdirSync(join(contentDir(), folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.split('/').pop()!.replace(/\.md$/, ''));
const straighten = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  return paths;
}

/** One page of each type the site has, as listed in the sitemap. */
async function pageTypes(request: APIRequestContext): Promise<Record<string, string>> {
  const paths = await sitemapPaths(request);
  const first = (pattern: RegExp): string => {
    const found = paths.find((path) => pattern.test(path));
    expect(found, `the sitemap lists a page matching ${pattern}`).toBeDefined();
    return found!;
  };
  return {
    home: first(/^\/$/),
    articles: first(/^\/articles\/$/),
    article: first(/^\/articles\/(?!page\/)[^/]+\/$/),
    timeline: first(/^\/timeline\/$/),
    'timeline year': first(/^\/timeline\/\d{4}\/$/),
    'timeline kind': first(/^\/timeline\/kind\/[^/]+\/$/),
    entities: first(/^\/entities\/$/),
    entity: first(/^\/entities\/[^/]+\/$/),
    deployments: first(/^\/deployments\/$/),
    funding: first(/^\/funding\/$/),
    about: first(/^\/about\/$/),
    search: first(/^\/search\/$/),
  };
}

test('every content file has its page, listed in the sitemap', async ({ request }) => {
  const paths = new Set(await sitemapPaths(request));
  for (const slug of slugsIn('articles')) expect(paths, `article ${slug}`).toContain(`/articles/${slug}/`);
  for (const id of slugsIn('entities')) expect(paths, `entity ${id}`).toContain(`/entities/${id}/`);
});

test('0 broken internal links, and the crawl reaches every page of the sitemap', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const result = await crawl(request, origin, '/');
  expect(result.broken).toEqual([]);
  const listed = (await sitemapPaths(request)).map((path) => `${origin}${path}`);
  expect(listed.filter((url) => !result.pages.includes(url))).toEqual([]);
});

// One test per colour scheme, so that the two share the workers: the light one checks every rule, the
// dark one the rules that depend on colour (the page's structure is the same in both).
for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page type passes axe in the ${colorScheme} scheme and ships no script (but search)`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    for (const [type, path] of Object.entries({ ...(await pageTypes(request)), 404: '/no-such-page/' })) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), `${type} page has a title`).toBeVisible();
      if (type !== 'search') await expect(page.locator(RUNNABLE_SCRIPTS), `${type} page ships no script`).toHaveCount(0);
      await expectNoAxeViolations(page, colorScheme === 'light' ? 'all' : 'colours');
    }
  });
}

/** Every quote shown in a source cell or figure list, with the article it cites. */
async function shownQuotes(page: Page): Promise<{ href: string; quote: string }[]> {
  return page.locator('td.source').evaluateAll((cells) =>
    cells.map((cell) => ({ href: cell.querySelector('a')?.getAttribute('href') ?? '', quote: cell.querySelector('q')?.textContent ?? '' })),
  );
}

test('every figure shown has its quote and a source link, and the source article contains the quote', async ({ page, context }) => {
  test.setTimeout(300_000);
  const byArticle = new Map<string, Set<string>>();
  const permalinks = new Map<string, string>();
  const pages = ['/deployments/', '/funding/', ...slugsIn('entities').map((id) => `/entities/${id}/`)];
  for (const path of pages) {
    await page.goto(path);
    for (const { href, quote } of await shownQuotes(page)) {
      expect(href, `a figure on ${path} links to its permalink`).toMatch(/^\/articles\/[^/]+\/#(deployments|funding|mandates)-[0-9a-f]{8}(-\d+)?$/);
      expect(quote.trim(), `a figure on ${path} carries its quote`).not.toBe('');
      permalinks.set(href, quote);
      const article = href.split('#')[0]!;
      byArticle.set(article, (byArticle.get(article) ?? new Set()).add(quote));
    }
  }
  // Figure lists on article pages: each item quotes its own article.
  for (const slug of slugsIn('articles')) {
    const path = `/articles/${slug}/`;
    await page.goto(path);
    const facts = page.getByRole('complementary', { name: 'What this article contributes' });
    for (const quote of await facts.locator('li blockquote').allTextContents()) {
      byArticle.set(path, (byArticle.get(path) ?? new Set()).add(quote.trim().replace(/^“|”$/g, '')));
    }
  }
  const reader = await context.newPage();
  for (const [href, quotes] of byArticle) {
    const response = await reader.goto(href);
    expect(response?.status(), href).toBe(200);
    const prose = straighten((await reader.locator('.prose').textContent()) ?? '');
    for (const quote of quotes) expect(prose, `${href} contains the quote`).toContain(straighten(quote));
    // Each permalink lands on the figure, which quotes the same sentence.
    for (const [permalink, quote] of permalinks) {
      if (!permalink.startsWith(href)) continue;
      const figure = reader.locator(`[id="${permalink.split('#')[1]}"]`);
      expect(straighten((await figure.textContent()) ?? ''), permalink).toContain(straighten(quote));
    }
  }
});

test('every value the editors inferred is marked, with its note', async ({ page, request }) => {
  const events = (await (await request.get('/data/events.json')).json()) as { anchor: string; timeline_url: string | null; inferred: boolean; inference_note: string | null }[];
  for (const event of events.filter((candidate) => candidate.inferred && candidate.timeline_url)) {
    expect(event.inference_note, `event ${event.anchor} has a note`).toBeTruthy();
    await page.goto(new URL(event.timeline_url!).pathname);
    const entry = page.locator(`[id="${event.anchor}"]`);
    await expect(entry.locator('.inferred .mark')).toHaveText('Editors’ inference');
    await expect(entry.locator('.inferred .note')).toHaveText(event.inference_note!);
  }
  for (const name of ['deployments', 'funding']) {
    const rows = (await (await request.get(`/data/${name}.json`)).json()) as { inferred: boolean; inference_note: string | null }[];
    for (const row of rows) expect(row.inferred ? row.inference_note : 'not inferred', `${name} row`).toBeTruthy();
  }
});

test('the RSS feeds parse', async ({ page, request }) => {
  const feeds = ['/rss.xml', ...slugsIn('entities').map((id) => `/entities/${id}/rss.xml`)];
  await page.goto('/');
  for (const feed of feeds) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, version: doc.documentElement.getAttribute('version'), title: doc.querySelector('channel > title')?.textContent ?? '' };
    }, await response.text());
    expect(parsed, feed).toMatchObject({ error: null, version: '2.0' });
    expect(parsed.title, feed).not.toBe('');
  }
});

test('the downloads parse and agree with each other', async ({ request }) => {
  for (const name of ['deployments', 'funding']) {
    const json = (await (await request.get(`/data/${name}.json`)).json()) as Record<string, unknown>[];
    const rows = parseCsv(await (await request.get(`/data/${name}.csv`)).text());
    expect(rows.length, `${name}.csv has a header and one row per JSON record`).toBe(json.length + 1);
    if (json[0]) expect(rows[0]).toEqual(Object.keys(json[0]));
  }
  for (const name of ['events', 'entities']) {
    const response = await request.get(`/data/${name}.json`);
    expect(Array.isArray(await response.json()), `${name}.json is a list`).toBe(true);
  }
});

test.describe('an editor\'s new article', () => {
  test.skip(() => !test.info().project.metadata.grown, 'only the grown copy of the content has it');

  test('shows its figures, money, mandate and inference on its page', async ({ page }) => {
    await page.goto(`/articles/${GROWN_ARTICLE}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Republic sends police to the Fixture Mission');
    await expect(page.locator('header .inferred')).toContainText('Headline supplied by the editors');
    const facts = page.getByRole('complementary', { name: 'What this article contributes' });
    await expect(facts.getByRole('region', { name: 'Figures in this article' }).getByRole('listitem')).toHaveCount(2);
    await expect(facts.getByRole('region', { name: 'Money in this article' })).toContainText('EUR');
    await expect(facts.getByRole('region', { name: 'Mandate in this article' })).toContainText('Ceiling: 1,200 personnel');
  });

  test('reaches the deployments page, the new entity and the timeline', async ({ page }) => {
    await page.goto('/deployments/');
    await expect(page.getByRole('table', { name: /^Fixture Republic/ })).toContainText('This week, 150 police officers from Fixture Republic arrived.');
    await page.goto('/entities/fixture-republic/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Republic');
    await page.goto('/timeline/2026/');
    const entry = page.locator('li.entry').filter({ hasText: 'Fixture Republic police arrive for the Fixture Mission' });
    await expect(entry.locator('.inferred .note')).toHaveText('The text says "this week"; the month is the article\'s.');
  });
});

test('datapackage.json describes every file under /data/, and every header and record matches its schema', async ({ page, request }) => {
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
    licenses: { name: string }[];
    citation: string;
    sources: { path: string }[];
    resources: { path: string; format: string; mediatype: string; encoding: string; schema?: { fields: { name: string; type: string; description: string; constraints?: { enum: string[] } }[] } }[];
  };
  expect(pkg.licenses.length).toBeGreaterThan(0);
  expect(pkg.citation).toContain('/data/');
  expect(pkg.sources.length).toBe(slugsIn('articles').length);
  await page.goto('/data/');
  const linked = new Set((await page.locator('main a[href^="/data/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map((href) => href.replace(/^\/data\//, '')));
  // Chart images (charts/) are pictures of the data, not data: the package lists data files only.
  expect([...linked].filter((file) => file !== '' && !file.startsWith('charts/') && !pkg.resources.some((resource) => resource.path === file) && file !== 'datapackage.json')).toEqual([]);
  for (const resource of pkg.resources) {
    expect(linked, `the /data/ page links ${resource.path}`).toContain(resource.path);
    if (!resource.schema) {
      // CSL-JSON: citations, one per article and per figure, in CSL's own shape.
      expect(resource.mediatype).toBe('application/vnd.citationstyles.csl+json');
      const items = (await (await request.get(`/data/${resource.path}`)).json()) as Record<string, unknown>[];
      expect(items.filter((item) => item.type === 'article-newspaper')).toHaveLength(slugsIn('articles').length);
      for (const item of items) expect(item, String(item.id)).toMatchObject({ id: expect.any(String), title: expect.any(String), URL: expect.stringMatching(/^https?:\/\//), issued: { 'date-parts': [expect.arrayContaining([expect.any(Number)])] } });
      continue;
    }
    const names = resource.schema.fields.map((field) => field.name);
    for (const field of resource.schema.fields) expect(field.description, `${resource.path} ${field.name}`).not.toBe('');
    const response = await request.get(`/data/${resource.path}`);
    expect(response.status(), resource.path).toBe(200);
    if (resource.format === 'csv') {
      const rows = parseCsv(await response.text());
      expect(rows[0], `${resource.path} header`).toEqual(names);
      for (const field of resource.schema.fields.filter((candidate) => candidate.constraints)) {
        const column = names.indexOf(field.name);
        for (const row of rows.slice(1)) if (row[column] !== '') expect(field.constraints!.enum, `${resource.path} ${field.name}`).toContain(row[column]);
      }
    } else {
      for (const record of (await response.json()) as Record<string, unknown>[]) expect(Object.keys(record), resource.path).toEqual(names);
    }
  }
});

test('every page type carries valid JSON-LD of the right schema.org type', async ({ page, request }) => {
  const expected: Record<string, (data: Record<string, unknown>) => void> = {
    article: (data) => {
      expect(data['@type']).toBe('NewsArticle');
      for (const key of ['headline', 'datePublished', 'publisher', 'url']) expect(data, key).toHaveProperty(key);
    },
    entity: (data) => expect(['Person', 'Organization', 'Country', 'Place']).toContain(data['@type']),
    timeline: (data) => {
      expect(data['@type']).toBe('ItemList');
      const items = data.itemListElement as Record<string, unknown>[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item).toMatchObject({ '@type': 'Event', name: expect.any(String), startDate: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/) });
    },
    deployments: (data) => expect(data).toMatchObject({ '@type': 'Dataset', distribution: expect.any(Array), license: expect.any(String) }),
    funding: (data) => expect(data['@type']).toBe('Dataset'),
  };
  for (const [type, path] of Object.entries({ ...(await pageTypes(request)), data: '/data/' })) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, `${type} page has one JSON-LD block`).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
    expect(data['@context'], type).toBe('https://schema.org');
    expect(typeof data['@type'], type).toBe('string');
    expected[type === 'timeline year' || type === 'timeline kind' ? 'timeline' : type]?.(data);
  }
  // The data page's Dataset offers every file the data package describes.
  await page.goto('/data/');
  const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { distribution: { contentUrl: string }[] };
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as { resources: { path: string }[] };
  expect(dataset.distribution.map((file) => new URL(file.contentUrl).pathname.replace('/data/', '')).sort()).toEqual(pkg.resources.map((resource) => resource.path).sort());
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every shared page has its own social card, a 1200 × 630 PNG; articles share their country or mission card', async ({ page, request }) => {
  const types = await pageTypes(request);
  const entityId = (path: string): string => path.split('/')[2]!;
  const expected: Record<string, RegExp> = {
    home: /\/og\/home\.png$/,
    deployments: /\/og\/deployments\.png$/,
    funding: /\/og\/funding\.png$/,
    timeline: /\/og\/timeline\.png$/,
    'timeline year': /\/og\/timeline\.png$/,
    entity: new RegExp(`/og/entities/${entityId(types.entity!)}\\.png$`),
    article: /\/og\/(entities\/[^/]+|home)\.png$/,
  };
  for (const [type, pattern] of Object.entries(expected)) {
    await page.goto(types[type]!);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image, type).toMatch(pattern);
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
    expect((await page.locator('meta[property="og:image:alt"]').getAttribute('content'))?.length, `${type} card alt`).toBeGreaterThan(10);
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), image).toBe(200);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
  for (const id of slugsIn('entities')) expect((await request.get(`/og/entities/${id}.png`)).status(), `card of ${id}`).toBe(200);
});

test('chart images: every one the /data/ page offers is a titled SVG and a PNG, and each chart can be cited', async ({ page, request }) => {
  await page.goto('/data/');
  const images = await page.locator('main a[href^="/data/charts/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    if (image.endsWith('.svg')) {
      const svg = await response.text();
      expect(svg, image).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, image).toMatch(/<title id="title">[^<]+<\/title>/);
      expect(svg, image).toContain('Source: ');
      expect(svg, image).not.toContain('var(--');
    } else {
      expect(pngSize(await response.body()).width, image).toBe(1536);
    }
  }
  await page.goto('/deployments/');
  const downloads = page.locator('#downloads-heading + p + ul');
  if (images.includes('/data/charts/strength.svg')) {
    await expect(downloads.locator('a[href="/data/charts/strength.png"]')).toHaveCount(1);
    const cite = page.locator('section[aria-labelledby="strength-heading"] details.cite');
    await cite.locator('summary').click();
    await expect(cite.locator('p')).toContainText(/\/deployments\/#strength-heading/);
  }
});

test('/corrections/ lists corrections from the history or says the history is not available, and its feed parses', async ({ page, request }) => {
  await page.goto('/corrections/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  const listed = await page.locator('.corrections > li').count();
  if (listed === 0) await expect(page.locator('main')).toContainText(/History not available|No corrections yet/);
  const xml = await (await request.get('/corrections/rss.xml')).text();
  const items = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return doc.querySelector('parsererror') ? -1 : doc.querySelectorAll('item').length;
  }, xml);
  expect(items).toBe(Math.min(listed, FEED_LIMIT));
});

/** The editions under a prefix; English is at the root. */
const EDITIONS = ['fr', 'ht'] as const;
/** Pages shown once whatever the edition: articles (in their own language), downloads, images, corrections. */
const isSharedPage = (path: string): boolean => /^\/(articles\/(?!page\/)[^/]+\/|data\/|og\/|corrections\/|translations\/)/.test(path);

test('every derived page exists in French and Haitian Creole, with hreflang alternates, og:locale and a switcher to the same page', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  const listed = new Set(paths);
  const english = paths.filter((path) => !/^\/(fr|ht)\//.test(path) && !isSharedPage(path));
  for (const path of english) for (const lang of EDITIONS) expect(listed, `the ${lang} edition of ${path}`).toContain(`/${lang}${path}`);
  // Articles are not multiplied: each exists once.
  expect(paths.filter((path) => /^\/(fr|ht)\/articles\/(?!page\/)[^/]+\/$/.test(path))).toEqual([]);
  for (const path of Object.values(await pageTypes(request)).filter((candidate) => !isSharedPage(candidate))) {
    for (const lang of EDITIONS) {
      await page.goto(`/${lang}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
      expect(alternates, path).toEqual([['en', path], ['fr', `/fr${path}`], ['ht', `/ht${path}`], ['x-default', path]]);
      for (const other of ['en', ...EDITIONS]) await expect(page.locator(`nav.languages a[hreflang="${other}"]`)).toHaveAttribute('href', other === 'en' ? path : `/${other}${path}`);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', lang === 'fr' ? 'fr_FR' : 'ht_HT');
      expect(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname).toMatch(new RegExp(`^/${lang}/og/`));
    }
  }
});

/** English month names (and their capitalised short forms) and status words. */
const ENGLISH_WORDS = /\b(January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Pledged|Announced|Deployed|Withdrawn|Disbursed|pledged|announced|deployed|withdrawn|disbursed)\b/;

test('a Haitian Creole page shows no English month name or status word outside content marked as English', async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const path of Object.values(await pageTypes(request)).filter((candidate) => !isSharedPage(candidate))) {
    await page.goto(`/ht${path}`);
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      // Content not yet translated keeps its language attribute: it is not the interface.
      for (const element of body.querySelectorAll('[lang]:not([lang="ht"]), script, style, code')) element.remove();
      document.documentElement.append(body);
      const visible = body.innerText;
      body.remove();
      return visible;
    });
    expect(text.match(ENGLISH_WORDS)?.[0], `/ht${path}`).toBeUndefined();
  }
});

// The editions share every template: on a pull request each page type is checked in one of them (French
// and Creole by turns), on main and nightly (`npm run test:full`) in both.
const EVERY_EDITION = process.env.MSS_FULL_TESTS === '1';
for (const [index, lang] of EDITIONS.entries()) {
  test(`every page type passes axe in the ${lang} edition${EVERY_EDITION ? '' : ' (by turns with the other)'}`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const types = Object.entries(await pageTypes(request)).filter(([, candidate]) => !isSharedPage(candidate));
    for (const [type, path] of types.filter((_, position) => EVERY_EDITION || position % EDITIONS.length === index)) {
      await page.goto(`/${lang}${path}`);
      await expect(page.getByRole('heading', { level: 1 }), `${lang} ${type} page has a title`).toBeVisible();
      if (type !== 'search') await expect(page.locator(RUNNABLE_SCRIPTS)).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${lang}/deployments/`);
    await expectNoAxeViolations(page, 'colours');
  });
}

test('every built page carries a Content Security Policy that allows no inline script and nothing from elsewhere', () => {
  const dir = String(test.info().project.metadata.outDir);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(0);
  for (const name of pages) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
    expect(policy, `${name} has no policy`).toBeDefined();
    expect(policy, name).toMatch(/default-src 'self'/);
    expect(policy, name).toMatch(/object-src 'none'/);
    if (!name.startsWith('admin/')) expect(policy, name).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|https?:/);
  }
});
