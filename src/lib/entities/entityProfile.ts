/**
 * An entity's own record across the corpus, gathered from the once-per-build indexes: the articles
 * that mention it, its events by year and month, the entities named beside it, its personnel. The
 * page's view model (view/entityPage.ts) adds the charts and words.
 */
import { groupByYearAndMonth, type YearGroup } from '@/lib/timeline/buildTimeline.ts';
import type { CountrySeries } from '@/lib/figures/deploymentSeries.ts';
import type { ArticleMention, EntityIndex } from './indexEntities.ts';

export interface EntityProfile<A> {
  /** Latest events that involve the entity, grouped as on the timeline. */
  readonly events: readonly YearGroup[];
  readonly eventCount: number;
  /** Newest articles that mention it, with the sentence of the first mention. */
  readonly articles: readonly { mention: ArticleMention; article: A }[];
  readonly articleCount: number;
  readonly related: readonly { id: string; count: number }[];
  /** Deployment figures, for a country. */
  readonly deployments?: CountrySeries;
}

export interface ProfileLimits {
  readonly articles: number;
  readonly events: number;
}

/** Builds one entity's profile; cost is proportional to what the page shows. */
export function entityProfile<A>(
  id: string,
  index: EntityIndex,
  articleBySlug: ReadonlyMap<string, A>,
  deployments: readonly CountrySeries[],
  limits: ProfileLimits,
): EntityProfile<A> {
  const mentions = index.articlesOf(id);
  const events = index.eventsOf(id);
  return {
    events: groupByYearAndMonth(events.slice(-limits.events)),
    eventCount: events.length,
    articles: mentions.slice(0, limits.articles).flatMap((mention) => {
      const article = articleBySlug.get(mention.article);
      return article ? [{ mention, article }] : [];
    }),
    articleCount: mentions.length,
    related: index.relatedOf(id),
    deployments: deployments.find((series) => series.country === id),
  };
}
