/**
 * Money pledged and disbursed, from every article's `funding` figures, kept
 * with the same provenance as troop figures. Amounts are never converted
 * between currencies: flows and totals are per currency.
 */
import { FUNDING_STATUSES, type FundingData, type FundingStatus } from '@/schemas/article.ts';
import type { SourceArticle } from './figureSource.ts';
import { buildSeries, latestWith, type FigureKind, type SourcedFigure } from './sourcedSeries.ts';
import { comparePartialDates, partialDate, type PartialDate } from '@/lib/dates/partialDate.ts';

/** The article facts a money figure needs. */
export interface FundingArticle extends SourceArticle {
  readonly funding: readonly FundingData[];
}

/** One amount as an article states it, with its source. */
export interface FundingFigure extends SourcedFigure<FundingStatus> {
  readonly donor: string;
  readonly recipient?: string;
  readonly amount: number;
  readonly currency: string;
}

/** Money from one donor to one recipient in one currency, oldest figure first. */
export interface FundingFlow {
  readonly key: string;
  readonly donor: string;
  readonly recipient?: string;
  readonly currency: string;
  readonly figures: readonly FundingFigure[];
  /** The pledge with the latest date (most recently published on a tie). */
  readonly latestPledged?: FundingFigure;
  readonly latestDisbursed?: FundingFigure;
  /** Pledged minus disbursed, when both are known. */
  readonly gap?: number;
}

/** Sums per entity and currency, over the latest figure of each flow. */
export interface FundingTotal {
  readonly entity: string;
  readonly currency: string;
  readonly pledged?: number;
  readonly disbursed?: number;
  readonly gap?: number;
  /** Latest date among the figures summed. */
  readonly asOf: PartialDate;
  /** `reported` when every figure of that latest date is dated by its report ("reported by September 2024"). */
  readonly asOfBasis: 'stated' | 'reported';
}

export const MONEY: FigureKind<FundingArticle, FundingData, FundingStatus, FundingFigure> = {
  items: (article) => article.funding,
  list: 'funding',
  key: (item) =>
    [
      item.donor,
      item.recipient ?? '',
      item.date,
      item.status,
      item.amount,
      item.currency,
      item.quote,
    ].join('|'),
  read: (item) => ({
    donor: item.donor,
    recipient: item.recipient,
    date: partialDate(item.date),
    amount: item.amount,
    currency: item.currency,
    status: item.status,
    approximate: item.approximate,
  }),
  seriesKey: (figure) => `${figure.donor}|${figure.recipient ?? ''}|${figure.currency}`,
  value: (figure) => figure.amount,
  statuses: FUNDING_STATUSES,
  identity: (item) => `${item.donor}|${item.recipient ?? ''}|${item.status}`,
  corrected: ['amount', 'currency', 'date', 'quote'],
};

/** Builds every flow from all articles; the largest pledges first. */
export function buildFundingFlows(articles: readonly FundingArticle[]): FundingFlow[] {
  return buildSeries(articles, MONEY)
    .map(({ key, figures }): FundingFlow => {
      const latestPledged = latestWith(figures, 'pledged');
      const latestDisbursed = latestWith(figures, 'disbursed');
      const first = figures[0]!;
      return {
        key,
        donor: first.donor,
        recipient: first.recipient,
        currency: first.currency,
        figures,
        latestPledged,
        latestDisbursed,
        gap:
          latestPledged && latestDisbursed
            ? latestPledged.amount - latestDisbursed.amount
            : undefined,
      };
    })
    .sort(
      (a, b) =>
        (b.latestPledged?.amount ?? 0) - (a.latestPledged?.amount ?? 0) ||
        a.key.localeCompare(b.key),
    );
}

/** Totals per donor (or recipient) and currency, summing each flow's latest figures. */
export function fundingTotals(
  flows: readonly FundingFlow[],
  by: 'donor' | 'recipient',
): FundingTotal[] {
  const groups = Map.groupBy(
    flows.filter((flow) => flow[by] !== undefined),
    (flow) => `${flow[by]}|${flow.currency}`,
  );
  return [...groups.values()].map((group) => {
    const sum = (pick: (flow: FundingFlow) => FundingFigure | undefined): number | undefined => {
      const known = group.map(pick).filter((figure) => figure !== undefined);
      return known.length > 0
        ? known.reduce((total, figure) => total + figure.amount, 0)
        : undefined;
    };
    const pledged = sum((flow) => flow.latestPledged);
    const disbursed = sum((flow) => flow.latestDisbursed);
    const latest = group
      .flatMap((flow) => [flow.latestPledged, flow.latestDisbursed])
      .filter((figure) => figure !== undefined);
    const asOf = latest
      .map((figure) => figure.date)
      .reduce((last, date) => (comparePartialDates(date, last) > 0 ? date : last));
    const atThatDate = latest.filter((figure) => comparePartialDates(figure.date, asOf) === 0);
    return {
      entity: group[0]![by]!,
      currency: group[0]!.currency,
      pledged,
      disbursed,
      gap: pledged !== undefined && disbursed !== undefined ? pledged - disbursed : undefined,
      asOf,
      asOfBasis: atThatDate.every((figure) => figure.dateBasis === 'reported')
        ? 'reported'
        : 'stated',
    };
  });
}

/** A flow as readers see it: "United States → Multinational Security Support mission", or the donor alone. */
export function flowName(
  flow: { readonly donor: string; readonly recipient?: string },
  nameOf: (id: string) => string,
): string {
  return flow.recipient ? `${nameOf(flow.donor)} → ${nameOf(flow.recipient)}` : nameOf(flow.donor);
}
