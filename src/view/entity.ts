/**
 * The entity page's view model: its record (entityProfile.ts) with the charts, tables and words the
 * page lays out. Each list is bounded (limits.ts) so no page grows with the corpus.
 */
import type { Catalogue } from '@/i18n/en.ts';
import { deploymentChart } from '@/lib/charts/deploymentChart.ts';
import { strengthChartFor, type StrengthChartModel } from '@/lib/charts/strengthChart.ts';
import type { ChartModel } from '@/lib/charts/timeChart.ts';
import { latestFigures } from '@/lib/figures/deploymentSeries.ts';
import { entityProfile, type EntityProfile } from '@/lib/entities/entityProfile.ts';
import { mandateFigureItems, type FigureItem } from '@/lib/figures/listItems.ts';
import { personnelTable, type FigureTableModel } from '@/lib/figures/tableRows.ts';
import type { FundingFlow } from '@/lib/figures/fundingSeries.ts';
import {
  FEED_LIMIT,
  CHART,
  COUNTRY_PAGE_FIGURES,
  ENTITY_ARTICLES_LIMIT,
  ENTITY_EVENTS_LIMIT,
  MANDATE_ERAS_LIMIT,
  MANDATE_HISTORY_LIMIT,
  STRENGTH_DATES,
} from '@/lib/limits.ts';
import { latestMandate } from '@/lib/figures/mandates.ts';
import { paths } from '@/lib/routes.ts';
import { entityJsonLd } from '@/lib/data/structuredData.ts';
import { localize, type Localized } from '@/lib/languages/translations.ts';
import { EDITIONS, editionIn } from '@/site.config.ts';
import { cacheKeyOf, namesDigest } from './cacheKey.ts';
import type { Article, Entity, EntityRef, SiteData } from '@/build/siteData.ts';
import type { Language } from '@/schemas/fields.ts';
import { flowTables, type FlowTable } from './funding.ts';

export interface EntityPageModel {
  readonly entity: Entity;
  /** Its name in the page's language. */
  readonly name: string;
  /** Its description in the page's language, or as written when not yet translated. */
  readonly description?: Localized;
  /** Its profile's body, rendered by the content loader for this edition (mention links to this edition's pages). */
  readonly bodyHtml?: string;
  readonly entityRefs: (ids: readonly string[]) => EntityRef[];
  readonly nameOf: (id: string) => string;
  readonly lastUpdated?: string;
  readonly jsonLd: unknown;
  readonly feedPath: string;
  readonly country?: EntityRef;
  readonly profile: EntityProfile<Article>;
  readonly related: readonly { entity: EntityRef; count: number }[];
  /** A country's personnel: its chart and table. */
  readonly personnel?: {
    readonly chart: ChartModel;
    readonly table: FigureTableModel;
    readonly caption: string;
  };
  /** A mission's mandate: history and strength chart. */
  readonly mandate?: {
    readonly items: readonly FigureItem[];
    readonly shown: number;
    readonly total: number;
    readonly chart?: StrengthChartModel;
  };
  /** Money the entity gives or receives. */
  readonly flows: readonly FundingFlow[];
  /** Each flow's latest amounts (limits.ts). */
  readonly flowTables: readonly FlowTable[];
}

/**
 * `getStaticPaths` of the entity pages: every entity in each edition, with its page's model made
 * here (once) and keyed for incremental builds by what the page shows.
 */
export function entityPaths(site: SiteData) {
  return EDITIONS.flatMap(({ lang, t, params }) => {
    return [...site.entities.values()].map((entity) => {
      const model = entityPageModel(entity, site, t);
      return {
        params: { ...params, id: entity.id },
        props: { model },
        cacheKey: cacheKeyOf(model, namesDigest(site, lang)),
      };
    });
  });
}

/** The model of one entity's page. */
export function entityPageModel(
  entity: Entity,
  site: SiteData,
  labels: Catalogue,
): EntityPageModel {
  const lang = labels.lang as Language;
  const nameOf = site.namesIn(lang);
  const entityRefs = site.refsIn(lang);
  const profile = entityProfile(entity.id, site.entityIndex, site.articleBySlug, site.deployments, {
    articles: ENTITY_ARTICLES_LIMIT,
    events: ENTITY_EVENTS_LIMIT,
  });
  const name = nameOf(entity.id);

  const figures = profile.deployments
    ? latestFigures([profile.deployments], COUNTRY_PAGE_FIGURES)[0]
    : undefined;
  const personnel = figures && {
    chart: deploymentChart([figures], { ...CHART.small, nameOf, labels }),
    table: personnelTable(figures.figures, labels),
    caption:
      figures.figures.length < figures.totalFigures
        ? labels.entity.personnelCaptionLatest(name, figures.figures.length, figures.totalFigures)
        : labels.entity.personnelCaption(name),
  };

  const missionMandate = site.mandates.find((candidate) => candidate.mission === entity.id);
  const shownMandate =
    missionMandate && latestMandate(missionMandate, MANDATE_ERAS_LIMIT, MANDATE_HISTORY_LIMIT);
  const chart =
    shownMandate &&
    strengthChartFor(
      site.strength.slice(-STRENGTH_DATES),
      shownMandate,
      { ...CHART.full, nameOf, labels },
      site.pledged.slice(-STRENGTH_DATES),
    );
  const mandate = shownMandate && {
    items: mandateFigureItems(shownMandate.figures, nameOf, labels),
    shown: shownMandate.figures.length,
    total: shownMandate.totalFigures,
    chart: chart && !chart.empty ? chart : undefined,
  };

  const flows = site.funding.filter(
    (flow) => flow.donor === entity.id || flow.recipient === entity.id,
  );
  // Entity files are written in English; their translations give the name, description and aliases.
  const description = entity.data.description
    ? localize(entity.data.description, 'en', entity.data.translations, 'description', lang)
    : undefined;
  return {
    entity,
    name,
    description,
    bodyHtml: entity.entry.body?.trim()
      ? (entity.data.bodyHtml[lang] ?? entity.data.bodyHtml.en)
      : undefined,
    entityRefs,
    nameOf,
    lastUpdated: site.lastUpdated,
    jsonLd: entityJsonLd(
      { ...entity.data, name, ...(description ? { description: description.text } : {}) },
      editionIn(lang).absolute(paths.entity(entity.id)),
    ),
    feedPath: paths.entityFeed(entity.id),
    country: entity.data.country ? entityRefs([entity.data.country])[0] : undefined,
    profile,
    related: profile.related.map(({ id, count }) => ({ entity: entityRefs([id])[0]!, count })),
    personnel,
    mandate,
    flows,
    flowTables: flowTables(flows, nameOf, labels),
  };
}

/**
 * `getStaticPaths` of the entity feeds (one per entity, in English): the newest articles that
 * mention it, keyed for incremental builds by those articles.
 */
export function entityFeedPaths(site: SiteData) {
  return [...site.entities.values()].map((entity) => {
    const items = site.entityIndex
      .articlesOf(entity.id)
      .slice(0, FEED_LIMIT)
      .flatMap(({ article: slug }) => {
        const article = site.articleBySlug.get(slug);
        return article
          ? [
              {
                title: article.data.title,
                link: paths.article(slug),
                pubDate: `${article.data.published}T00:00:00Z`,
                description: article.summary,
                author: article.data.author,
              },
            ]
          : [];
      });
    const name = entity.data.name;
    return { params: { id: entity.id }, props: { name, items }, cacheKey: cacheKeyOf(name, items) };
  });
}
