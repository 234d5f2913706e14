/** The home page: the mission in numbers (strength against the mandate, money, countries) and the latest articles. */
import type { Article, SiteData } from '@/build/siteData.ts';
import type { CountrySeries } from '@/lib/figures/deploymentSeries.ts';
import type { FundingFlow } from '@/lib/figures/fundingSeries.ts';
import { strengthSummary, type StrengthSummary } from '@/lib/figures/strength.ts';
import { SITE, type Edition } from '@/site.config.ts';

export interface HomeView {
  readonly lastUpdated?: string;
  readonly numbers: {
    readonly series: readonly CountrySeries[];
    readonly nameOf: (id: string) => string;
    readonly articleCount: number;
    readonly eventCount: number;
    readonly funding: readonly FundingFlow[];
    readonly strength: StrengthSummary;
    readonly newest?: string;
  };
  /** The newest articles (SITE.homeArticles). */
  readonly latest: readonly Article[];
  readonly articleCount: number;
}

export function homeView(site: SiteData, { lang }: Pick<Edition, 'lang'>): HomeView {
  const { articles, lastUpdated } = site;
  return {
    lastUpdated,
    numbers: {
      series: site.deployments,
      nameOf: site.namesIn(lang),
      articleCount: articles.length,
      eventCount: site.events.length,
      funding: site.funding,
      strength: strengthSummary(site.strength, site.mandates, lastUpdated),
      newest: lastUpdated,
    },
    latest: articles.slice(0, SITE.homeArticles),
    articleCount: articles.length,
  };
}
