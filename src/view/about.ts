/** /about/: what the tracker is built from: how many articles, from which outlets. */
import type { SiteData } from '@/build/siteData.ts';

export interface AboutView {
  readonly articleCount: number;
  /** The outlets the articles name, alphabetically, each once. */
  readonly outlets: readonly string[];
  /** Articles that name no outlet. */
  readonly unnamed: number;
}

export function aboutView({ articles }: Pick<SiteData, 'articles'>): AboutView {
  const outlets = articles.flatMap((article) => (article.data.outlet ? [article.data.outlet] : []));
  return {
    articleCount: articles.length,
    outlets: [...new Set(outlets)].sort(),
    unnamed: articles.length - outlets.length,
  };
}
