/**
 * The timeline: the overview (/timeline/), the year pages (/timeline/2024/) and the kind filters
 * (/timeline/kind/visit/), each paginated, in each edition; with the words and structured data
 * of the page shown.
 */
import type { EntityRef, SiteData } from '@/build/siteData.ts';
import { timelineJsonLd } from '@/lib/data/structuredData.ts';
import type { MissionMandate } from '@/lib/figures/mandates.ts';
import { eventTitle } from '@/lib/languages/translations.ts';
import type { Timeline, TimelinePage } from '@/lib/timeline/buildTimeline.ts';
import type { EventKind } from '@/schemas/article.ts';
import { EDITIONS, type Edition } from '@/site.config.ts';
import { cacheKeyOf, namesDigest } from './cacheKey.ts';

/** Which timeline page: a year's or a kind's (the overview has neither). */
export interface TimelineWhich {
  readonly page: TimelinePage;
  /** Whether the site search indexes it: year pages only (kind filters and the overview repeat them), so each event is found once. */
  readonly indexed: boolean;
  readonly year?: string;
  readonly kind?: EventKind;
}

export interface TimelineView {
  readonly timeline: Timeline;
  /** Absent when there are no events yet. */
  readonly page?: TimelinePage;
  readonly title: string;
  readonly heading: string;
  readonly description: string;
  readonly intro: string;
  readonly indexed: boolean;
  readonly jsonLd?: unknown;
  readonly entityRefs: (ids: readonly string[]) => EntityRef[];
  readonly nameOf: (id: string) => string;
  readonly mandates: readonly MissionMandate[];
}

/** `getStaticPaths` of the year and kind pages, in each edition. */
export function timelinePaths(site: SiteData) {
  const { timeline } = site;
  const yearPages: TimelineWhich[] = timeline.yearPages.map((page) => ({
    page,
    year: String(page.years[0]?.year ?? ''),
    indexed: true,
  }));
  const kindPages: TimelineWhich[] = [...timeline.kindPages].flatMap(([kind, pages]) =>
    pages.map((page) => ({ page, kind, indexed: false })),
  );
  // What every timeline page shows beside its events: the years and kinds to go to, the mandate eras.
  const around = [timeline.years, timeline.kinds, site.mandates];
  return EDITIONS.flatMap(({ lang, params }) =>
    [...yearPages, ...kindPages].map((which) => ({
      params: { ...params, path: which.page.path.replace(/^timeline\//, '').replace(/\/$/, '') },
      props: which,
      cacheKey: cacheKeyOf(which, around, namesDigest(site, lang)),
    })),
  );
}

/** The overview when `which` is absent, else a year's or a kind's page. */
export function timelineView(
  site: SiteData,
  { lang, t, absolute }: Pick<Edition, 'lang' | 't' | 'absolute'>,
  which?: TimelineWhich,
): TimelineView {
  const { timeline } = site;
  const page = which ? which.page : timeline.overview;
  const words = t.timeline;
  let title: string = words.title;
  let heading: string = words.heading;
  let description: string = words.description;
  let intro = timeline.singlePage
    ? words.introSingle(timeline.events.length)
    : words.introPaged(timeline.events.length, timeline.years.length);
  if (which) {
    const named = which.kind
      ? words.kindHeading(t.eventKinds[which.kind])
      : words.yearHeading(which.year ?? '');
    title = heading = which.page.pageCount > 1 ? words.pageOf(named, which.page.pageNumber) : named;
    description = words.pageDescription(named);
    intro = words.count(which.page.eventCount);
  }
  return {
    timeline,
    page,
    title,
    heading,
    description,
    intro,
    indexed: which?.indexed ?? false,
    jsonLd: page && timelineJsonLd(page, absolute, (event) => eventTitle(event, lang).text),
    entityRefs: site.refsIn(lang),
    nameOf: site.namesIn(lang),
    mandates: site.mandates,
  };
}
