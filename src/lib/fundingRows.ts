/** The rows of `/data/funding.json` and `/data/funding.csv`, in page order. */
import type { FundingFlow } from './fundingSeries.ts';
import { SOURCE_COLUMNS, sourceColumns, type SourceColumns } from './sourceColumns.ts';

export const FUNDING_COLUMNS = [
  'donor',
  'donor_name',
  'recipient',
  'recipient_name',
  'date',
  'precision',
  'amount',
  'currency',
  'status',
  'approximate',
  ...SOURCE_COLUMNS,
] as const;

export type FundingRow = SourceColumns & {
  donor: string;
  donor_name: string;
  recipient: string | null;
  recipient_name: string | null;
  date: string;
  precision: 'year' | 'month' | 'day';
  amount: number;
  currency: string;
  status: string;
  approximate: boolean;
};

/** One row per money figure, grouped by flow. */
export function fundingRows(flows: readonly FundingFlow[], nameOf: (id: string) => string, articleUrl: (slug: string) => string): FundingRow[] {
  return flows.flatMap((flow) =>
    flow.figures.map((figure) => ({
      donor: figure.donor,
      donor_name: nameOf(figure.donor),
      recipient: figure.recipient ?? null,
      recipient_name: figure.recipient ? nameOf(figure.recipient) : null,
      date: figure.date.text,
      precision: figure.date.precision,
      amount: figure.amount,
      currency: figure.currency,
      status: figure.status,
      approximate: figure.approximate,
      ...sourceColumns(figure, articleUrl),
    })),
  );
}
