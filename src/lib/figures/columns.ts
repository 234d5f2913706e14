/**
 * The one download writer for sourced figures: each kind's columns are
 * declared once, with their type and meaning, and the JSON records, the CSV
 * rows (and the data's description) all come from these declarations.
 */
import {
  DEPLOYMENT_STATUSES,
  FUNDING_STATUSES,
  MANDATE_ACTIONS,
  PERSONNEL_KINDS,
} from '@/schemas/article.ts';
import type { Cell } from '@/lib/data/csv.ts';
import type { DeploymentFigure } from './deploymentSeries.ts';
import type { FundingFigure } from './fundingSeries.ts';
import type { MandateFigure } from './mandates.ts';
import type { SourcedFigure } from './sourcedSeries.ts';

/** What a column's values are, in Table Schema terms. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** What the columns need besides the figure: names of entities and absolute links. */
export interface RowContext {
  readonly nameOf: (id: string) => string;
  readonly articleUrl: (slug: string) => string;
}

/** One column of a download. */
export interface Column<F> {
  readonly name: string;
  readonly type: ColumnType;
  /** What the column holds, for readers of the data. */
  readonly description: string;
  /** The only values it can hold, when it is a fixed set. */
  readonly values?: readonly string[];
  readonly value: (figure: F, context: RowContext) => Cell;
}

/** The records of a download: one object per figure, keys in column order. */
export function records<F>(
  columns: readonly Column<F>[],
  figures: readonly F[],
  context: RowContext,
): Record<string, Cell>[] {
  return figures.map((figure) =>
    Object.fromEntries(columns.map((column) => [column.name, column.value(figure, context)])),
  );
}

/** The names of a list of columns, in order. */
export const columnNames = (columns: readonly Column<never>[]): string[] =>
  columns.map((column) => column.name);

/** The date of any sourced figure, at its precision. */
const DATE_COLUMNS: Column<SourcedFigure>[] = [
  {
    name: 'date',
    type: 'string',
    description:
      'The date the figure refers to, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.',
    value: (f) => f.date.text,
  },
  {
    name: 'precision',
    type: 'string',
    description: 'How precise the date field is.',
    values: ['year', 'month', 'day'],
    value: (f) => f.date.precision,
  },
  {
    name: 'date_basis',
    type: 'string',
    description:
      'stated: the date is when the figure held or the decision was taken; reported: the source gives no such date, and the date is when the article reported it.',
    values: ['stated', 'reported'],
    value: (f) => f.dateBasis,
  },
];

/** Where any sourced figure comes from, and what the editors inferred. */
const SOURCE_COLUMNS: Column<SourcedFigure>[] = [
  {
    name: 'inferred',
    type: 'boolean',
    description:
      "True when the figure's date (or value) is the editors' reading of the source, not its words; see inference_note.",
    value: (f) => f.inferred,
  },
  {
    name: 'inference_note',
    type: 'string',
    description: 'How the editors read an inferred figure; empty otherwise.',
    value: (f) => f.note ?? null,
  },
  {
    name: 'article',
    type: 'string',
    description: 'Id (slug) of the tracker article that states the figure.',
    value: (f) => f.article,
  },
  {
    name: 'article_url',
    type: 'string',
    description: 'Address of that article on the tracker, where the quote can be read in context.',
    value: (f, c) => c.articleUrl(f.article),
  },
  {
    name: 'outlet',
    type: 'string',
    description: 'The publication of the original story, when the source names it.',
    value: (f) => f.outlet ?? null,
  },
  {
    name: 'published',
    type: 'date',
    description: 'Publication date of the article (YYYY-MM-DD).',
    value: (f) => f.published,
  },
  {
    name: 'published_inferred',
    type: 'boolean',
    description: "True when the article's publication date was worked out by the editors.",
    value: (f) => f.publishedInferred,
  },
  {
    name: 'quote',
    type: 'string',
    description: 'The sentence of the article that states the figure, verbatim.',
    value: (f) => f.quote,
  },
  {
    name: 'figure_id',
    type: 'string',
    description:
      'Stable id of the figure, from its article, list and content: it survives edits to other figures and changes when the figure itself is corrected.',
    value: (f) => f.id,
  },
  {
    name: 'permalink',
    type: 'string',
    description: 'Address of the figure on its article page, to cite it.',
    value: (f, c) => `${c.articleUrl(f.article)}#${f.id}`,
  },
];

/** /data/deployments.csv and .json: one row per personnel figure. */
export const PERSONNEL_COLUMNS: Column<DeploymentFigure>[] = [
  {
    name: 'country',
    type: 'string',
    description: 'Id of the country entity.',
    value: (f) => f.country,
  },
  {
    name: 'country_name',
    type: 'string',
    description: 'Name of the country.',
    value: (f, c) => c.nameOf(f.country),
  },
  ...DATE_COLUMNS,
  {
    name: 'count',
    type: 'integer',
    description: 'Number of personnel the source states.',
    value: (f) => f.count,
  },
  {
    name: 'status',
    type: 'string',
    description:
      "pledged: a promise; announced: a batch named as coming; deployed: on the ground at that date (the country's total, not an increment); withdrawn: stated to have left.",
    values: DEPLOYMENT_STATUSES,
    value: (f) => f.status,
  },
  {
    name: 'approximate',
    type: 'boolean',
    description: 'True when the source hedges the number ("about", "nearly", "around").',
    value: (f) => f.approximate,
  },
  {
    name: 'personnel',
    type: 'string',
    description: 'Police, military or both, when the source says; empty otherwise.',
    values: PERSONNEL_KINDS,
    value: (f) => f.personnel ?? null,
  },
  ...SOURCE_COLUMNS,
];

/** /data/funding.csv and .json: one row per money figure. */
export const MONEY_COLUMNS: Column<FundingFigure>[] = [
  {
    name: 'donor',
    type: 'string',
    description: 'Id of the entity that gives.',
    value: (f) => f.donor,
  },
  {
    name: 'donor_name',
    type: 'string',
    description: 'Name of the donor.',
    value: (f, c) => c.nameOf(f.donor),
  },
  {
    name: 'recipient',
    type: 'string',
    description: 'Id of the entity that receives, when the source says.',
    value: (f) => f.recipient ?? null,
  },
  {
    name: 'recipient_name',
    type: 'string',
    description: 'Name of the recipient.',
    value: (f, c) => (f.recipient ? c.nameOf(f.recipient) : null),
  },
  ...DATE_COLUMNS,
  {
    name: 'amount',
    type: 'number',
    description: 'Amount in whole units of the currency field; never converted.',
    value: (f) => f.amount,
  },
  {
    name: 'currency',
    type: 'string',
    description: 'ISO 4217 currency code.',
    value: (f) => f.currency,
  },
  {
    name: 'status',
    type: 'string',
    description: 'pledged: a promise of money; disbursed: stated to have been paid out.',
    values: FUNDING_STATUSES,
    value: (f) => f.status,
  },
  {
    name: 'approximate',
    type: 'boolean',
    description: 'True when the source hedges the amount.',
    value: (f) => f.approximate,
  },
  ...SOURCE_COLUMNS,
];

/** /data/mandates.csv and .json: one row per mandate statement. */
export const MANDATE_COLUMNS: Column<MandateFigure>[] = [
  {
    name: 'mission',
    type: 'string',
    description: 'Id of the mission entity.',
    value: (f) => f.mission,
  },
  {
    name: 'mission_name',
    type: 'string',
    description: 'Name of the mission.',
    value: (f, c) => c.nameOf(f.mission),
  },
  ...DATE_COLUMNS,
  {
    name: 'action',
    type: 'string',
    description:
      'authorised: the mission was authorised; renewed: its mandate was extended; expires: a stated end; ended: stated to have ended.',
    values: MANDATE_ACTIONS,
    value: (f) => f.status,
  },
  {
    name: 'ceiling',
    type: 'integer',
    description: 'Authorised personnel, when stated ("up to 2,500" is an exact ceiling).',
    value: (f) => f.ceiling ?? null,
  },
  {
    name: 'until',
    type: 'string',
    description: 'The date the mandate runs to, when stated: YYYY, YYYY-MM or YYYY-MM-DD.',
    value: (f) => f.until?.text ?? null,
  },
  {
    name: 'by',
    type: 'string',
    description: 'Id of the body that decided, when stated.',
    value: (f) => f.by ?? null,
  },
  {
    name: 'by_name',
    type: 'string',
    description: 'Name of that body.',
    value: (f, c) => (f.by ? c.nameOf(f.by) : null),
  },
  {
    name: 'approximate',
    type: 'boolean',
    description: 'True when the source hedges the ceiling ("about").',
    value: (f) => f.approximate,
  },
  ...SOURCE_COLUMNS,
];
