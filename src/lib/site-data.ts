/**
 * The one module that touches Astro's collections. It loads them once per build
 * and memoises every derived index, so pages never rescan the collections and
 * the build stays linear in the number of articles.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { eventsByDate, newestFirst, readingMinutes, summaryOf, taggedEntities } from './articles.ts';
import { buildDeploymentSeries, type CountrySeries } from './deploymentSeries.ts';
import { mergeEvents, type MergedEvent } from './mergeEvents.ts';
import { mdastToPlainText, parseMarkdown } from './plainText.ts';

/** An article with everything the pages show about it. */
export interface Article {
  readonly slug: string;
  readonly entry: CollectionEntry<'articles'>;
  readonly data: CollectionEntry<'articles'>['data'];
  readonly summary: string;
  readonly plainText: string;
  readonly readingMinutes: number;
  /** Entity ids from the frontmatter (tagged, events, figures). */
  readonly entityIds: readonly string[];
  /** The article's own events, oldest first. */
  readonly events: readonly CollectionEntry<'articles'>['data']['events'][number][];
}

export interface Entity {
  readonly id: string;
  readonly entry: CollectionEntry<'entities'>;
  readonly data: CollectionEntry<'entities'>['data'];
}

export interface SiteData {
  /** Newest first. */
  readonly articles: readonly Article[];
  readonly articleBySlug: ReadonlyMap<string, Article>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Merged events, oldest first. */
  readonly events: readonly MergedEvent[];
  /** Events that each article contributes to, by article slug. */
  readonly eventsByArticle: ReadonlyMap<string, readonly MergedEvent[]>;
  readonly deployments: readonly CountrySeries[];
  /** Publication date of the newest article. */
  readonly lastUpdated?: string;
}

let cached: Promise<SiteData> | undefined;

/** All derived data, computed on first use and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteData> {
  const [articleEntries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);

  const articles = newestFirst(
    articleEntries.map((entry): Article => {
      const plainText = mdastToPlainText(parseMarkdown(entry.body ?? ''));
      return {
        slug: entry.id,
        entry,
        data: entry.data,
        summary: summaryOf(entry.data.summary, plainText),
        plainText,
        readingMinutes: readingMinutes(plainText),
        entityIds: taggedEntities(entry.data),
        events: eventsByDate(entry.data.events),
      };
    }),
  );

  const sourceArticles = articles.map((article) => ({ ...article.data, slug: article.slug, file: article.entry.filePath ?? article.slug }));
  const { events } = mergeEvents(sourceArticles);
  const eventsByArticle = new Map<string, MergedEvent[]>();
  for (const event of events) {
    for (const source of event.sources) {
      const list = eventsByArticle.get(source.article);
      if (list) list.push(event);
      else eventsByArticle.set(source.article, [event]);
    }
  }

  return {
    articles,
    articleBySlug: new Map(articles.map((article) => [article.slug, article])),
    entities: new Map(entityEntries.map((entry) => [entry.id, { id: entry.id, entry, data: entry.data }])),
    events,
    eventsByArticle,
    deployments: buildDeploymentSeries(sourceArticles),
    lastUpdated: articles[0]?.data.published,
  };
}
