/**
 * The files under /data/, as records: the figures of each kind (from their column lists), the
 * events, the entities, the citations and the Data Package that describes them all. Downloads leave
 * the site, so every link in them is absolute (the English edition's `absolute`).
 */
import type { SiteData } from '@/build/siteData.ts';
import { englishPages, type Catalogue } from '@/i18n/en.ts';
import { toCsv, type Cell } from '@/lib/data/csv.ts';
import { DATA_LICENSE, DOWNLOADS, dataPackage } from '@/lib/data/downloads.ts';
import { siteDatasetJsonLd } from '@/lib/data/structuredData.ts';
import { eventRecords } from '@/lib/data/eventData.ts';
import { figureTitle } from '@/lib/figures/cite.ts';
import { columnNames, records, type Column, type RowContext } from '@/lib/figures/columns.ts';
import { articleCsl, figureCsl, type CslArticle } from '@/lib/figures/csl.ts';
import { mandateItems, moneyItems, personnelItems } from '@/lib/figures/listItems.ts';
import { paths } from '@/lib/routes.ts';
import { editionIn } from '@/site.config.ts';
import { chartImages } from './charts.ts';

/** Downloads are written in English, and their links lead to the English edition. */
const { absolute } = editionIn('en');

/** The context the download columns need: entity names and absolute article links. */
export function rowContext(nameOf: (id: string) => string): RowContext {
  return { nameOf, articleUrl: (slug) => absolute(paths.article(slug)) };
}

/** Records as pretty JSON with a final newline. */
export function jsonResponse(records: unknown): Response {
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** Rows as RFC 4180 CSV, in the given column order. */
export function csvResponse(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
): Response {
  return new Response(toCsv(columns, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}

/** One kind of figure in one format: every figure, one record each, from its column list. */
export function figureFile<F>(
  format: 'csv' | 'json',
  columns: readonly Column<F>[],
  figures: readonly F[],
  nameOf: (id: string) => string,
): Response {
  const rows = records(columns, figures, rowContext(nameOf));
  return format === 'csv' ? csvResponse(columnNames(columns), rows) : jsonResponse(rows);
}

/** Every figure of a list of series, in series order. */
export const allFigures = <F>(series: readonly { figures: readonly F[] }[]): F[] =>
  series.flatMap((one) => one.figures);

/** How many records each download holds, from the once-per-build site data. */
export function downloadRows(data: SiteData): Record<string, number> {
  const figures = (series: readonly { figures: readonly unknown[] }[]): number =>
    series.reduce((sum, one) => sum + one.figures.length, 0);
  const counts = {
    deployments: figures(data.deployments),
    funding: figures(data.funding),
    mandates: figures(data.mandates),
  };
  return {
    ...counts,
    events: data.events.length,
    entities: data.entities.size,
    citations: data.articles.length + counts.deployments + counts.funding + counts.mandates,
  };
}

/** /data/events.json: every merged event with its sources, sorted as on the timeline. */
export function eventsFile({ events, timeline }: SiteData): unknown[] {
  return eventRecords(
    events,
    (slug) => absolute(paths.article(slug)),
    (anchor) => {
      const path = timeline.locate(anchor);
      return path === undefined ? undefined : absolute(path);
    },
  );
}

/** /data/entities.json: every entity with its mention count and related entity ids, by id. */
export function entitiesFile({ entities, entityIndex }: SiteData) {
  return [...entities.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      aliases: data.aliases,
      description: data.description ?? null,
      country: data.country ?? null,
      wikidata: data.wikidata ?? null,
      mention_count: entityIndex.mentionCount(id),
      related: entityIndex.relatedOf(id).map((related) => related.id),
    }));
}

/** /data/citations.csl.json: every source article, then each of its figures (newest article first). */
export function citationsFile({ articles, nameOf }: SiteData, t: Catalogue): unknown[] {
  return articles.flatMap(({ slug, data }) => {
    const article: CslArticle = {
      slug,
      title: data.title,
      published: data.published,
      outlet: data.outlet,
      author: data.author,
      url: data.url ?? absolute(paths.article(slug)),
      lang: data.lang,
    };
    const figures = [
      ...personnelItems(data.deployments, nameOf, t, slug),
      ...moneyItems(data.funding, nameOf, t, slug),
      ...mandateItems(data.mandates, nameOf, t, slug),
    ];
    return [
      articleCsl(article),
      ...figures.map((item) =>
        figureCsl(item, {
          site: t.siteTitle,
          permalink: absolute(paths.figure(slug, item.id)),
          article,
          title: figureTitle(item, t),
        }),
      ),
    ];
  });
}

/** How to cite the data: the site, the /data/ page and the date of the newest article. */
const dataCitation = (data: SiteData, t: Catalogue): string =>
  t.citation(t.siteTitle, englishPages.data.title, absolute(paths.dataIndex), data.lastUpdated);

/** /data/datapackage.json: the Frictionless Data Package that describes every file under /data/. */
export function dataPackageFile(data: SiteData, t: Catalogue) {
  return dataPackage({
    homepage: absolute(paths.home),
    title: `${t.siteTitle}: data`,
    description: t.siteDescription,
    lastUpdated: data.lastUpdated,
    citation: dataCitation(data, t),
    rows: downloadRows(data),
    sources: data.articles.map((article) => ({
      title: article.data.title,
      path: absolute(paths.article(article.slug)),
    })),
  });
}

/** /data/: every download with its record count, the chart images, and how to cite the data. */
export function dataIndexView(data: SiteData, t: Catalogue) {
  return {
    downloads: DOWNLOADS,
    license: DATA_LICENSE,
    rows: downloadRows(data),
    lastUpdated: data.lastUpdated,
    citation: dataCitation(data, t),
    charts: chartImages(data, t).map(({ name, title }) => ({ name, title })),
    jsonLd: siteDatasetJsonLd(
      'all',
      {
        name: englishPages.data.title,
        description: englishPages.data.datasetDescription,
        path: paths.dataIndex,
      },
      { name: t.siteTitle, absolute, lastUpdated: data.lastUpdated },
    ),
  };
}
