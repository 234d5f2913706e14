/** Article-level derivations: order, summaries and the entities an article concerns. */
import type { ArticleData, EventData } from '@/schemas/article.ts';
import { comparePartialDates } from '@/lib/dates/partialDate.ts';

/** The minimum an article needs for listing. */
export interface ListedArticle {
  readonly slug: string;
  readonly data: Pick<ArticleData, 'published' | 'title'>;
}

/** Newest first; slug breaks ties so the order is the same on every build. */
export function newestFirst<T extends ListedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug),
  );
}

const SUMMARY_LIMIT = 320;

/** The article's own summary, else its first paragraph, cut at a word near 320 characters. */
export function summaryOf(summary: string | undefined, plainText: string): string {
  if (summary) return summary;
  const first = plainText.split('\n').find((line) => line.trim().length > 40) ?? plainText.trim();
  if (first.length <= SUMMARY_LIMIT) return first.trim();
  const cut = first.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** Entity ids an article concerns by its own frontmatter: tagged, in events, in every kind of figure. */
export function taggedEntities(
  data: Pick<ArticleData, 'entities' | 'events' | 'deployments' | 'funding' | 'mandates'>,
): string[] {
  return [
    ...new Set([
      ...data.entities,
      ...data.events.flatMap((event) => event.entities),
      ...data.deployments.map((figure) => figure.country),
      ...data.funding.flatMap((figure) =>
        figure.recipient ? [figure.donor, figure.recipient] : [figure.donor],
      ),
      ...data.mandates.flatMap((mandate) =>
        mandate.by ? [mandate.mission, mandate.by] : [mandate.mission],
      ),
    ]),
  ];
}

const WORDS_PER_MINUTE = 230;

/** Whole minutes to read a text, at least one. */
export function readingMinutes(plainText: string): number {
  const words = plainText.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** One of an article's own events, with where the timeline shows it. */
export interface ArticleEvent {
  readonly event: EventData;
  /** Site path of the timeline entry (`timeline/2024/#anchor`), when it has one. */
  readonly timelinePath?: string;
}

/** An article's own events, oldest first (stable for equal dates), each located on the timeline. */
export function articleEvents(
  events: readonly EventData[],
  locate: (index: number) => string | undefined,
): ArticleEvent[] {
  return events
    .map((event, index) => ({ event, timelinePath: locate(index) }))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date));
}
