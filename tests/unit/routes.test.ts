import { describe, expect, it } from 'vitest';
import { makeRoutes, paths } from '@/lib/routes.ts';
import { makeHref } from '@/lib/url.ts';

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
      const routes = makeRoutes(makeHref(base));
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
