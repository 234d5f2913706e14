/** The funding chart for one currency: each flow a series, disbursed amounts joined by a line. */
import type { Catalogue } from '@/i18n/en.ts';
import type { FundingFlow } from '@/lib/figures/fundingSeries.ts';
import { inferenceSentence } from '@/lib/figures/inference.ts';
import { timeChart, type ChartModel, type ChartOptions, type MarkerShape } from './timeChart.ts';

/** The shape key shown under funding charts, in the catalogue's words. */
export function fundingShapes(labels: Catalogue): { shape: MarkerShape; label: string }[] {
  return [
    { shape: 'circle', label: labels.chart.moneyShapes.disbursed },
    { shape: 'diamond', label: labels.chart.moneyShapes.pledged },
  ];
}

/** Lays out the flows of one currency; `flowName` names a flow ("United States → MSS"). */
export function fundingChart(
  flows: readonly FundingFlow[],
  currency: string,
  options: Omit<ChartOptions, 'formatValue' | 'formatTick'> & {
    flowName: (flow: FundingFlow) => string;
    labels: Catalogue;
  },
): ChartModel {
  const { labels } = options;
  const { format } = labels;
  // The axis is titled with the currency: its ticks are short numbers ("100M"), in the page's language.
  const compact = (value: number): string =>
    format.moneyShort(value, currency).replace(currency, '').trim();
  const status = (figure: FundingFlow['figures'][number]): string =>
    labels.fundingStatus[figure.status].toLocaleLowerCase();
  return timeChart(
    flows
      .filter((flow) => flow.currency === currency)
      .map((flow) => ({
        key: flow.key,
        name: options.flowName(flow),
        points: flow.figures.map((figure) => ({
          date: figure.date,
          value: figure.amount,
          shape: figure.status === 'disbursed' ? 'circle' : 'diamond',
          approximate: figure.approximate,
          conflict: figure.conflict,
          onLine: figure.status === 'disbursed',
          published: figure.published,
          article: figure.article,
          figure: figure.id,
          title: `${format.labelled(options.flowName(flow), `${format.money(figure.amount, figure.currency)} ${status(figure)}`)}, ${format.partialDate(figure.date)}${figure.conflict ? ` (${labels.chart.conflict})` : ''}. ${format.quoted(figure.quote)} (${figure.outlet ?? figure.articleTitle})${inferenceSentence(figure, labels.inference.label, format.labelled)}`,
          label: `${format.moneyShort(figure.amount, figure.currency)} ${status(figure)}`,
        })),
      })),
    // The axis is titled with the currency, so ticks stay short; flow names are too long to sit at line ends.
    { ...options, formatValue: compact, formatTick: format.tick, lineLabels: false },
  );
}
