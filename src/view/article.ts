/**
 * An article's page: the article in its own language, with what it contributes (its figures by
 * kind, each with its corrections and a citation), its events, the entities it concerns, the
 * titles the editors translated, and its neighbours in publication order.
 */
import type { Article, EntityRef, SiteData } from '@/build/siteData.ts';
import { articleCardKey, type CardKey } from '@/lib/cards/cardModel.ts';
import { articleJsonLd } from '@/lib/data/structuredData.ts';
import { citeFigure } from '@/lib/figures/cite.ts';
import {
  mandateItems,
  moneyItems,
  personnelItems,
  type FigureItem,
} from '@/lib/figures/listItems.ts';
import { paths } from '@/lib/routes.ts';
import type { Language } from '@/schemas/fields.ts';
import type { Edition } from '@/site.config.ts';
import { cacheKeyOf } from './cacheKey.ts';
import { changesText } from './corrections.ts';

/** One kind of figure the article contributes: personnel, money or mandates. */
export interface FigureSection {
  readonly id: 'figures' | 'money' | 'mandates';
  readonly heading: string;
  readonly items: readonly FigureItem[];
}

export interface ArticleView {
  readonly article: Article;
  readonly newer?: Article;
  readonly older?: Article;
  readonly nameOf: (id: string) => string;
  /** The entities it concerns, named in the article's language, linked where they have a page. */
  readonly entities: readonly EntityRef[];
  /** Titles in other languages, shown under its own. */
  readonly titles: readonly { readonly code: string; readonly title: string }[];
  /** Its figures by kind (empty kinds left out), each with its corrections. */
  readonly figureSections: readonly FigureSection[];
  /** How to cite one of its figures. */
  readonly cite: (item: FigureItem) => string;
  /** What the editors supplied (the fields they inferred), in words; empty when nothing. */
  readonly supplied: string;
  readonly jsonLd: unknown;
  readonly card: CardKey;
}

/**
 * Every article's page with its neighbours in publication order (newer and older), keyed for
 * incremental builds by what the page shows: the article, its neighbours' titles, the names of
 * what it concerns and its figures' corrections.
 */
export function articlePaths(site: SiteData) {
  const corrections = Map.groupBy(site.corrections, (correction) => correction.slug);
  const neighbour = (article?: Article) =>
    article && { slug: article.slug, title: article.data.title, lang: article.data.lang };
  return site.articles.map((article, index) => {
    const [newer, older] = [site.articles[index - 1], site.articles[index + 1]];
    const { slug, data, summary, readingMinutes, entityIds, events } = article;
    return {
      params: { slug },
      props: { article, newer, older },
      cacheKey: cacheKeyOf(
        { slug, data, summary, readingMinutes, entityIds, events },
        [neighbour(newer), neighbour(older)],
        site.refsIn(data.lang)(entityIds),
        entityIds.map((id) => site.entities.get(id)?.data.kind),
        corrections.get(slug) ?? [],
      ),
    };
  });
}

/** The page of one article; `edition` is the article's own language (the page speaks it). */
export function articleView(
  site: SiteData,
  { article, newer, older }: { article: Article; newer?: Article; older?: Article },
  { t, absolute }: Pick<Edition, 't' | 'absolute'>,
): ArticleView {
  const { data, slug } = article;
  const lang: Language = data.lang;
  const nameOf = site.namesIn(lang);
  const entities = site.refsIn(lang)(article.entityIds);
  const withCorrections = (items: FigureItem[]): FigureItem[] =>
    items.map((item) => ({
      ...item,
      corrections: site.correctionsOfFigure(slug, item.id).map((correction) => ({
        date: correction.date,
        changes: changesText(correction, t),
        message: correction.message,
      })),
    }));
  const sections = t.figureItems.sections;
  const figureSections: FigureSection[] = [
    {
      id: 'figures' as const,
      heading: sections.figures,
      items: withCorrections(personnelItems(data.deployments, nameOf, t, slug)),
    },
    {
      id: 'money' as const,
      heading: sections.money,
      items: withCorrections(moneyItems(data.funding, nameOf, t, slug)),
    },
    {
      id: 'mandates' as const,
      heading: sections.mandates,
      items: withCorrections(mandateItems(data.mandates, nameOf, t, slug)),
    },
  ].filter((section) => section.items.length > 0);
  return {
    article,
    newer,
    older,
    nameOf,
    entities,
    titles: Object.entries(data.translations).flatMap(([code, fields]) =>
      fields?.title ? [{ code, title: fields.title }] : [],
    ),
    figureSections,
    cite: (item) =>
      citeFigure(
        item,
        {
          site: t.siteTitle,
          article: data.title,
          outlet: data.outlet,
          published: data.published,
          permalink: absolute(paths.figure(slug, item.id)),
        },
        t,
      ),
    supplied: data.inferred.map((field) => t.inference.fields[field]).join('; '),
    jsonLd: articleJsonLd(
      { ...data, summary: article.summary },
      {
        url: absolute(paths.article(slug)),
        site: { name: t.siteTitle, url: absolute(paths.home) },
        about: entities.flatMap((ref) =>
          ref.path ? [{ name: ref.name, url: absolute(ref.path) }] : [],
        ),
      },
    ),
    card: articleCardKey(data, article.entityIds, (id) => site.entities.get(id)?.data.kind),
  };
}
