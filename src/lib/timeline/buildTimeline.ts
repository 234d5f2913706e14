/**
 * Lays merged events out as timeline pages: grouped by year and month, one
 * page per year (split further when a year is very long), and one page per
 * event kind, so no page grows without bound as the corpus grows.
 */
import { paths } from '@/lib/routes.ts';
import type { EventKind } from '@/schemas/article.ts';
import type { MergedEvent } from './mergeEvents.ts';
import { paginate } from '@/lib/paginate.ts';

/** Events of one month, or of a year when their month is not known. */
export interface MonthGroup {
  /** 1-12, or undefined for events known only to the year. */
  readonly month?: number;
  readonly events: readonly MergedEvent[];
}

export interface YearGroup {
  readonly year: number;
  readonly months: readonly MonthGroup[];
}

/** One page of events, already grouped for display. */
export interface TimelinePage {
  /** Site path without base, e.g. `timeline/2024/` or `timeline/kind/visit/page/2/`. */
  readonly path: string;
  readonly years: readonly YearGroup[];
  readonly pageNumber: number;
  readonly pageCount: number;
  /** Path of page n of the same listing. */
  readonly pathOf: (page: number) => string;
  readonly eventCount: number;
}

export interface YearSummary {
  readonly year: number;
  readonly count: number;
  readonly path: string;
}

export interface Timeline {
  /** Every event, oldest first. */
  readonly events: readonly MergedEvent[];
  readonly years: readonly YearSummary[];
  /** Kinds that have events, with counts, in the contract's order. */
  readonly kinds: readonly { kind: EventKind; count: number; path: string }[];
  /** True when /timeline/ shows every event; false when it shows the latest year. */
  readonly singlePage: boolean;
  /** What /timeline/ shows: every event while they fit one page, else the latest year's first page. */
  readonly overview?: TimelinePage;
  readonly yearPages: readonly TimelinePage[];
  readonly kindPages: ReadonlyMap<EventKind, readonly TimelinePage[]>;
  /** Where each event lives: its year page with the anchor, e.g. `timeline/2024/#ruto-visit`. */
  readonly locate: (anchor: string) => string | undefined;
}

export interface TimelineOptions {
  /** At most this many events on one page. */
  readonly perPage: number;
  /** The contract's kinds, in display order. */
  readonly kindOrder: readonly EventKind[];
}

/** Groups sorted events by year, then month (year-only events first, as they sort). */
export function groupByYearAndMonth(events: readonly MergedEvent[]): YearGroup[] {
  const years: { year: number; months: { month?: number; events: MergedEvent[] }[] }[] = [];
  for (const event of events) {
    let year = years[years.length - 1];
    if (year?.year !== event.date.year) {
      year = { year: event.date.year, months: [] };
      years.push(year);
    }
    let month = year.months[year.months.length - 1];
    if (!month || month.month !== event.date.month) {
      month = { month: event.date.month, events: [] };
      year.months.push(month);
    }
    month.events.push(event);
  }
  return years;
}

/** Splits a sorted event list into grouped pages at `base`, `base/page/2/`... */
function pagesOf(events: readonly MergedEvent[], base: string, perPage: number): TimelinePage[] {
  const pathOf = (page: number): string => (page === 1 ? base : `${base}page/${page}/`);
  return paginate(events, perPage).map((page) => ({
    path: pathOf(page.number),
    years: groupByYearAndMonth(page.items),
    pageNumber: page.number,
    pageCount: page.pageCount,
    pathOf,
    eventCount: page.totalItems,
  }));
}

/** Builds every timeline page from merged, sorted events. */
export function buildTimeline(events: readonly MergedEvent[], options: TimelineOptions): Timeline {
  const byYear = Map.groupBy(events, (event) => event.date.year);
  const byKind = Map.groupBy(events, (event) => event.kind);

  const location = new Map<string, string>();
  const yearPages: TimelinePage[] = [];
  const years: YearSummary[] = [];
  for (const [year, list] of byYear) {
    const pages = pagesOf(list, paths.timelineYear(year), options.perPage);
    for (const page of pages) {
      for (const event of page.years.flatMap((group) =>
        group.months.flatMap((month) => month.events),
      )) {
        location.set(event.anchor, `${page.path}#${event.anchor}`);
      }
    }
    yearPages.push(...pages);
    years.push({ year, count: list.length, path: paths.timelineYear(year) });
  }

  const kindPages = new Map<EventKind, TimelinePage[]>();
  const kinds = options.kindOrder.flatMap((kind) => {
    const list = byKind.get(kind);
    if (!list) return [];
    kindPages.set(kind, pagesOf(list, paths.timelineKind(kind), options.perPage));
    return [{ kind, count: list.length, path: paths.timelineKind(kind) }];
  });

  const singlePage = events.length <= options.perPage;
  const overview = singlePage
    ? pagesOf(events, paths.timeline, options.perPage)[0]
    : yearPages.filter((page) => page.pageNumber === 1).at(-1);

  return {
    events,
    years,
    kinds,
    singlePage,
    overview: events.length > 0 ? overview : undefined,
    yearPages,
    kindPages,
    locate: (anchor) => location.get(anchor),
  };
}
