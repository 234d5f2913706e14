/**
 * Money pledged and disbursed, from every article's `funding` figures, kept
 * with the same provenance as troop figures. Amounts are never converted
 * between currencies: flows and totals are per currency.
 */
import type { FundingData, FundingStatus } from '../schemas/article.ts';
import { figureSource, type FigureSource, type SourceArticle } from './figureSource.ts';
import { comparePartialDates, partialDate, type PartialDate } from './partialDate.ts';

export interface FundingArticle extends SourceArticle {
  readonly funding: readonly FundingData[];
}

/** One amount as an article states it, with its source. */
export interface FundingFigure extends FigureSource {
  readonly donor: string;
  readonly recipient?: string;
  readonly date: PartialDate;
  readonly amount: number;
  readonly currency: string;
  readonly status: FundingStatus;
  readonly approximate: boolean;
  /** Another source gives a different amount for the same flow, date and status. */
  readonly conflict: boolean;
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
}

const flowKey = (figure: { donor: string; recipient?: string; currency: string }): string => `${figure.donor}|${figure.recipient ?? ''}|${figure.currency}`;

/** Builds every flow from all articles; the largest pledges first. */
export function buildFundingFlows(articles: readonly FundingArticle[]): FundingFlow[] {
  const figures = articles.flatMap((article) =>
    article.funding.map((figure) => ({
      donor: figure.donor,
      recipient: figure.recipient,
      date: partialDate(figure.date),
      amount: figure.amount,
      currency: figure.currency,
      status: figure.status,
      approximate: figure.approximate,
      ...figureSource(article, figure),
    })),
  );
  const claim = (figure: (typeof figures)[number]): string => `${flowKey(figure)}|${figure.date.text}|${figure.status}`;
  const amounts = new Map<string, Set<number>>();
  for (const figure of figures) amounts.set(claim(figure), (amounts.get(claim(figure)) ?? new Set()).add(figure.amount));

  const flows = Map.groupBy(
    figures.map((figure): FundingFigure => ({ ...figure, conflict: (amounts.get(claim(figure))?.size ?? 0) > 1 })),
    flowKey,
  );
  return [...flows]
    .map(([key, list]) => {
      const sorted = [...list].sort(
        (a, b) => comparePartialDates(a.date, b.date) || a.status.localeCompare(b.status) || a.published.localeCompare(b.published) || a.article.localeCompare(b.article),
      );
      const latest = (status: FundingStatus) =>
        sorted.filter((figure) => figure.status === status).reduce<FundingFigure | undefined>((best, figure) => (!best || comparePartialDates(figure.date, best.date) >= 0 ? figure : best), undefined);
      const latestPledged = latest('pledged');
      const latestDisbursed = latest('disbursed');
      const first = sorted[0]!;
      return {
        key,
        donor: first.donor,
        recipient: first.recipient,
        currency: first.currency,
        figures: sorted,
        latestPledged,
        latestDisbursed,
        gap: latestPledged && latestDisbursed ? latestPledged.amount - latestDisbursed.amount : undefined,
      };
    })
    .sort((a, b) => (b.latestPledged?.amount ?? 0) - (a.latestPledged?.amount ?? 0) || a.key.localeCompare(b.key));
}

/** Totals per donor (or recipient) and currency, summing each flow's latest figures. */
export function fundingTotals(flows: readonly FundingFlow[], by: 'donor' | 'recipient'): FundingTotal[] {
  const groups = Map.groupBy(
    flows.filter((flow) => flow[by] !== undefined),
    (flow) => `${flow[by]}|${flow.currency}`,
  );
  return [...groups.values()].map((group) => {
    const sum = (pick: (flow: FundingFlow) => FundingFigure | undefined): number | undefined => {
      const known = group.map(pick).filter((figure) => figure !== undefined);
      return known.length > 0 ? known.reduce((total, figure) => total + figure.amount, 0) : undefined;
    };
    const pledged = sum((flow) => flow.latestPledged);
    const disbursed = sum((flow) => flow.latestDisbursed);
    const dates = group.flatMap((flow) => [flow.latestPledged?.date, flow.latestDisbursed?.date]).filter((date) => date !== undefined);
    return {
      entity: group[0]![by]!,
      currency: group[0]!.currency,
      pledged,
      disbursed,
      gap: pledged !== undefined && disbursed !== undefined ? pledged - disbursed : undefined,
      asOf: dates.reduce((latest, date) => (comparePartialDates(date, latest) > 0 ? date : latest)),
    };
  });
}
