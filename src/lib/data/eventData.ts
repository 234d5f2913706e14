/** The public shape of `/data/events.json`: merged events, sorted as on the timeline. */
import type { MergedEvent } from '@/lib/timeline/mergeEvents.ts';

export interface EventRecord {
  id: string;
  date: string;
  precision: 'year' | 'month' | 'day';
  title: string;
  kind: string;
  /** The date is the editors' reading of the sources, explained in `inference_note`. */
  inferred: boolean;
  inference_note: string | null;
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
    /** The date this source gives, and whether it is the editors' reading. */
    date: string;
    inferred: boolean;
    inference_note: string | null;
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
    inferred: event.inferred,
    inference_note: event.note ?? null,
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
      date: source.date,
      inferred: source.inferred,
      inference_note: source.note ?? null,
    })),
  }));
}
