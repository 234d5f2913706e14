/**
 * The table view of sourced figures: every kind becomes the same rows (date,
 * value, status, its own extra columns, source and quote), ready for the one
 * table component to lay out.
 */
import type { Catalogue } from '@/i18n/en.ts';
import type { DeploymentFigure } from './deploymentSeries.ts';
import type { FundingFigure } from './fundingSeries.ts';
import type { SourcedFigure } from './sourcedSeries.ts';

/** One figure as a table row shows it. */
export interface FigureRow {
  /** The partial date, as written (`2024-06`). */
  readonly date: string;
  /** Whether the date is when the figure held or when it was reported. */
  readonly dateBasis: 'stated' | 'reported';
  readonly inferred: boolean;
  readonly note?: string;
  /** The value, formatted ("about 24", "USD 85,300,000"). */
  readonly value: string;
  readonly approximate: boolean;
  /** The status, in the catalogue's words. */
  readonly status: string;
  readonly conflict: boolean;
  /** The cells of the kind's own columns, in order. */
  readonly cells: readonly string[];
  readonly source: Pick<
    SourcedFigure,
    'id' | 'article' | 'articleTitle' | 'outlet' | 'published' | 'quote' | 'lang'
  >;
}

/** A table of one series: its column headings and rows. */
export interface FigureTableModel {
  readonly columns: readonly { label: string; numeric?: boolean }[];
  readonly rows: readonly FigureRow[];
}

function row(
  figure: SourcedFigure,
  value: string,
  status: string,
  cells: readonly string[],
): FigureRow {
  const { id, article, articleTitle, outlet, published, quote, lang } = figure;
  return {
    date: figure.date.text,
    dateBasis: figure.dateBasis,
    inferred: figure.inferred,
    note: figure.note,
    value,
    approximate: figure.approximate,
    status,
    conflict: figure.conflict,
    cells,
    source: { id, article, articleTitle, outlet, published, quote, lang },
  };
}

/** Personnel figures: count, status, and police/military. */
export function personnelTable(
  figures: readonly DeploymentFigure[],
  labels: Catalogue,
): FigureTableModel {
  const t = labels.table;
  return {
    columns: [
      { label: t.date },
      { label: t.figure, numeric: true },
      { label: t.status },
      { label: t.personnel },
      { label: t.source },
    ],
    rows: figures.map((figure) =>
      row(
        figure,
        labels.format.count(figure.count, figure.approximate),
        labels.deploymentStatus[figure.status],
        [figure.personnel ? labels.personnel[figure.personnel] : '—'],
      ),
    ),
  };
}

/** Money figures: amount in its currency and status. */
export function moneyTable(figures: readonly FundingFigure[], labels: Catalogue): FigureTableModel {
  const t = labels.table;
  return {
    columns: [
      { label: t.date },
      { label: t.amount, numeric: true },
      { label: t.status },
      { label: t.source },
    ],
    rows: figures.map((figure) =>
      row(
        figure,
        figure.approximate
          ? labels.format.about(labels.format.money(figure.amount, figure.currency))
          : labels.format.money(figure.amount, figure.currency),
        labels.fundingStatus[figure.status],
        [],
      ),
    ),
  };
}
