import { RUNNABLE_SCRIPTS } from '../scripts.ts';
import { expect, test } from '../test.ts';
import { expectNoAxeViolations, expectNoAxeViolationsInBothSchemes } from '../axe.ts';
import { expectNoBrokenLinks } from '../crawl.ts';
import { parseCsv } from '../csv.ts';

test('every internal link on every page resolves under /sub/', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  await expectNoBrokenLinks(request, new URL(baseURL!).origin, '/sub/');
});

test('search finds a seed article by a word from its text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the tracker' }).fill('Boinnet');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/sub\/search\/\?q=Boinnet$/);
  const result = page
    .locator('.pagefind-ui__result')
    .filter({ hasText: 'Ruto roots for UN Support Office' });
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.getByRole('link').first().click();
  await expect(page).toHaveURL(
    /\/sub\/articles\/ruto-roots-for-un-support-office-in-call-with-rubio\//,
  );
});

test('search filters by type', async ({ page }) => {
  await page.goto('search/?q=Jamaica');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('checkbox', { name: /entity/ }).check();
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Jamaica');
});

test('the RSS feed parses and lists the seed articles under the base path', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const feedPath = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .getAttribute('href');
  expect(feedPath).toBe('/sub/rss.xml');
  const xml = await (await request.get(new URL(feedPath!, page.url()).toString())).text();
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      channelLink: doc.querySelector('channel > link')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.channelLink).toBe('https://example.org/sub/');
  for (const slug of [
    'ruto-makes-surprise-visit-to-haiti',
    'kenya-prepares-to-send-additional-troops-to-haiti',
    'ruto-roots-for-un-support-office-in-call-with-rubio',
  ]) {
    expect(feed.items.map((item) => item.link)).toContain(
      `https://example.org/sub/articles/${slug}/`,
    );
  }
});

test('pages carry canonical, Open Graph and Twitter meta with the base path', async ({ page }) => {
  await page.goto('articles/ruto-makes-surprise-visit-to-haiti/');
  const meta = async (selector: string) => page.locator(selector).getAttribute('content');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://example.org/sub/articles/ruto-makes-surprise-visit-to-haiti/',
  );
  expect(await meta('meta[property="og:title"]')).toBe('Ruto makes surprise visit to Haiti');
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="article:published_time"]')).toBe('2024-09-23');
  expect(await meta('meta[property="og:description"]')).toContain(
    'President William Ruto made a surprise visit',
  );
  // The visit has no figures: it shares the card of the first country it names.
  expect(await meta('meta[property="og:image"]')).toBe(
    'https://example.org/sub/og/entities/haiti.png',
  );
  expect((await page.request.get('/sub/og/entities/haiti.png')).status()).toBe(200);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
});

test('robots.txt and the sitemap point at the base path', async ({ request, baseURL }) => {
  const robots = await (await request.get(`${baseURL}robots.txt`)).text();
  expect(robots).toContain('Sitemap: https://example.org/sub/sitemap-index.xml');
  const sitemap = await (await request.get(`${baseURL}sitemap-0.xml`)).text();
  expect(sitemap).toContain(
    '<loc>https://example.org/sub/articles/ruto-makes-surprise-visit-to-haiti/</loc>',
  );
});

test.describe('the hostile HTML fixture', () => {
  test('keeps ordinary formatting and loses every script, handler and unsafe URL', async ({
    page,
    request,
  }) => {
    const response = await request.get('articles/hostile-html-fixture/');
    expect(response.status()).toBe(200);
    const html = await response.text();
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(body).not.toMatch(
      /<script|<iframe|<object|<embed|<form|<svg[^>]*onload|<meta|<base|<link/i,
    );
    expect(body).not.toMatch(/\son[a-z]+\s*=/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(body).not.toMatch(/data:image/);
    expect(body).not.toMatch(/style="/);
    expect(body).toContain('<b>raw bold</b>');
    expect(body).toContain('<abbr title="United Nations">');
    expect(body).toContain('<img src="https://example.org/ok.png" alt="kept image">');
    expect(body).toContain('<a href="https://example.org/story">safe link</a>');
    expect(body).toContain('<td>kept</td>');

    await page.goto('articles/hostile-html-fixture/');
    await expect(page.locator(RUNNABLE_SCRIPTS)).toHaveCount(0);
    // Frontmatter strings are text, never markup.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "<script>alert('title')</script> Hostile HTML fixture",
    );
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.startsWith('on'))
          .map((attribute) => attribute.name),
      ),
    );
    expect(handlers).toEqual([]);
  });

  test('passes axe', async ({ page }) => {
    await page.goto('articles/hostile-html-fixture/');
    await expectNoAxeViolations(page);
  });
});

test('a new entity file is linked from existing articles without editing them', async ({
  page,
}) => {
  // tests/fixtures/new-entity adds "Haitian cabinet"; the seed article that names it is unchanged.
  await page.goto('articles/ruto-makes-surprise-visit-to-haiti/');
  await page.locator('.prose').getByRole('link', { name: 'Haitian cabinet' }).click();
  await expect(page).toHaveURL(/\/sub\/entities\/haitian-cabinet\/$/);
  await expect(
    page
      .getByRole('region', { name: 'Articles' })
      .getByRole('link', { name: 'Ruto makes surprise visit to Haiti' }),
  ).toBeVisible();
});

test.describe('an article whose title, outlet, quotes and note start like spreadsheet formulas', () => {
  const dangerous = /^[=+\-@\t\r]/;

  test('no CSV cell starts a formula; the quoted cells keep their text after a single quote', async ({
    request,
    baseURL,
  }) => {
    for (const name of ['deployments', 'funding']) {
      const rows = parseCsv(await (await request.get(`${baseURL}data/${name}.csv`)).text());
      const cells = rows.flat();
      expect(
        cells.filter((cell) => dangerous.test(cell)),
        name,
      ).toEqual([]);
      const fixture = rows.filter((row) => row.includes('formula-cells-fixture'));
      expect(fixture.length, name).toBe(1);
      expect(fixture[0]).toContain("'+254 Daily");
    }
    const deployments = parseCsv(
      await (await request.get(`${baseURL}data/deployments.csv`)).text(),
    );
    const row = deployments.find((cells) => cells.includes('formula-cells-fixture'))!;
    expect(row).toContain("'-12 officers short, the roster said; twelve more were announced.");
    expect(row).toContain("'@editors: the month is the article's own.");
  });

  test('the JSON downloads keep the exact text', async ({ request, baseURL }) => {
    const deployments = (await (
      await request.get(`${baseURL}data/deployments.json`)
    ).json()) as Record<string, unknown>[];
    expect(deployments.find((record) => record.article === 'formula-cells-fixture')).toMatchObject({
      outlet: '+254 Daily',
      quote: '-12 officers short, the roster said; twelve more were announced.',
      inference_note: "@editors: the month is the article's own.",
    });
    const funding = (await (await request.get(`${baseURL}data/funding.json`)).json()) as Record<
      string,
      unknown
    >[];
    expect(funding.find((record) => record.article === 'formula-cells-fixture')).toMatchObject({
      quote: '=5000000 was the figure typed into the pledge form.',
    });
  });

  test('its page shows the title as text', async ({ page }) => {
    await page.goto('articles/formula-cells-fixture/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '=HYPERLINK("https://evil.example/","Click me")',
    );
  });
});

test.describe('a held-back article that authorises a ceiling and renews the mandate', () => {
  test('the deployments page leads with the total against the ceiling and the mandate end, each linked to its source', async ({
    page,
  }) => {
    await page.goto('deployments/');
    const strength = page.getByRole('region', { name: 'Strength against the mandate' });
    const line = strength.locator('.strength-line');
    await expect(line).toContainText(
      'About 826 of 2,500 authorised personnel on the ground (33% of the ceiling, as of August 2025; includes Jamaica as of September 2024 (may be out of date) and Belize as of September 2024 (may be out of date))',
    );
    await expect(line).toContainText(
      'latest Multinational Security Support mission mandate end the articles state: October 2026',
    );
    await expect(line.getByRole('link', { name: '2,500' })).toHaveAttribute(
      'href',
      /^\/sub\/articles\/mandate-fixture\/#mandates-[0-9a-f]{8}$/,
    );
    await expect(
      strength.getByRole('group', {
        name: /Personnel on the ground against the authorised ceiling/,
      }),
    ).toBeVisible();
    const table = strength.getByRole('table', {
      name: /Personnel on the ground at each reported date/,
    });
    await expect(table.getByRole('row').filter({ hasText: 'August 2025' })).toContainText('826');
    await expect(table.getByRole('row').filter({ hasText: 'August 2025' })).toContainText('2,500');
    const marks = await strength.locator('svg .marks a').evaluateAll((links) =>
      links.map((link) => ({
        href: link.getAttribute('href'),
        title: link.querySelector('title')?.textContent ?? '',
      })),
    );
    expect(marks.find((mark) => mark.title.startsWith('Authorised ceiling 2500'))?.href).toMatch(
      /^\/sub\/articles\/mandate-fixture\/#mandates-/,
    );
    expect(marks.find((mark) => mark.title.startsWith('Kenya: 800'))?.title).toContain(
      'Kenya currently leads the force',
    );
  });

  test('the mission page lists the mandate history with quotes and sources', async ({ page }) => {
    await page.goto('entities/mss/');
    const history = page.getByRole('region', { name: 'Mandate history' });
    await expect(
      history.getByRole('listitem').filter({ hasText: 'Ceiling: 2,500 personnel' }),
    ).toContainText('authorised a force of up to 2,500 personnel in October 2023');
    await expect(
      history.getByRole('listitem').filter({ hasText: 'renewed by UN Security Council' }),
    ).toContainText('until October 2026');
    await expect(
      history
        .getByRole('link', {
          name: 'Security Council renews the multinational mission (test fixture)',
        })
        .first(),
    ).toHaveAttribute('href', /^\/sub\/articles\/mandate-fixture\/#mandates-[0-9a-f]{8}$/);
  });

  test('the timeline shows the mandate periods, ceiling and quotes without JavaScript', async ({
    page,
  }) => {
    await page.goto('timeline/');
    const eras = page.getByRole('complementary', { name: 'Mandate periods' });
    await expect(eras).toContainText('October 2024 – October 2026 · authorised ceiling: 2,500');
    await expect(eras).toContainText('renewed the mandate until October 2026');
    await expect(page.locator(RUNNABLE_SCRIPTS)).toHaveCount(0);
    // In French, as French is written: a no-break space before each colon.
    await page.goto('fr/timeline/');
    const periods = page.getByRole('complementary', { name: 'Périodes du mandat' });
    const span = (await periods
      .locator('.span')
      .filter({ hasText: 'octobre 2026' })
      .first()
      .textContent())!;
    expect(span).toMatch(
      /^Mission multinationale d’appui à la sécurité\u00a0: octobre 2024 – octobre 2026 · plafond autorisé\u00a0: 2\s500$/,
    );
    expect(await periods.locator('.statements li').first().textContent()).toMatch(
      /^\S.*\d{4}\u00a0: /,
    );
  });

  test('mandates.json and .csv hold the statements', async ({ request, baseURL }) => {
    const mandates = (await (await request.get(`${baseURL}data/mandates.json`)).json()) as Record<
      string,
      unknown
    >[];
    expect(mandates.find((record) => record.action === 'renewed')).toMatchObject({
      mission: 'mss',
      until: '2026-10',
      by: 'un-security-council',
      quote: 'renewed the mandate until October 2026',
    });
    expect(mandates.find((record) => record.ceiling === 2500)).toMatchObject({
      action: 'authorised',
      date: '2023-10',
    });
    const csv = parseCsv(await (await request.get(`${baseURL}data/mandates.csv`)).text());
    expect(csv.length).toBe(mandates.length + 1);
  });

  for (const path of ['deployments/', 'entities/mss/', 'timeline/', '']) {
    test(`axe finds no violations on /sub/${path} with the mandate shown`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolationsInBothSchemes(page);
    });
  }
});

test.describe('a content history whose second commit corrects the first (tests/fixtures/history.ts)', () => {
  const article = 'articles/kenya-prepares-to-send-additional-troops-to-haiti/';

  test('the corrected figure says so on its article page, with the date and the commit message', async ({
    page,
  }) => {
    await page.goto(article);
    const figure = page
      .locator('.figure')
      .filter({ hasText: 'police from Kenya' })
      .filter({ hasText: 'Deployed' });
    await expect(figure.locator('.correction')).toHaveText(
      'Corrected 25 September 2024: count was 4,000, now 400. Commit message: “Correct Kenya’s first contingent: 400 officers in June 2024, as the article says”',
    );
    // Figures that were never changed carry no note.
    await expect(
      page.locator('.figure').filter({ hasText: 'Pledged' }).locator('.correction'),
    ).toHaveCount(0);
  });

  test('/corrections/ lists every change newest first, linked to the figure as it is now, without JavaScript', async ({
    page,
  }) => {
    await page.goto('corrections/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
    const items = page.locator('.corrections > li');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText('Figure corrected');
    await expect(items.nth(0)).toContainText('Kenya (Deployed): count was 4,000, now 400.');
    await expect(items.nth(1)).toContainText('Figure removed');
    await expect(items.nth(1)).toContainText(
      'Haiti (Deployed): count was 400; date was June 2024; quote was “The first group of 400 Kenyan officers was deployed in June 2024.”',
    );
    await expect(items.nth(2)).toContainText(
      'First group of 400 Kenyan officers deployed to Haiti: date was May 2024, now June 2024.',
    );
    for (const item of await items.all()) await expect(item).toContainText('25 September 2024');
    const link = items.nth(0).getByRole('link');
    await expect(link).toHaveText('Kenya prepares to send additional troops to Haiti');
    await link.click();
    await expect(page).toHaveURL(
      /\/sub\/articles\/kenya-prepares-to-send-additional-troops-to-haiti\/#deployments-[0-9a-f]{8}$/,
    );
    await expect(page.locator(':target .correction')).toContainText('count was 4,000, now 400');
    await page.goto('corrections/');
    await expect(page.locator(RUNNABLE_SCRIPTS)).toHaveCount(0);
    await expectNoAxeViolationsInBothSchemes(page);
  });

  test('the corrections feed parses and lists each correction', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto('corrections/');
    await expect(
      page.locator(
        'link[rel="alternate"][type="application/rss+xml"][title="MSS Haiti Tracker: corrections"]',
      ),
    ).toHaveAttribute('href', '/sub/corrections/rss.xml');
    const xml = await (await request.get(`${baseURL}corrections/rss.xml`)).text();
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          guid: item.querySelector('guid')?.textContent,
          date: item.querySelector('pubDate')?.textContent,
        })),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.items.map((item) => item.title)).toEqual([
      'Figure corrected: Kenya (Deployed)',
      'Figure removed: Haiti (Deployed)',
      'Event corrected: First group of 400 Kenyan officers deployed to Haiti',
    ]);
    expect(feed.items[0]!.link).toMatch(
      /^https:\/\/example\.org\/sub\/articles\/kenya-prepares-to-send-additional-troops-to-haiti\/#deployments-/,
    );
    expect(new Set(feed.items.map((item) => item.guid)).size).toBe(3);
    for (const item of feed.items) expect(item.date).toBe('Wed, 25 Sep 2024 09:30:00 GMT');
  });

  test('axe finds no violations on the article page with its correction', async ({ page }) => {
    await page.goto(article);
    await expectNoAxeViolationsInBothSchemes(page);
  });
});

test.describe('an article written in Haitian Creole, with English and French titles (tests/fixtures/creole)', () => {
  const slug = 'polis-kenyan-ak-polis-ayisyen-nan-dema';

  test('has one page, in Creole: its language, its interface, its other titles, and links to the Creole edition', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(`articles/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Polis kenyan ak polis ayisyen fè patwouy ansanm nan Dèlma',
    );
    await expect(page.locator('.translated-titles li[lang="en"]')).toHaveText(
      'Kenyan and Haitian police patrol Delmas together',
    );
    await expect(page.locator('.translated-titles li[lang="fr"]')).toHaveText(
      'Policiers kényans et haïtiens patrouillent ensemble à Delmas',
    );
    await expect(page.locator('.byline')).toContainText('Pibliye 25 septanm 2024');
    // Mentions found by the entities' Creole names link to the Creole edition.
    await expect(page.locator('.prose a', { hasText: 'Dèlma' })).toHaveAttribute(
      'href',
      '/sub/ht/entities/delmas/',
    );
    for (const lang of ['fr', 'ht'])
      expect(
        (await request.get(`${baseURL}${lang}/articles/${slug}/`)).status(),
        `no ${lang} copy of the article`,
      ).toBe(404);
    await expectNoAxeViolations(page);
  });

  test("appears in all three editions, in each edition's language where it is translated", async ({
    page,
  }) => {
    const titles = {
      '': 'Kenyan and Haitian police patrol Delmas together',
      'fr/': 'Policiers kényans et haïtiens patrouillent ensemble à Delmas',
      'ht/': 'Polis kenyan ak polis ayisyen fè patwouy ansanm nan Dèlma',
    };
    for (const [edition, title] of Object.entries(titles)) {
      await page.goto(`${edition}articles/`);
      const link = page.locator(`.card a[href="/sub/articles/${slug}/"]`);
      await expect(link, edition || 'en').toHaveText(title);
    }
    // Its summary is not translated: the French list shows the Creole text, marked as such.
    await page.goto('fr/articles/');
    const card = page
      .locator('.card')
      .filter({ has: page.locator(`a[href="/sub/articles/${slug}/"]`) });
    await expect(card.locator('.summary span[lang="ht"]')).toContainText(
      'Polis kenyan yo ki nan misyon MSS la',
    );
    await expect(card.locator('.summary .untranslated')).toHaveText('(pas encore traduit)');
  });

  test('the Creole search finds it', async ({ page }) => {
    await page.goto('ht/search/?q=patwouy');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    const result = page
      .locator('.pagefind-ui__result')
      .filter({ hasText: 'Polis kenyan ak polis ayisyen' });
    await expect(result.first()).toBeVisible({ timeout: 15_000 });
    // Its filter speaks Creole too.
    await expect(page.getByRole('checkbox', { name: /^atik/ })).toBeVisible();
    await expect(page.locator('a.other-language[hreflang="en"]')).toHaveAttribute(
      'href',
      /\/sub\/search\/\?q=patwouy$/,
    );
  });
});

test.describe('the editions', () => {
  test('switching language keeps the reader on the same page', async ({ page }) => {
    await page.goto('ht/deployments/');
    await page.locator('nav.languages').getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/sub\/fr\/deployments\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Effectifs : promis et déployés',
    );
    await page.locator('nav.languages').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/sub\/deployments\/$/);
  });

  test('a Creole page speaks Creole: dates, statuses, entity names', async ({ page }) => {
    await page.goto('ht/entities/kenya/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya');
    await expect(page.locator('.description')).toHaveText(
      'Peyi k ap dirije misyon MSS la, premye ki te deplwaye',
    );
    // An entity's own text is written in English: it says so, and is marked as English.
    await page.goto('ht/entities/mss/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Misyon Miltinasyonal Sipò Sekirite',
    );
    await expect(page.locator('.prose[lang="en"]')).toHaveCount(1);
    // Its mention links go to the Creole edition's pages.
    await expect(page.locator('.prose a', { hasText: 'Kenya' })).toHaveAttribute(
      'href',
      '/sub/ht/entities/kenya/',
    );
    await expect(page.locator('p.note').first()).toHaveText(
      'Tèks sa a poko tradui; li la an angle.',
    );
    await page.goto('ht/timeline/2024/');
    const months = await page.locator('.month-heading').allTextContents();
    expect(months.length).toBeGreaterThan(1);
    for (const month of months)
      expect(month).toMatch(
        /^(janvye|fevrye|mas|avril|me|jen|jiyè|out|septanm|oktòb|novanm|desanm) 2024$|^2024, san mwa$/i,
      );
    await page.goto('ht/deployments/');
    await expect(
      page.locator('section[aria-labelledby="table-heading"] table').first(),
    ).toContainText('Deplwaye');
    await expect(page.getByRole('link', { name: 'Jamayik' }).first()).toBeVisible();
  });

  test("the translators' page lists what each language lacks", async ({ page }) => {
    await page.goto('translations/');
    await expect(page.getByRole('heading', { level: 2, name: 'Kreyòl ayisyen' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Every interface key is translated.');
    // The Creole fixture's summary is translated into neither French nor English.
    const french = page.locator('section', { has: page.locator('#lang-fr') });
    await expect(french.locator('tr', { hasText: 'article summary' }).first()).toBeVisible();
    await expect(page.locator(RUNNABLE_SCRIPTS)).toHaveCount(0);
    await expectNoAxeViolations(page);
    // It is reached from the about page, not from the main navigation.
    await page.goto('ht/about/');
    await expect(page.locator('main a[href="/sub/translations/"]')).toHaveCount(1);
    await expect(page.locator('header a[href="/sub/translations/"]')).toHaveCount(0);
  });

  test("on a phone the translators' page shows each item as a block, its text on the screen's width", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('translations/');
    const french = page.getByRole('table', { name: /^Content to translate into Français/ });
    const row = french.getByRole('row').filter({ hasText: 'article summary' }).first();
    const [kind, text, file] = await row.getByRole('cell').all();
    const [kindBox, textBox, fileBox] = await Promise.all(
      [kind!, text!, file!].map(async (cell) => (await cell.boundingBox())!),
    );
    // One under the other, the text as wide as the screen allows rather than a word per line.
    expect(textBox!.y).toBeGreaterThanOrEqual(kindBox!.y + kindBox!.height - 1);
    expect(fileBox!.y).toBeGreaterThanOrEqual(textBox!.y + textBox!.height - 1);
    expect(textBox!.width).toBeGreaterThan(300);
    expect(fileBox!.x + fileBox!.width).toBeLessThanOrEqual(375);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
