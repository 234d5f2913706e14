/**
 * Site data from stored content: the merged timeline, the entity index, the figure series and the
 * corrections, each built once per build and shared by every page (no page rescans the content,
 * and the build stays linear in the number of articles).
 */
import type { CollectionEntry } from 'astro:content';
import {
  articleEvents,
  newestFirst,
  taggedEntities,
  type ArticleEvent,
} from '@/lib/articles/articles.ts';
import { buildTimeline, type Timeline } from '@/lib/timeline/buildTimeline.ts';
import { buildDeploymentSeries, type CountrySeries } from '@/lib/figures/deploymentSeries.ts';
import { buildFundingFlows, type FundingFlow } from '@/lib/figures/fundingSeries.ts';
import {
  anchorsBySource,
  mergeEvents,
  sourceKey,
  type MergedEvent,
} from '@/lib/timeline/mergeEvents.ts';
import { indexEntities, type EntityIndex } from '@/lib/entities/indexEntities.ts';
import { buildMandates, mandateEvents, type MissionMandate } from '@/lib/figures/mandates.ts';
import {
  pledgedOverTime,
  strengthOverTime,
  type PledgePoint,
  type StrengthPoint,
} from '@/lib/figures/strength.ts';
import { EVENT_KINDS, type MandateData } from '@/schemas/article.ts';
import { CATALOGUES, LANGUAGES, type Language } from '@/i18n/index.ts';
import { RELATED_LIMIT, TIMELINE_PAGE_SIZE } from '@/lib/limits.ts';
import { paths } from '@/lib/routes.ts';
import type { Correction } from '@/lib/articles/corrections.ts';

/** An article with everything the pages show about it. */
export interface Article {
  readonly slug: string;
  readonly entry: CollectionEntry<'articles'>;
  readonly data: CollectionEntry<'articles'>['data'];
  readonly summary: string;
  readonly readingMinutes: number;
  /** Entities the article concerns: named in the body (reading order), then tagged. */
  readonly entityIds: readonly string[];
  /** The article's own events, oldest first, with their place on the timeline. */
  readonly events: readonly ArticleEvent[];
}

export interface Entity {
  readonly id: string;
  readonly entry: CollectionEntry<'entities'>;
  readonly data: CollectionEntry<'entities'>['data'];
}

/** An entity as a link target: its name and, once entity pages exist, its page. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  /** Site path without base; absent when the id has no entity file. */
  readonly path?: string;
}

export interface SiteData {
  /** Newest first. */
  readonly articles: readonly Article[];
  readonly articleBySlug: ReadonlyMap<string, Article>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Merged events, oldest first. */
  readonly events: readonly MergedEvent[];
  readonly deployments: readonly CountrySeries[];
  /** Money flows (donor → recipient, per currency), largest pledge first. */
  readonly funding: readonly FundingFlow[];
  /** Each mission's mandate statements, periods and ceilings. */
  readonly mandates: readonly MissionMandate[];
  /** The total on the ground over time, oldest first. */
  readonly strength: readonly StrengthPoint[];
  /** The total pledged over time, oldest first. */
  readonly pledged: readonly PledgePoint[];
  readonly timeline: Timeline;
  readonly entityIndex: EntityIndex;
  /** Display name of an entity id (the id itself when there is no entity file). */
  readonly nameOf: (id: string) => string;
  /** Names (and pages) of entity ids, in the order given. */
  readonly entityRefs: (ids: readonly string[]) => EntityRef[];
  /** Entity names in one language: the editors' translation where there is one, else the name (names are proper nouns). */
  readonly namesIn: (lang: Language) => (id: string) => string;
  /** {@link entityRefs} with names in one language. */
  readonly refsIn: (lang: Language) => (ids: readonly string[]) => EntityRef[];
  /** Publication date of the newest article. */
  readonly lastUpdated?: string;
  /** Whether the content's git history could be read, and if not why (a shallow clone...). */
  readonly history:
    | { readonly available: true; readonly commits: number }
    | { readonly available: false; readonly reason: string };
  /** Every correction found in the history, newest first. */
  readonly corrections: readonly Correction[];
  /** Whether an article has a figure of this id today (a corrected figure may have been changed again since). */
  readonly figureExists: (slug: string, figureId: string) => boolean;
  /** The corrections of one figure of one article, newest first (see {@link figureKey}). */
  readonly correctionsOfFigure: (slug: string, figureId: string) => readonly Correction[];
}

const figureKey = (slug: string, figureId: string): string => `${slug}#${figureId}`;

/** A per-language function made once per language. */
function memoByLanguage<T>(make: (lang: Language) => T): (lang: Language) => T {
  const made = new Map<Language, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}

/** What the content loaders stored, as Astro's collections hand it over. */
export interface StoredContent {
  readonly articles: readonly CollectionEntry<'articles'>[];
  readonly entities: readonly CollectionEntry<'entities'>[];
  /** The one entry of the `history` collection, when the history loader ran. */
  readonly history?: CollectionEntry<'history'>;
  /** An article's plain text, read from the stored body when an entity page quotes a mention. */
  readonly textOf: (bodyFile: string) => string;
}

/**
 * Every index the pages read, derived once from what the loaders stored (pure: siteData.ts reads
 * the collections; the tests hand in a fixture corpus run through the same loaders).
 */
export function assembleSiteData({
  articles: articleEntries,
  entities: entityEntries,
  history,
  textOf,
}: StoredContent): SiteData {
  // The corrections were read from the content's git history by its loader (loaders/contentHistory.ts).
  const sourceArticles = articleEntries.map((entry) => ({
    ...entry.data,
    slug: entry.id,
    file: entry.filePath ?? entry.id,
  }));
  // Mandate statements join the timeline as events, after each article's own (so their indexes stay put).
  const namesIn = memoByLanguage((lang) => {
    const names = new Map(
      entityEntries.map((entry) => [
        entry.id,
        entry.data.translations[lang as Language]?.name ?? entry.data.name,
      ]),
    );
    return (id: string): string => names.get(id) ?? id;
  });
  const mandateTitleIn =
    (lang: Language) =>
    (mandate: MandateData): string => {
      const t = CATALOGUES[lang];
      return t.mandateEvent(
        namesIn(lang)(mandate.mission),
        t.mandateAction[mandate.action],
        mandate.until ? t.format.partialDate(mandate.until) : undefined,
      );
    };
  const others = LANGUAGES.filter((lang) => lang !== 'en');
  const mandateTranslations = (mandate: MandateData) =>
    Object.fromEntries(others.map((lang) => [lang, { title: mandateTitleIn(lang)(mandate) }]));
  const { events } = mergeEvents(
    sourceArticles.map((article) => ({
      ...article,
      events: [
        ...article.events,
        ...mandateEvents(article, mandateTitleIn('en'), mandateTranslations),
      ],
    })),
  );
  const deployments = buildDeploymentSeries(sourceArticles);
  const timeline = buildTimeline(events, { perPage: TIMELINE_PAGE_SIZE, kindOrder: EVENT_KINDS });
  const anchors = anchorsBySource(events);
  const locate = (slug: string, index: number): string | undefined => {
    const anchor = anchors.get(sourceKey(slug, index));
    return anchor === undefined ? undefined : timeline.locate(anchor);
  };

  const entities = new Map(
    entityEntries.map((entry) => [entry.id, { id: entry.id, entry, data: entry.data }]),
  );
  const nameOf = (id: string): string => entities.get(id)?.data.name ?? id;
  const entityRefs = (ids: readonly string[]): EntityRef[] =>
    ids.map((id) => ({
      id,
      name: nameOf(id),
      path: entities.has(id) ? paths.entity(id) : undefined,
    }));
  const refsIn = memoByLanguage((lang) => {
    const name = namesIn(lang);
    return (ids: readonly string[]): EntityRef[] =>
      ids.map((id) => ({
        id,
        name: name(id),
        path: entities.has(id) ? paths.entity(id) : undefined,
      }));
  });

  // The loader stored each article's summary, reading time and first mentions:
  // no body is parsed and no text is scanned here.
  const prepared = newestFirst(
    articleEntries.map((entry) => ({ slug: entry.id, entry, data: entry.data })),
  );
  const entityIndex = indexEntities(
    prepared.map((article) => {
      let text: string | undefined;
      return {
        slug: article.slug,
        // Read only when an entity page shows the sentence of this article's mention, and then once
        // for all the entities it mentions: the plain text of every article is too much to hold at once.
        get text() {
          return (text ??= textOf(article.data.bodyFile));
        },
        mentions: article.data.mentions.map(([id, start, end]) => ({ id, start, end })),
        tagged: taggedEntities(article.data),
      };
    }),
    events,
    { relatedLimit: RELATED_LIMIT, nameOf },
  );
  const articles = prepared.map(({ slug, entry, data }): Article => ({
    slug,
    entry,
    data,
    summary: data.summaryText,
    readingMinutes: data.readingMinutes,
    entityIds: entityIndex.entitiesOf(slug),
    events: articleEvents(data.events, (index) => locate(slug, index)),
  }));

  const funding = buildFundingFlows(sourceArticles);
  const mandates = buildMandates(sourceArticles);
  const figureKeys = new Set(
    [...deployments, ...funding, ...mandates].flatMap((series) =>
      series.figures.map((figure) => figureKey(figure.article, figure.id)),
    ),
  );

  const corrections = history?.data.corrections ?? [];
  const byFigure = Map.groupBy(
    corrections.filter((correction) => correction.kind === 'figure' && correction.figureId),
    (correction) => figureKey(correction.slug, correction.figureId!),
  );

  return {
    history: history?.data.available
      ? { available: true, commits: history.data.commits }
      : { available: false, reason: history?.data.reason ?? 'the history was not read' },
    corrections,
    correctionsOfFigure: (slug, figureId) => byFigure.get(figureKey(slug, figureId)) ?? [],
    articles,
    articleBySlug: new Map(articles.map((article) => [article.slug, article])),
    entities,
    nameOf,
    entityRefs,
    namesIn,
    refsIn,
    timeline,
    entityIndex,
    events,
    deployments,
    funding,
    mandates,
    figureExists: (slug, figureId) => figureKeys.has(figureKey(slug, figureId)),
    strength: strengthOverTime(deployments),
    pledged: pledgedOverTime(deployments),
    lastUpdated: articles[0]?.data.published,
  };
}
