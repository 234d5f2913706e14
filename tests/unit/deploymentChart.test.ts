import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en.ts';
import { fr } from '@/i18n/fr.ts';
import { deploymentChart } from '@/lib/charts/deploymentChart.ts';
import { buildDeploymentSeries } from '@/lib/figures/deploymentSeries.ts';
import type { DeploymentData } from '@/schemas/article.ts';

const options = {
  width: 800,
  height: 400,
  margin: { top: 20, right: 100, bottom: 50, left: 60 },
  nameOf: (id: string) => id.toUpperCase(),
  labels: en,
};
const figure = (
  country: string,
  date: string,
  count: number,
  status: DeploymentData['status'] = 'deployed',
): DeploymentData => ({
  country,
  date,
  count,
  status,
  approximate: false,
  inferred: false,
  quote: 'q',
});
const chartOf = (figures: DeploymentData[]) =>
  deploymentChart(
    buildDeploymentSeries([
      { slug: 'a', title: 'A', published: '2025-01-01', deployments: figures },
    ]),
    options,
  );

describe('deploymentChart', () => {
  it('places a single point inside the plot with a real time span', () => {
    const model = chartOf([figure('kenya', '2024-06', 400)]);
    const [marker] = model.markers;
    expect(marker!.x).toBeGreaterThan(model.plot.left);
    expect(marker!.x).toBeLessThan(model.plot.right);
    expect(marker!.y).toBeGreaterThan(model.plot.top);
    expect(model.xTicks.length).toBeGreaterThan(1);
    expect(model.yTicks[0]?.label).toBe('0');
  });

  it('draws no line when a country has no deployed figure, but keeps its markers', () => {
    const model = chartOf([
      figure('kenya', '2023-07', 1000, 'pledged'),
      figure('kenya', '2024-09', 600, 'announced'),
    ]);
    expect(model.lines).toEqual([]);
    expect(model.markers.map((m) => [m.shape, m.label])).toEqual([
      ['diamond', '1,000 pledged'],
      ['triangle', '600 announced'],
    ]);
  });

  it('puts partial dates at the start of their period and later dates further right', () => {
    const model = chartOf([
      figure('kenya', '2024', 100),
      figure('kenya', '2024-01-01', 200),
      figure('kenya', '2024-06', 300),
    ]);
    const [year, day, month] = model.markers;
    expect(year!.x).toBe(day!.x);
    expect(month!.x).toBeGreaterThan(day!.x);
  });

  it('scales y from zero to above the largest figure', () => {
    const model = chartOf([figure('kenya', '2024-06', 400), figure('kenya', '2025-08', 800)]);
    const values = model.yTicks.map((tick) => Number(tick.label.replace(/,/g, '')));
    expect(values[0]).toBe(0);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(800);
    const top = model.markers.find((m) => m.value === 800)!;
    expect(top.y).toBeGreaterThanOrEqual(model.plot.top);
  });

  it('handles an empty series', () => {
    const model = deploymentChart([], options);
    expect(model.empty).toBe(true);
    expect(model.markers).toEqual([]);
  });

  it('handles 50 countries: colours cycle through the tokens and labels stay apart', () => {
    const figures = Array.from({ length: 50 }, (_, i) =>
      figure(`country-${String(i).padStart(2, '0')}`, '2024-06', 10 + i),
    );
    const model = chartOf(figures);
    expect(model.legend).toHaveLength(50);
    expect(new Set(model.legend.map((entry) => entry.colour))).toEqual(
      new Set([0, 1, 2, 3, 4, 5, 6, 7]),
    );
    // Fifty names cannot sit side by side at the end of their lines: the legend names them instead.
    expect(model.lines.every((line) => !line.labelled)).toBe(true);
  });

  it('keeps direct labels of lines that end close together apart', () => {
    const model = chartOf([
      figure('jamaica', '2024-09', 24),
      figure('belize', '2024-09', 2),
      figure('kenya', '2024-09', 400),
    ]);
    const ys = model.lines
      .filter((line) => line.labelled)
      .map((line) => line.labelY)
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13.9);
  });

  it('labels pledges and announcements without overprinting: the latest first, the rest left to their tooltips', () => {
    // Twelve pledges a month apart at nearly the same height: their labels cannot all fit side by side.
    const pledges = Array.from({ length: 12 }, (_, i) =>
      figure('kenya', `2024-${String(i + 1).padStart(2, '0')}`, 1000 + i * 5, 'pledged'),
    );
    const model = chartOf([
      ...pledges,
      figure('kenya', '2024-06', 400),
      figure('kenya', '2025-01', 500),
    ]);
    const labelled = model.markers.filter((marker) => marker.label);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(12);
    // The latest pledge keeps its label.
    expect(labelled.some((marker) => marker.label === '1,055 pledged')).toBe(true);
    const boxes = labelled.map((marker) => {
      const width = marker.label!.length * 7.6;
      const left = marker.labelLeft ? marker.x - 10.8 - width : marker.x + 10.8;
      return { left, right: left + width, top: marker.y - 9, bottom: marker.y + 7 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(800);
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(
          false,
        );
    }
    // Every pledge is still drawn, with its tooltip.
    expect(model.markers.filter((marker) => marker.title.includes('pledged'))).toHaveLength(12);
  });

  it('keeps the label of a lone pledge', () => {
    const model = chartOf([
      figure('kenya', '2023-07', 1000, 'pledged'),
      figure('kenya', '2024-06', 400),
    ]);
    expect(model.markers.find((marker) => marker.value === 1000)?.label).toBe('1,000 pledged');
  });

  it('gives each marker a title with figure, date, status and quote', () => {
    const model = chartOf([figure('kenya', '2024-06', 400)]);
    expect(model.markers[0]?.title).toBe('KENYA: 400 deployed, June 2024. “q” (A)');
  });

  it('punctuates a French marker title as French does: a no-break space before the colon, the quote in guillemets', () => {
    const inferred = {
      ...figure('kenya', '2024-06', 400),
      inferred: true,
      note: 'Le mois est déduit.',
    };
    const model = deploymentChart(
      buildDeploymentSeries([
        { slug: 'a', title: 'A', published: '2025-01-01', deployments: [inferred] },
      ]),
      { ...options, labels: fr },
    );
    expect(model.markers[0]?.title).toBe(
      `KENYA\u00a0: 400 déployés, juin 2024. «\u00a0q\u00a0» (A) ${fr.inference.label}\u00a0: Le mois est déduit.`,
    );
    expect(model.markers[0]?.title).not.toMatch(/[“”]|\S:/);
  });
});

describe('the time axis', () => {
  it('names the year of a first figure that falls before the first tick (a July 2023 pledge left of "2024")', () => {
    const model = chartOf([
      figure('kenya', '2023-07', 1000, 'pledged'),
      figure('kenya', '2024-06', 400),
      figure('kenya', '2025-08', 800),
    ]);
    expect(model.xTicks[0]?.label).toBe('Jul 2023');
    const first = model.markers.find((marker) => marker.date.text === '2023-07')!;
    expect(model.xTicks[0]?.x).toBe(first.x);
    expect(model.xTicks.map((tick) => tick.label)).toContain('2024');
  });

  it('adds no tick when the first tick already names the first year', () => {
    const model = chartOf([figure('kenya', '2024-01', 100), figure('kenya', '2025-08', 800)]);
    expect(model.xTicks.filter((tick) => tick.label === 'Jan 2024')).toHaveLength(0);
  });
});
