/** The article list: newest first, SITE.articlesPerPage to a page; page 1 at /articles/, the rest at /articles/page/<n>/. */
import type { Article, SiteData } from '@/build/siteData.ts';
import { paginate, type Page } from '@/lib/paginate.ts';
import { EDITIONS, SITE } from '@/site.config.ts';
import { cacheKeyOf } from './cacheKey.ts';

/** Every page of the article list. */
export const articleListPages = (site: Pick<SiteData, 'articles'>): Page<Article>[] =>
  paginate(site.articles, SITE.articlesPerPage);

/** The list's pages after the first, in each edition (`getStaticPaths` of /articles/page/<n>/). */
export const articleListPaths = (site: Pick<SiteData, 'articles'>) =>
  EDITIONS.flatMap(({ params }) =>
    articleListPages(site)
      .slice(1)
      .map((page) => ({
        params: { ...params, page: String(page.number) },
        props: { page },
        cacheKey: cacheKeyOf(page),
      })),
  );
