/**
 * What each shared page's social card says: the page's title and its key
 * figure, worked out from the once-per-build site data. Pure: the images are
 * drawn from these (cardTree.ts) by src/build/images/images.ts.
 */
import type { Catalogue } from '@/i18n/en.ts';
import { fundingTotals } from '@/lib/figures/fundingSeries.ts';
import { strengthSummary } from '@/lib/figures/strength.ts';
import type { Entity, SiteData } from '@/build/siteData.ts';
import type { Language } from '@/schemas/fields.ts';

/** One card: 1200 × 630, the title large, the key figure under it. */
export interface CardModel {
  /** Small line above the title: the site, or what kind of page. */
  readonly kicker: string;
  readonly title: string;
  /** The key figure, in words: "About 991 of 2,500 authorised personnel on the ground". */
  readonly figure?: string;
  /** A second line: as of when, or what the entity is. */
  readonly detail?: string;
  /** The page's address without the scheme, at the foot of the card. */
  readonly address: string;
  /** A chart to show beside the text: a self-contained SVG (chartImage.ts). */
  readonly chart?: string;
}

/** Pages that have a card of their own; entity pages are `entities/<id>`. */
export type CardKey = 'home' | 'deployments' | 'funding' | 'timeline' | `entities/${string}`;

type SiteFacts = Pick<
  SiteData,
  | 'articles'
  | 'events'
  | 'strength'
  | 'mandates'
  | 'funding'
  | 'deployments'
  | 'lastUpdated'
  | 'namesIn'
  | 'entityIndex'
>;

/** "About 991 of 2,500 authorised personnel on the ground", or undefined when no total is known. */
export function strengthFigure(
  site: SiteFacts,
  labels: Catalogue,
): { figure: string; asOf: string } | undefined {
  const summary = strengthSummary(site.strength, site.mandates, site.lastUpdated);
  if (!summary.latest) return undefined;
  const ceiling = summary.mandate?.latestCeiling;
  return {
    figure: labels.card.strength(
      labels.format.count(summary.latest.total),
      ceiling?.ceiling !== undefined
        ? labels.format.count(ceiling.ceiling, ceiling.approximate)
        : undefined,
    ),
    asOf: labels.format.asOf(summary.latest.date),
  };
}

export function homeCard(site: SiteFacts, labels: Catalogue, address: string): CardModel {
  const strength = strengthFigure(site, labels);
  return {
    kicker: labels.card.homeKicker,
    title: labels.siteTitle,
    figure: strength?.figure ?? labels.card.counts(site.articles.length, site.events.length),
    detail:
      [strength?.asOf, strength && labels.card.counts(site.articles.length, site.events.length)]
        .filter(Boolean)
        .join(' · ') || undefined,
    address,
  };
}

export function deploymentsCard(
  site: SiteFacts,
  labels: Catalogue,
  address: string,
  chart?: string,
): CardModel {
  const strength = strengthFigure(site, labels);
  return {
    kicker: labels.siteTitle,
    title: labels.card.deploymentsTitle,
    figure: strength?.figure ?? labels.card.countries(site.deployments.length),
    detail: strength?.asOf,
    address,
    chart,
  };
}

export function fundingCard(site: SiteFacts, labels: Catalogue, address: string): CardModel {
  // Totals per currency across every donor (amounts are never converted between currencies).
  const byCurrency = new Map<string, { pledged: number; disbursed: number }>();
  for (const total of fundingTotals(site.funding, 'donor')) {
    const sum = byCurrency.get(total.currency) ?? { pledged: 0, disbursed: 0 };
    byCurrency.set(total.currency, {
      pledged: sum.pledged + (total.pledged ?? 0),
      disbursed: sum.disbursed + (total.disbursed ?? 0),
    });
  }
  const [currency, sum] = [...byCurrency].sort((a, b) => b[1].pledged - a[1].pledged)[0] ?? [];
  return {
    kicker: labels.siteTitle,
    title: labels.card.fundingTitle,
    figure:
      currency && sum
        ? labels.card.money(
            labels.format.moneyShort(sum.pledged, currency),
            labels.format.moneyShort(sum.disbursed, currency),
          )
        : labels.card.noMoney,
    detail:
      byCurrency.size > 1
        ? labels.card.otherCurrencies(byCurrency.size - 1)
        : site.lastUpdated
          ? labels.format.asOf(site.lastUpdated)
          : undefined,
    address,
  };
}

export function timelineCard(site: SiteFacts, labels: Catalogue, address: string): CardModel {
  const first = site.events[0];
  const last = site.events.at(-1);
  return {
    kicker: labels.siteTitle,
    title: labels.card.timelineTitle,
    figure: labels.card.events(site.events.length),
    detail:
      first && last
        ? `${labels.format.partialDate(first.date)} – ${labels.format.partialDate(last.date)}`
        : undefined,
    address,
  };
}

export function entityCard(
  site: SiteFacts,
  entity: Entity,
  labels: Catalogue,
  address: string,
): CardModel {
  const lang = labels.lang as Language;
  const country =
    entity.data.kind === 'country'
      ? site.deployments.find((series) => series.country === entity.id)
      : undefined;
  const deployed = country?.latestDeployed;
  const mentions = site.entityIndex.mentionCount(entity.id);
  return {
    kicker: `${labels.siteTitle} · ${labels.entityKinds[entity.data.kind]}`,
    title: site.namesIn(lang)(entity.id),
    figure: deployed
      ? labels.card.deployed(
          labels.format.count(deployed.count, deployed.approximate),
          labels.format.partialDate(deployed.date),
        )
      : labels.card.mentions(mentions),
    // A description not yet translated is left off: a card speaks one language.
    detail:
      entity.data.translations[lang]?.description ??
      (lang === 'en' ? entity.data.description : undefined),
    address,
  };
}

/**
 * An article shares the card of its main country or mission: the first
 * country its figures are about, else the first country or mission it tags
 * or mentions; the home page's card when it has none.
 */
export function articleCardKey(
  article: { readonly deployments: readonly { readonly country: string }[] },
  entityIds: readonly string[],
  kindOf: (id: string) => string | undefined,
): CardKey {
  const main = [...article.deployments.map((figure) => figure.country), ...entityIds].find(
    (id) => kindOf(id) === 'country' || kindOf(id) === 'mission',
  );
  return main ? `entities/${main}` : 'home';
}
