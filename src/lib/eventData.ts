/** The public shape of `/data/events.json`: merged events, sorted as on the timeline. */
import type { MergedEvent } from './mergeEvents.ts';

export interface EventRecord {
  id: string;
  date: string;
  precision: 'year' | 'month' | 'day';
  title: string;
  kind: string;
  entities: string[];
  /** Stable anchor on the timeline; `timeline_url` is where it is shown. */
  anchor: string;
  timeline_url: string | null;
  sources: {
    article: string;
    article_url: string;
    outlet: string | null;
    published: string;
    /** The original story, when the article records it. */
    url: string | null;
    quote: string | null;
  }[];
}

/** Converts merged events into download records with absolute links. */
export function eventRecords(
  events: readonly MergedEvent[],
  articleUrl: (slug: string) => string,
  timelineUrl: (anchor: string) => string | undefined,
): EventRecord[] {
  return events.map((event) => ({
    id: event.id,
    date: event.date.text,
    precision: event.date.precision,
    title: event.title,
    kind: event.kind,
    entities: [...event.entities],
    anchor: event.anchor,
    timeline_url: timelineUrl(event.anchor) ?? null,
    sources: event.sources.map((source) => ({
      article: source.article,
      article_url: articleUrl(source.article),
      outlet: source.outlet ?? null,
      published: source.published,
      url: source.url ?? null,
      quote: source.quote ?? null,
    })),
  }));
}
