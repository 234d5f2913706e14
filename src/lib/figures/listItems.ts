/**
 * An article's own figures as its page lists them: personnel, money and
 * mandate statements become the same item (value, what it is, status, date,
 * terms, inference, quote) for the one list component.
 */
import type { Catalogue } from '@/i18n/en.ts';
import type { DeploymentData, FundingData, MandateData } from '@/schemas/article.ts';
import { MANDATE, type MandateFigure } from './mandates.ts';
import { PERSONNEL } from './deploymentSeries.ts';
import { MONEY } from './fundingSeries.ts';
import { figureIds } from './figureId.ts';

/** One figure of an article, ready to show. */
export interface FigureItem {
  /** Stable id: the figure's anchor on its article page (its permalink). */
  readonly id: string;
  /** The value in large type: "about 24", "USD 100,000,000", a mission's name. */
  readonly value: string;
  /** What the value is: "police and military from Jamaica". */
  readonly description: string;
  /** The status badge, in the catalogue's words. */
  readonly status?: string;
  /** The partial date the figure refers to. */
  readonly date: string;
  /** Whether the date is when the figure held or when it was reported. */
  readonly dateBasis?: 'stated' | 'reported';
  /** A second line: a mandate's ceiling and end. */
  readonly terms?: string;
  readonly inferred: boolean;
  readonly note?: string;
  readonly quote: string;
  /** The article it comes from, where the list gathers several articles. */
  readonly source?: { readonly article: string; readonly id: string; readonly name: string };
  /** The language of the quote and note (the article's), where the list gathers several articles. */
  readonly lang?: string;
  /** Committed corrections of the figure, newest first: when, what changed in words, and the commit message. */
  readonly corrections?: readonly {
    readonly date: string;
    readonly changes: string;
    readonly message: string;
  }[];
}

type NameOf = (id: string) => string;

export function personnelItems(
  figures: readonly DeploymentData[],
  nameOf: NameOf,
  labels: Catalogue,
  slug: string,
): FigureItem[] {
  const ids = figureIds('deployments', slug, figures, PERSONNEL.key);
  return figures.map((figure, index) => ({
    id: ids[index]!,
    value: labels.format.count(figure.count, figure.approximate),
    description: labels.figureItems.personnel(
      figure.personnel
        ? labels.personnel[figure.personnel].toLocaleLowerCase()
        : labels.table.personnel.toLocaleLowerCase(),
      nameOf(figure.country),
    ),
    status: labels.deploymentStatus[figure.status],
    date: figure.date,
    dateBasis: figure.date_basis,
    inferred: figure.inferred,
    note: figure.note,
    quote: figure.quote,
  }));
}

export function moneyItems(
  figures: readonly FundingData[],
  nameOf: NameOf,
  labels: Catalogue,
  slug: string,
): FigureItem[] {
  const ids = figureIds('funding', slug, figures, MONEY.key);
  return figures.map((figure, index) => ({
    id: ids[index]!,
    value: figure.approximate
      ? labels.format.about(labels.format.money(figure.amount, figure.currency))
      : labels.format.money(figure.amount, figure.currency),
    description: labels.figureItems.money(
      nameOf(figure.donor),
      figure.recipient ? nameOf(figure.recipient) : undefined,
    ),
    status: labels.fundingStatus[figure.status],
    date: figure.date,
    dateBasis: figure.date_basis,
    inferred: figure.inferred,
    note: figure.note,
    quote: figure.quote,
  }));
}

export function mandateItems(
  mandates: readonly MandateData[],
  nameOf: NameOf,
  labels: Catalogue,
  slug: string,
): FigureItem[] {
  const ids = figureIds('mandates', slug, mandates, MANDATE.key);
  return mandates.map((mandate, index) => {
    const terms = [
      mandate.ceiling !== undefined
        ? labels.figureItems.ceiling(labels.format.count(mandate.ceiling, mandate.approximate))
        : undefined,
      mandate.until
        ? labels.figureItems.until(labels.format.partialDate(mandate.until))
        : undefined,
    ].filter(Boolean);
    return {
      id: ids[index]!,
      value: nameOf(mandate.mission),
      description: labels.figureItems.mandate(
        labels.mandateAction[mandate.action],
        mandate.by ? nameOf(mandate.by) : undefined,
      ),
      date: mandate.date,
      dateBasis: mandate.date_basis,
      terms: terms.length > 0 ? terms.join(' · ') : undefined,
      inferred: mandate.inferred,
      note: mandate.note,
      quote: mandate.quote,
    };
  });
}

/** A mission's mandate history, from its merged statements (oldest first). */
export function mandateFigureItems(
  figures: readonly MandateFigure[],
  nameOf: NameOf,
  labels: Catalogue,
): FigureItem[] {
  const items = mandateItems(
    figures.map((figure) => ({
      mission: figure.mission,
      date: figure.date.text,
      action: figure.status,
      approximate: figure.approximate,
      inferred: figure.inferred,
      quote: figure.quote,
      ...(figure.ceiling !== undefined ? { ceiling: figure.ceiling } : {}),
      ...(figure.until ? { until: figure.until.text } : {}),
      ...(figure.by ? { by: figure.by } : {}),
      ...(figure.note ? { note: figure.note } : {}),
      date_basis: figure.dateBasis,
    })),
    nameOf,
    labels,
    '',
  );
  return items.map((item, index) => ({
    ...item,
    id: figures[index]!.id,
    lang: figures[index]!.lang,
    source: {
      article: figures[index]!.article,
      id: figures[index]!.id,
      name: figures[index]!.outlet ?? figures[index]!.articleTitle,
    },
  }));
}
