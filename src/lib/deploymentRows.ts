/** The rows of `/data/deployments.json` and `/data/deployments.csv`, in table order. */
import type { CountrySeries } from './deploymentSeries.ts';
import { SOURCE_COLUMNS, sourceColumns, type SourceColumns } from './sourceColumns.ts';

export const DEPLOYMENT_COLUMNS = [
  'country',
  'country_name',
  'date',
  'precision',
  'count',
  'status',
  'approximate',
  'personnel',
  ...SOURCE_COLUMNS,
] as const;

export type DeploymentRow = SourceColumns & {
  country: string;
  country_name: string;
  date: string;
  precision: 'year' | 'month' | 'day';
  count: number;
  status: string;
  approximate: boolean;
  personnel: string | null;
};

/** One row per figure, grouped by country as on the page. */
export function deploymentRows(series: readonly CountrySeries[], nameOf: (id: string) => string, articleUrl: (slug: string) => string): DeploymentRow[] {
  return series.flatMap((country) =>
    country.figures.map((figure) => ({
      country: figure.country,
      country_name: nameOf(figure.country),
      date: figure.date.text,
      precision: figure.date.precision,
      count: figure.count,
      status: figure.status,
      approximate: figure.approximate,
      personnel: figure.personnel ?? null,
      ...sourceColumns(figure, articleUrl),
    })),
  );
}
