/**
 * Merges the events of all articles: events that share an `id` are one event
 * with several sources. Used by the content check (contradicting dates) and by
 * the timeline (the merged list).
 */
import type { EventData, EventKind } from '@/schemas/article.ts';
import type { Inference } from '@/lib/figures/inference.ts';
import {
  comparePartialDates,
  datesAgree,
  morePrecise,
  partialDate,
  type PartialDate,
} from '@/lib/dates/partialDate.ts';
import { slugify } from '@/lib/markdown/slugify.ts';

/** The article facts an event needs from its source. */
export interface EventArticle {
  readonly slug: string;
  /** Source file path, for error messages. */
  readonly file: string;
  readonly title: string;
  readonly published: string;
  readonly outlet?: string;
  readonly url?: string;
  /** The language of the article and its event titles: en when not given. */
  readonly lang?: string;
  readonly events: readonly EventData[];
}

/** One article's report of an event; `inferred` says its date is the editors' reading. */
export interface EventSource extends Inference {
  readonly article: string;
  readonly articleTitle: string;
  readonly outlet?: string;
  readonly published: string;
  readonly url?: string;
  readonly quote?: string;
  /** The language of the article (its quote and title). */
  readonly lang: string;
  /** The date and title as this article gave them. */
  readonly date: string;
  readonly title: string;
  /** Index in the article's `events`, for error messages. */
  readonly index: number;
  readonly file: string;
}

/**
 * An event as the timeline shows it: once, with every source. It is inferred
 * when no source that gives the shown date states it in so many words.
 */
export interface MergedEvent extends Inference {
  /** The contributor's id, or a slug of date and title when none was given. */
  readonly id: string;
  /** Stable, unique anchor on the timeline (`#<anchor>`). */
  readonly anchor: string;
  readonly date: PartialDate;
  readonly title: string;
  /** The language of `title` (its article's). */
  readonly lang: string;
  /** The title in every language a source gives it, the latest source winning. */
  readonly titles: Readonly<Record<string, string>>;
  readonly kind: EventKind;
  readonly entities: readonly string[];
  /** Oldest publication first. */
  readonly sources: readonly EventSource[];
}

/** Two sources of one event whose dates cannot both be true. */
export interface DateConflict {
  readonly id: string;
  readonly first: EventSource;
  readonly second: EventSource;
}

export interface MergeResult {
  /** Sorted by date (less precise first), then title, then anchor. */
  readonly events: MergedEvent[];
  readonly conflicts: DateConflict[];
}

const byPublication = (a: EventSource, b: EventSource): number =>
  a.published.localeCompare(b.published) || a.article.localeCompare(b.article) || a.index - b.index;

interface EventGroup {
  readonly key: string;
  readonly explicit: boolean;
  /** Oldest publication first, each with the event as its article gave it. */
  readonly reports: { source: EventSource; event: EventData }[];
}

/** Groups every article's events by id (an event without id is a group of its own). */
function groupEvents(articles: readonly EventArticle[], withoutId: boolean): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const article of articles) {
    article.events.forEach((event, index) => {
      if (event.id === undefined && !withoutId) return;
      const key = event.id ?? `\u0000${article.slug}#${index}`;
      const group = groups.get(key) ?? { key, explicit: event.id !== undefined, reports: [] };
      group.reports.push({
        source: {
          article: article.slug,
          articleTitle: article.title,
          outlet: article.outlet,
          published: article.published,
          url: article.url,
          quote: event.quote,
          lang: article.lang ?? 'en',
          date: event.date,
          title: event.title,
          inferred: event.inferred,
          note: event.note,
          index,
          file: article.file,
        },
        event,
      });
      groups.set(key, group);
    });
  }
  for (const group of groups.values())
    group.reports.sort((a, b) => byPublication(a.source, b.source));
  return [...groups.values()];
}

/** The most precise date the sources of one event give, and the sources that contradict it. */
function foldDates(
  key: string,
  sources: readonly EventSource[],
): { date: PartialDate; conflicts: DateConflict[] } {
  const conflicts: DateConflict[] = [];
  let date = partialDate(sources[0]!.date);
  for (const source of sources.slice(1)) {
    const other = partialDate(source.date);
    if (!datesAgree(date, other)) {
      const first = sources.find((s) => !datesAgree(s.date, other)) ?? sources[0]!;
      conflicts.push({ id: key, first, second: source });
    } else date = morePrecise(date, other);
  }
  return { date, conflicts };
}

/** Events that share an id but whose dates cannot all be true (the content check's rule). */
export function eventDateConflicts(articles: readonly EventArticle[]): DateConflict[] {
  return groupEvents(articles, false).flatMap(
    (group) =>
      foldDates(
        group.key,
        group.reports.map((report) => report.source),
      ).conflicts,
  );
}

/** Merges events by id and sorts them the way the timeline shows them. */
export function mergeEvents(articles: readonly EventArticle[]): MergeResult {
  const conflicts: DateConflict[] = [];
  const merged: Omit<MergedEvent, 'anchor'>[] = [];
  const articleLang = new Map(articles.map((article) => [article.slug, article.lang ?? 'en']));
  for (const group of groupEvents(articles, true)) {
    const sources = group.reports.map((report) => report.source);
    const folded = foldDates(group.key, sources);
    conflicts.push(...folded.conflicts);
    const date = folded.date;
    const latest = group.reports[group.reports.length - 1]!;
    const entities = [...new Set(group.reports.flatMap((report) => report.event.entities))];
    const giving = sources.filter((source) => source.date === date.text);
    // Reports are in publication order: a later source's wording (and translation) wins.
    const titles: Record<string, string> = {};
    for (const report of group.reports) {
      titles[articleLang.get(report.source.article) ?? 'en'] = report.event.title;
      for (const [lang, fields] of Object.entries(report.event.translations ?? {}))
        if (fields?.title) titles[lang] = fields.title;
    }
    const inferred = giving.every((source) => source.inferred);
    merged.push({
      id: group.explicit ? group.key : slugify(`${latest.event.date} ${latest.event.title}`),
      date,
      inferred,
      ...(inferred ? { note: giving.find((source) => source.note)?.note } : {}),
      title: latest.event.title,
      lang: articleLang.get(latest.source.article) ?? 'en',
      titles,
      kind: latest.event.kind,
      entities,
      sources,
    });
  }

  merged.sort(
    (a, b) =>
      comparePartialDates(a.date, b.date) ||
      a.title.localeCompare(b.title, 'en') ||
      a.id.localeCompare(b.id),
  );
  return { events: assignAnchors(merged), conflicts };
}

/** Gives each event a unique anchor: its id, suffixed -2, -3... when a generated id repeats. */
function assignAnchors(events: Omit<MergedEvent, 'anchor'>[]): MergedEvent[] {
  const used = new Set(events.map((event) => event.id));
  const seen = new Set<string>();
  return events.map((event) => {
    let anchor = event.id;
    if (seen.has(anchor)) {
      for (let n = 2; ; n++) {
        const candidate = `${event.id}-${n}`;
        if (!seen.has(candidate) && !used.has(candidate)) {
          anchor = candidate;
          break;
        }
      }
    }
    seen.add(anchor);
    return { ...event, anchor };
  });
}

/** Key of one article's report of an event: `<slug>#<index in its events>`. */
export const sourceKey = (article: string, index: number): string => `${article}#${index}`;

/** The timeline anchor of every article event, by {@link sourceKey}. */
export function anchorsBySource(events: readonly MergedEvent[]): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const event of events)
    for (const source of event.sources)
      anchors.set(sourceKey(source.article, source.index), event.anchor);
  return anchors;
}
