/** The deployment chart: each country a series, deployed totals joined by a line. */
import type { DeploymentStatus } from '../../schemas/article.ts';
import type { CountrySeries } from '../deploymentSeries.ts';
import { formatCount } from '../format.ts';
import { inferenceSentence } from '../inference.ts';
import { formatPartialDate } from '../partialDate.ts';
import { timeChart, type ChartModel, type ChartOptions, type MarkerShape } from './timeChart.ts';

/** Marker shape per status, so status never depends on colour alone. */
export const STATUS_SHAPES: Record<DeploymentStatus, MarkerShape> = {
  deployed: 'circle',
  pledged: 'diamond',
  announced: 'triangle',
  withdrawn: 'cross',
};

/** Lays out every country's figures; `nameOf` gives country names. */
export function deploymentChart(series: readonly CountrySeries[], options: Omit<ChartOptions, 'formatValue'> & { nameOf: (id: string) => string }): ChartModel {
  return timeChart(
    series.map((country) => ({
      key: country.country,
      name: options.nameOf(country.country),
      points: country.figures.map((figure) => {
        const count = formatCount(figure.count, figure.approximate);
        return {
          date: figure.date,
          value: figure.count,
          shape: STATUS_SHAPES[figure.status],
          approximate: figure.approximate,
          conflict: figure.conflict,
          onLine: figure.status === 'deployed',
          published: figure.published,
          article: figure.article,
          title: `${options.nameOf(country.country)}: ${count} ${figure.status}, ${formatPartialDate(figure.date)}${figure.conflict ? ' (sources disagree)' : ''}. “${figure.quote}” (${figure.outlet ?? figure.articleTitle})${inferenceSentence(figure)}`,
          label: figure.status === 'deployed' ? undefined : `${count} ${figure.status}`,
        };
      }),
    })),
    { ...options, formatValue: (value) => formatCount(value) },
  );
}

/** The shape key shown under deployment charts. */
export const DEPLOYMENT_SHAPES = [
  { shape: 'circle', label: 'Deployed (on the ground; joined by a line)' },
  { shape: 'diamond', label: 'Pledged' },
  { shape: 'triangle', label: 'Announced' },
  { shape: 'cross', label: 'Withdrawn' },
] as const satisfies readonly { shape: MarkerShape; label: string }[];
