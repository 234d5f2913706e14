/**
 * Structured data (JSON-LD, schema.org, typed with schema-dts) that search
 * engines and citation tools read: articles, entities, timeline events and the
 * datasets behind the downloads. Pure: takes what a page shows and absolute
 * URLs, returns the objects; a component writes them into the page's head.
 */
import type {
  Country,
  DataDownload,
  Dataset,
  Event,
  NewsArticle,
  Organization,
  Person,
  Place,
  WithContext,
} from 'schema-dts';
import type { EntityKind } from '@/schemas/entity.ts';
import type { TimelinePage } from '@/lib/timeline/buildTimeline.ts';
import { DATA_LICENSE, DOWNLOADS, type DownloadSpec } from './downloads.ts';
import { en } from '@/i18n/en.ts';
import { paths } from '@/lib/routes.ts';

/** The tracker as publisher of its own pages. */
export interface SiteRef {
  readonly name: string;
  readonly url: string;
}

/** schema.org/NewsArticle of an article page: its headline, dates, author, publisher and source. */
export function articleJsonLd(
  article: {
    title: string;
    published: string;
    author?: string;
    outlet?: string;
    url?: string;
    summary: string;
    inferred: readonly string[];
  },
  page: { url: string; site: SiteRef; about: readonly { name: string; url: string }[] },
): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    // Schema.org has no way to say "inferred": the page and its downloads say so, next to the value.
    datePublished: article.published,
    description: article.summary,
    url: page.url,
    mainEntityOfPage: page.url,
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    publisher: article.outlet
      ? { '@type': 'Organization', name: article.outlet }
      : { '@type': 'Organization', name: page.site.name, url: page.site.url },
    ...(article.url ? { isBasedOn: article.url } : {}),
    ...(page.about.length > 0
      ? {
          about: page.about.map((thing) => ({
            '@type': 'Thing',
            name: thing.name,
            url: thing.url,
          })),
        }
      : {}),
  };
}

const ENTITY_TYPES = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
  mission: 'Organization',
} as const satisfies Record<EntityKind, string>;

/** The schema.org type of an entity page: Person, Organization, Country or Place, with Wikidata as sameAs. */
export function entityJsonLd(
  entity: {
    name: string;
    kind: EntityKind;
    description?: string;
    aliases: readonly string[];
    wikidata?: string;
  },
  url: string,
): WithContext<Person | Organization | Country | Place> {
  const common = {
    name: entity.name,
    url,
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.aliases.length > 0 ? { alternateName: [...entity.aliases] } : {}),
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': ENTITY_TYPES[entity.kind],
    ...common,
  } as WithContext<Person | Organization | Country | Place>;
}

/** schema.org/Event for a timeline entry; partial dates stay partial (ISO 8601 allows "2024-09"). */
export function eventJsonLd(
  event: {
    title: string;
    date: string;
    quote?: string;
    anchor: string;
    sources: readonly { url: string }[];
  },
  pageUrl: string,
): Event {
  return {
    '@type': 'Event',
    name: event.title,
    startDate: event.date,
    url: `${pageUrl}#${event.anchor}`,
    ...(event.quote ? { description: event.quote } : {}),
    ...(event.sources.length > 0
      ? { subjectOf: event.sources.map((source) => ({ '@type': 'NewsArticle', url: source.url })) }
      : {}),
  };
}

/** A page that lists timeline events: one Event per entry. */
export function eventListJsonLd(
  events: readonly Event[],
): WithContext<{ '@type': 'ItemList'; itemListElement: Event[] }> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: [...events],
  } as never;
}

/** schema.org/Dataset of one download (or of every download, on /data/), with its files as distributions. */
export function datasetJsonLd(
  downloads: readonly DownloadSpec[],
  page: {
    url: string;
    name: string;
    description: string;
    site: SiteRef;
    dataUrl: (file: string) => string;
    license: string;
    lastUpdated?: string;
    citation: string;
  },
): WithContext<Dataset> {
  const distribution: DataDownload[] = downloads.flatMap((download) =>
    download.formats.map((format) => ({
      '@type': 'DataDownload',
      name: `${download.name}.${format}`,
      encodingFormat: format === 'csv' ? 'text/csv' : 'application/json',
      contentUrl: page.dataUrl(`${download.name}.${format}`),
    })),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.name,
    description: page.description,
    url: page.url,
    license: page.license,
    creator: { '@type': 'Organization', name: page.site.name, url: page.site.url },
    citation: page.citation,
    isAccessibleForFree: true,
    variableMeasured: [
      ...new Set(downloads.flatMap((download) => download.fields.map((field) => field.name))),
    ],
    ...(page.lastUpdated ? { dateModified: page.lastUpdated } : {}),
    distribution,
  };
}

/** The text of a JSON-LD script: JSON that can never close the script element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The Dataset of a page of the site that offers downloads (/data/, /deployments/, /funding/). */
export function siteDatasetJsonLd(
  names: readonly string[] | 'all',
  page: { name: string; description: string; path: string },
  site: { name: string; absolute: (path: string) => string; lastUpdated?: string },
): WithContext<Dataset> {
  const downloads =
    names === 'all' ? DOWNLOADS : DOWNLOADS.filter((download) => names.includes(download.name));
  const url = site.absolute(page.path);
  return datasetJsonLd(downloads, {
    url,
    name: `${site.name}: ${page.name}`,
    description: page.description,
    site: { name: site.name, url: site.absolute(paths.home) },
    dataUrl: (file) => site.absolute(paths.data(file)),
    license: DATA_LICENSE.path,
    lastUpdated: site.lastUpdated,
    citation: en.citation(site.name, page.name, url, site.lastUpdated),
  });
}

/** The events a timeline page lists, as an ItemList of Events. */
export function timelineJsonLd(
  page: TimelinePage,
  absolute: (path: string) => string,
  titleOf: (event: TimelinePage['years'][number]['months'][number]['events'][number]) => string = (
    event,
  ) => event.title,
): ReturnType<typeof eventListJsonLd> {
  const url = absolute(page.path);
  const events = page.years.flatMap((year) => year.months.flatMap((month) => month.events));
  return eventListJsonLd(
    events.map((event) =>
      eventJsonLd(
        {
          title: titleOf(event),
          date: event.date.text,
          quote: event.sources.find((source) => source.quote)?.quote,
          anchor: event.anchor,
          sources: event.sources.map((source) => ({
            url: absolute(paths.article(source.article)),
          })),
        },
        url,
      ),
    ),
  );
}
