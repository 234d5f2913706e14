import { describe, expect, it } from 'vitest';
import { paths, urlsFor } from '@/lib/routes.ts';

const LANGUAGES = ['en', 'fr', 'ht'];
const at = (lang: string, base = '/', site?: string) =>
  urlsFor(lang, { base, site, languages: LANGUAGES });

describe('routes', () => {
  it.each([
    [
      '/',
      '/articles/kenya-sends-troops/',
      '/entities/kenya/rss.xml',
      '/articles/',
      '/articles/page/3/',
      '/data/deployments.csv',
    ],
    [
      '/mss-tracker/',
      '/mss-tracker/articles/kenya-sends-troops/',
      '/mss-tracker/entities/kenya/rss.xml',
      '/mss-tracker/articles/',
      '/mss-tracker/articles/page/3/',
      '/mss-tracker/data/deployments.csv',
    ],
  ])(
    'under base %s, spells every URL once with the base',
    (base, article, feed, firstPage, thirdPage, data) => {
      const { routes } = at('en', base);
      expect(routes.article('kenya-sends-troops')).toBe(article);
      expect(routes.entityFeed('kenya')).toBe(feed);
      expect(routes.articlesPage(1)).toBe(firstPage);
      expect(routes.articlesPage(3)).toBe(thirdPage);
      expect(routes.data('deployments.csv')).toBe(data);
      expect(routes.home).toBe(base);
    },
  );

  it('keeps every path of the site relative, for code that adds the base later', () => {
    for (const path of Object.values(paths)) {
      const value =
        typeof path === 'string' ? path : (path as (...args: string[]) => string)('x', 'y');
      expect(value.startsWith('/')).toBe(false);
    }
    expect(paths.timelineKind('un-action')).toBe('timeline/kind/un-action/');
  });
});

describe('links', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'articles/', '/articles/'],
    ['/', '/articles/x/', '/articles/x/'],
    ['/sub/', '', '/sub/'],
    ['/sub/', 'articles/', '/sub/articles/'],
    ['/sub', '/data/events.json', '/sub/data/events.json'],
    ['sub/deeper/', 'about/', '/sub/deeper/about/'],
  ])('base %j + %j = %j', (base, path, expected) => {
    expect(at('en', base).href(path)).toBe(expected);
  });

  it.each(['https://example.org/x', 'mailto:a@b.c', '#section', '//cdn.example.org/x'])(
    'leaves %s alone',
    (url) => {
      expect(at('fr', '/sub/').href(url)).toBe(url);
    },
  );

  it('makes absolute URLs from the origin, the base and the edition', () => {
    const urls = at('fr', '/sub/', 'https://example.org');
    expect(urls.absolute('articles/x/')).toBe('https://example.org/sub/articles/x/');
    expect(urls.absolute('deployments/')).toBe('https://example.org/sub/fr/deployments/');
    expect(() => at('en').absolute('about/')).toThrow(/site/);
  });
});

describe('editions of a page', () => {
  it('puts derived pages under the language and leaves shared pages where they are', () => {
    expect(at('fr').href('deployments/')).toBe('/fr/deployments/');
    expect(at('ht').routes.entity('kenya')).toBe('/ht/entities/kenya/');
    expect(at('ht').routes.articlesPage(2)).toBe('/ht/articles/page/2/');
    expect(at('en').routes.timeline).toBe('/timeline/');
    // Each edition has its own social cards, in its words.
    expect(at('fr').routes.card('entities/kenya')).toBe('/fr/og/entities/kenya.png');
    for (const shared of [
      'articles/ruto-visit/',
      'articles/ruto-visit/#deployments-12ab34cd',
      'data/deployments.csv',
      'data/charts/strength.png',
      'corrections/',
      'rss.xml',
      'entities/kenya/rss.xml',
      'pagefind/pagefind-ui.js',
      'pagefind/',
      'favicon.svg',
    ]) {
      expect(at('fr').href(shared), shared).toBe(`/${shared}`);
      expect(at('fr').alternates(`/${shared}`).shared, shared).toBe(true);
    }
  });

  it('offers the same page in each edition, and each home for a page shown once', () => {
    expect(at('ht', '/sub/').alternates('/sub/ht/timeline/2024/')).toEqual({
      shared: false,
      pages: [
        { lang: 'en', href: '/sub/timeline/2024/' },
        { lang: 'fr', href: '/sub/fr/timeline/2024/' },
        { lang: 'ht', href: '/sub/ht/timeline/2024/' },
      ],
    });
    expect(
      at('en')
        .alternates('/fr/')
        .pages.map((page) => page.href),
    ).toEqual(['/', '/fr/', '/ht/']);
    for (const shown of ['/articles/ruto-visit/', '/fr/404/', '/404.html'])
      expect(at('fr').alternates(shown), shown).toEqual({
        shared: true,
        pages: [
          { lang: 'en', href: '/' },
          { lang: 'fr', href: '/fr/' },
          { lang: 'ht', href: '/ht/' },
        ],
      });
  });
});
