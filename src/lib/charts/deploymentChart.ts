/** The deployment chart: each country a series, deployed totals joined by a line. */
import type { Catalogue } from '@/i18n/en.ts';
import type { DeploymentStatus } from '@/schemas/article.ts';
import type { CountrySeries } from '@/lib/figures/deploymentSeries.ts';
import { inferenceSentence } from '@/lib/figures/inference.ts';
import { timeChart, type ChartModel, type ChartOptions, type MarkerShape } from './timeChart.ts';

/** Marker shape per status, so status never depends on colour alone. */
export const STATUS_SHAPES: Record<DeploymentStatus, MarkerShape> = {
  deployed: 'circle',
  pledged: 'diamond',
  announced: 'triangle',
  withdrawn: 'cross',
};

/** Lays out every country's figures; `nameOf` gives country names, `labels` the words of the tooltips. */
export function deploymentChart(
  series: readonly CountrySeries[],
  options: Omit<ChartOptions, 'formatValue' | 'formatTick'> & {
    nameOf: (id: string) => string;
    labels: Catalogue;
  },
): ChartModel {
  const { labels } = options;
  const { format } = labels;
  return timeChart(
    series.map((country) => ({
      key: country.country,
      name: options.nameOf(country.country),
      points: country.figures.map((figure) => {
        const count = format.count(figure.count, figure.approximate);
        const counted = labels.chart.countStatus(count, figure.status, figure.count > 1);
        return {
          date: figure.date,
          value: figure.count,
          shape: STATUS_SHAPES[figure.status],
          approximate: figure.approximate,
          conflict: figure.conflict,
          onLine: figure.status === 'deployed',
          published: figure.published,
          article: figure.article,
          figure: figure.id,
          title: `${format.labelled(options.nameOf(country.country), counted)}, ${format.partialDate(figure.date)}${figure.conflict ? ` (${labels.chart.conflict})` : ''}. ${format.quoted(figure.quote)} (${figure.outlet ?? figure.articleTitle})${inferenceSentence(figure, labels.inference.label, format.labelled)}`,
          label: figure.status === 'deployed' ? undefined : counted,
        };
      }),
    })),
    { ...options, formatValue: (value) => format.count(value), formatTick: format.tick },
  );
}

/** The shape key shown under deployment charts, in the catalogue's words. */
export function deploymentShapes(labels: Catalogue): { shape: MarkerShape; label: string }[] {
  return (Object.keys(STATUS_SHAPES) as DeploymentStatus[]).map((status) => ({
    shape: STATUS_SHAPES[status],
    label: labels.chart.personnelShapes[status],
  }));
}
