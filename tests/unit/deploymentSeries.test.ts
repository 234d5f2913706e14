import { describe, expect, it } from 'vitest';
import {
  buildDeploymentSeries,
  latestFigures,
  type FigureArticle,
} from '@/lib/figures/deploymentSeries.ts';
import type { DeploymentData } from '@/schemas/article.ts';

const figure = (
  country: string,
  date: string,
  count: number,
  status: DeploymentData['status'],
  extra: Partial<DeploymentData> = {},
): DeploymentData => ({
  country,
  date,
  count,
  status,
  approximate: false,
  inferred: false,
  quote: `${count} ${status}`,
  ...extra,
});
const article = (
  slug: string,
  published: string,
  deployments: DeploymentData[],
): FigureArticle => ({ slug, title: slug, published, deployments });

describe('buildDeploymentSeries', () => {
  const series = buildDeploymentSeries([
    article('b', '2024-09-23', [
      figure('kenya', '2024-06', 400, 'deployed'),
      figure('kenya', '2023-07', 1000, 'pledged'),
      figure('jamaica', '2024-09', 24, 'deployed', { approximate: true }),
    ]),
    article('a', '2025-08-20', [
      figure('kenya', '2025-08', 800, 'deployed'),
      figure('kenya', '2024-06', 200, 'deployed'),
    ]),
    article('c', '2024-07-01', [
      figure('kenya', '2024-06-25', 400, 'deployed'),
      figure('kenya', '2024', 2500, 'pledged'),
    ]),
  ]);
  const kenya = series.find((s) => s.country === 'kenya')!;

  it('orders one country’s figures by date, less precise first, then by publication', () => {
    expect(kenya.figures.map((f) => `${f.date.text} ${f.count}`)).toEqual([
      '2023-07 1000',
      '2024 2500',
      '2024-06 400',
      '2024-06 200',
      '2024-06-25 400',
      '2025-08 800',
    ]);
  });

  it('keeps disagreeing figures for the same country, date and status and flags both', () => {
    const june = kenya.figures.filter((f) => f.date.text === '2024-06');
    expect(june.map((f) => [f.count, f.article, f.conflict])).toEqual([
      [400, 'b', true],
      [200, 'a', true],
    ]);
    expect(kenya.figures.find((f) => f.date.text === '2024-06-25')?.conflict).toBe(false);
  });

  it('does not flag agreeing sources or different statuses', () => {
    const agreeing = buildDeploymentSeries([
      article('x', '2024-01-01', [
        figure('kenya', '2024-06', 400, 'deployed'),
        figure('kenya', '2024-06', 600, 'announced'),
      ]),
      article('y', '2024-01-02', [figure('kenya', '2024-06', 400, 'deployed')]),
    ]);
    expect(agreeing[0]?.figures.every((f) => !f.conflict)).toBe(true);
  });

  it('derives the latest deployed figure, the largest pledge and the share deployed', () => {
    expect(kenya.latestDeployed).toMatchObject({ count: 800, article: 'a' });
    expect(kenya.largestPledge).toMatchObject({ count: 2500, article: 'c' });
    expect(kenya.shareDeployed).toBeCloseTo(800 / 2500);
    const jamaica = series.find((s) => s.country === 'jamaica')!;
    expect(jamaica.largestPledge).toBeUndefined();
    expect(jamaica.shareDeployed).toBeUndefined();
    expect(jamaica.latestDeployed?.approximate).toBe(true);
  });

  it('breaks a tie on the latest date with the most recently published source', () => {
    const tie = buildDeploymentSeries([
      article('old', '2024-01-01', [figure('kenya', '2024-09', 380, 'deployed')]),
      article('new', '2024-02-01', [figure('kenya', '2024-09', 410, 'deployed')]),
    ]);
    expect(tie[0]?.latestDeployed?.article).toBe('new');
  });

  it('puts countries with the largest figures first', () => {
    expect(series.map((s) => s.country)).toEqual(['kenya', 'jamaica']);
  });

  it('has no latest figure for a country with only pledges', () => {
    const pledges = buildDeploymentSeries([
      article('p', '2024-01-01', [figure('chad', '2024', 100, 'pledged')]),
    ]);
    expect(pledges[0]).toMatchObject({ latestDeployed: undefined, largestPledge: { count: 100 } });
  });
});

describe('latestFigures', () => {
  it('keeps the latest figures per country but the summaries of all', () => {
    const many = buildDeploymentSeries([
      article(
        'a',
        '2025-01-01',
        Array.from({ length: 10 }, (_, i) =>
          figure('kenya', `2024-${String(i + 1).padStart(2, '0')}`, 100 + i, 'deployed'),
        ),
      ),
      article('b', '2025-01-02', [figure('kenya', '2023-01', 5000, 'pledged')]),
    ]);
    const [kenya] = latestFigures(many, 3);
    expect(kenya?.figures.map((f) => f.date.text)).toEqual(['2024-08', '2024-09', '2024-10']);
    expect(kenya?.totalFigures).toBe(11);
    expect(kenya?.largestPledge?.count).toBe(5000);
  });
});
