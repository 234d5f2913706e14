/**
 * What each page type is handed to lay out (src/view/), on the fixture corpus with the mandate
 * fixture and an article in Haitian Creole: the facts a reader sees, in the edition's words.
 */
import { describe, expect, it } from 'vitest';
import { fr } from '@/i18n/fr.ts';
import { paths } from '@/lib/routes.ts';
import { editionIn, SITE } from '@/site.config.ts';
import { aboutView } from '@/view/about.ts';
import { articlePaths, articleView } from '@/view/article.ts';
import { articleListPages, articleListPaths } from '@/view/articles.ts';
import { correctionsPageView } from '@/view/corrections.ts';
import { entitiesView } from '@/view/entities.ts';
import { entityPageModel, entityPaths } from '@/view/entity.ts';
import { homeView } from '@/view/home.ts';
import { timelinePaths, timelineView } from '@/view/timeline.ts';
import { translationsView } from '@/view/translations.ts';
import { fixtureSiteData } from '../fixtures/siteData.ts';

const site = await fixtureSiteData('mandate', 'creole');
const en = editionIn('en');
const french = editionIn('fr');
const TROOPS = 'kenya-prepares-to-send-additional-troops-to-haiti';

describe('the home page', () => {
  const view = homeView(site, en);

  it('lists the newest articles first, as many as the home page shows', () => {
    expect(view.latest.map((article) => article.slug)).toEqual(
      [...site.articles]
        .sort((a, b) => b.data.published.localeCompare(a.data.published))
        .slice(0, SITE.homeArticles)
        .map((article) => article.slug)
        .slice(0, view.latest.length),
    );
    expect(view.latest[0]!.slug).toBe('mandate-fixture');
    expect(view.articleCount).toBe(5);
  });

  it('counts the mission: the latest total on the ground against the ceiling', () => {
    expect(view.numbers.strength.latest?.total).toBe(826);
    expect(view.numbers.strength.mandate?.mission).toBe('mss');
    expect(view.numbers.eventCount).toBe(site.events.length);
    expect(view.lastUpdated).toBe('2025-10-03');
  });

  it('names entities in the edition’s language', () => {
    expect(homeView(site, french).numbers.nameOf('united-states')).toBe(
      site.namesIn('fr')('united-states'),
    );
  });
});

describe('the article list', () => {
  it('puts every article on exactly one page, newest first', () => {
    const pages = articleListPages(site);
    expect(pages.flatMap((page) => page.items.map((article) => article.slug))).toEqual(
      site.articles.map((article) => article.slug),
    );
    expect(pages.every((page) => page.items.length <= SITE.articlesPerPage)).toBe(true);
  });

  it('has no numbered page when one page holds them all', () => {
    expect(articleListPaths(site)).toEqual([]);
  });
});

describe('an article’s page', () => {
  const entry = articlePaths(site).find(({ params }) => params.slug === TROOPS)!;
  const view = articleView(site, entry.props, en);

  it('knows its neighbours in publication order', () => {
    const index = site.articles.findIndex((article) => article.slug === TROOPS);
    expect(entry.props.newer?.slug).toBe(site.articles[index - 1]?.slug);
    expect(entry.props.older?.slug).toBe(site.articles[index + 1]?.slug);
  });

  it('lists its figures by kind, each citable at its permalink', () => {
    expect(view.figureSections.map((section) => [section.id, section.items.length])).toEqual([
      ['figures', 6],
      ['money', 1],
      ['mandates', 1],
    ]);
    const first = view.figureSections[0]!.items[0]!;
    expect(view.cite(first)).toContain(
      `https://tracker.example.org/articles/${TROOPS}/#${first.id}`,
    );
  });

  it('offers its titles in the other languages, and names what it concerns', () => {
    expect(view.titles.map((title) => title.code).sort()).toEqual(['fr', 'ht']);
    expect(view.entities.map((ref) => ref.id)).toContain('kenya');
    expect(view.entities.find((ref) => ref.id === 'kenya')?.path).toBe(paths.entity('kenya'));
  });

  it('describes itself for search engines, with the entities it is about', () => {
    expect(view.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      url: `https://tracker.example.org/articles/${TROOPS}/`,
    });
    expect(JSON.stringify(view.jsonLd)).toContain('https://tracker.example.org/entities/kenya/');
  });

  it('is shown in its own language, whatever the edition', () => {
    const creole = site.articles.find((article) => article.data.lang === 'ht')!;
    const view = articleView(site, { article: creole }, editionIn('ht'));
    expect(view.article.data.lang).toBe('ht');
    expect(view.titles.map((title) => title.code).sort()).toEqual(['en', 'fr']);
  });
});

describe('the timeline', () => {
  it('says how many events the overview holds', () => {
    const view = timelineView(site, en);
    expect(view.title).toBe(en.t.timeline.title);
    expect(view.intro).toBe(
      site.timeline.singlePage
        ? en.t.timeline.introSingle(site.events.length)
        : en.t.timeline.introPaged(site.events.length, site.timeline.years.length),
    );
    expect(view.page).toBe(site.timeline.overview);
  });

  it('has a page per year and per kind in each edition, kind pages kept out of search engines', () => {
    const all = timelinePaths(site);
    const perEdition =
      site.timeline.yearPages.length + [...site.timeline.kindPages.values()].flat().length;
    expect(all).toHaveLength(perEdition * 3);
    const visits = all.find((entry) => entry.props.kind === 'visit' && entry.params.lang === 'fr')!;
    expect(visits.params.path).toBe('kind/visit');
    const view = timelineView(site, french, visits.props);
    expect(view.heading).toBe(fr.timeline.kindHeading(fr.eventKinds.visit));
    expect(view.indexed).toBe(false);
    expect(JSON.stringify(view.jsonLd)).toContain('https://tracker.example.org/fr/');
  });
});

describe('the entity pages', () => {
  it('lists every entity once, by kind, most mentioned first', () => {
    const groups = entitiesView(site, en);
    const ids = groups.flatMap((group) => group.entries.map((entry) => entry.id));
    expect(ids.sort()).toEqual([...site.entities.keys()].sort());
    for (const group of groups) {
      const counts = group.entries.map((entry) => entry.mentions);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('marks a description not yet translated as written in English', () => {
    const described = entitiesView(site, editionIn('ht'))
      .flatMap((group) => group.entries)
      .filter((entry) => entry.description);
    expect(described.length).toBeGreaterThan(0);
    for (const entry of described) {
      const translated = site.entities.get(entry.id)!.data.translations.ht?.description;
      expect(entry.description!.lang).toBe(translated ? 'ht' : 'en');
    }
  });

  it('has a page for every entity in every edition', () => {
    expect(entityPaths(site)).toHaveLength(site.entities.size * 3);
  });

  it('shows a country its personnel and a mission its mandate, in the edition’s words', () => {
    const kenya = entityPageModel(site.entities.get('kenya')!, site, fr);
    expect(kenya.name).toBe(site.namesIn('fr')('kenya'));
    expect(kenya.personnel?.table.rows).toHaveLength(5);
    expect(kenya.jsonLd).toMatchObject({ url: 'https://tracker.example.org/fr/entities/kenya/' });
    const mss = entityPageModel(site.entities.get('mss')!, site, fr);
    expect(mss.mandate?.total).toBe(5);
    expect(mss.flows.map((flow) => flow.donor)).toEqual(['united-states']);
  });
});

describe('the about page', () => {
  it('names each outlet once and counts the articles that name none', () => {
    expect(aboutView(site)).toEqual({ articleCount: 5, outlets: ['Capital News'], unnamed: 4 });
  });
});

describe('the translators’ page', () => {
  it('lists, per language, what is missing with a link to where it shows', () => {
    const languages = translationsView(site);
    expect(languages.map((language) => language.lang)).toEqual(['en', 'fr', 'ht']);
    expect(languages[0]!.keys).toEqual([]);
    for (const item of languages.flatMap((language) => language.content))
      expect(item.path).toMatch(/^(articles|entities)\/[^/]+\/$/);
  });
});

describe('the corrections page', () => {
  it('says why there is nothing to show when the build read no history', () => {
    expect(correctionsPageView(site, en.t)).toEqual({ unavailable: 'the history was not read' });
  });

  it('lists each correction in the edition’s words, linked to the figure as it is now', () => {
    const withHistory = {
      ...site,
      history: { available: true, commits: 2 } as const,
      corrections: [
        {
          slug: TROOPS,
          commit: '0123456789abcdef0123',
          time: '2025-01-02T10:00:00Z',
          date: '2025-01-02',
          message: 'Fix the count',
          kind: 'title' as const,
          about: 'Kenya prepares to send troops',
          changes: [],
        },
      ],
    };
    const view = correctionsPageView(withHistory, french.t);
    expect(
      'corrections' in view && view.corrections.map((c) => [c.kind, c.path, c.message]),
    ).toEqual([[french.t.corrections.kinds.title, paths.article(TROOPS), 'Fix the count']]);
  });
});
