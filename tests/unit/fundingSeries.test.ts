import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en.ts';
import { fundingChart } from '@/lib/charts/fundingChart.ts';
import {
  buildFundingFlows,
  fundingTotals,
  type FundingArticle,
} from '@/lib/figures/fundingSeries.ts';
import type { FundingData } from '@/schemas/article.ts';

const money = (
  donor: string,
  recipient: string | undefined,
  date: string,
  amount: number,
  status: FundingData['status'],
  currency = 'USD',
): FundingData => ({
  donor,
  recipient,
  date,
  amount,
  currency,
  inferred: false,
  status,
  approximate: false,
  quote: `${amount} ${status}`,
});
const article = (slug: string, published: string, funding: FundingData[]): FundingArticle => ({
  slug,
  title: slug,
  published,
  funding,
});

const flows = buildFundingFlows([
  article('a', '2024-09-23', [
    money('usa', 'mss', '2024-09', 100e6, 'pledged'),
    money('usa', 'mss', '2025-03', 40e6, 'disbursed'),
  ]),
  article('b', '2025-08-20', [
    money('donors', 'fund', '2025-08', 96.8e6, 'pledged'),
    money('donors', 'fund', '2025-08', 85.3e6, 'disbursed'),
    money('usa', 'fund', '2025', 5e6, 'pledged'),
  ]),
  article('c', '2025-08-21', [
    money('donors', 'fund', '2025-08', 90e6, 'pledged'),
    money('kenya', 'mss', '2025', 1e9, 'pledged', 'KES'),
  ]),
]);
const flow = (key: string) => flows.find((f) => f.key === key)!;

describe('buildFundingFlows', () => {
  it('groups figures by donor, recipient and currency, never mixing currencies', () => {
    expect(flows.map((f) => f.key).sort()).toEqual([
      'donors|fund|USD',
      'kenya|mss|KES',
      'usa|fund|USD',
      'usa|mss|USD',
    ]);
  });

  it('derives the latest pledge, the latest disbursement and the gap', () => {
    expect(flow('usa|mss|USD')).toMatchObject({
      latestPledged: { amount: 100e6 },
      latestDisbursed: { amount: 40e6 },
      gap: 60e6,
    });
    expect(flow('usa|fund|USD').gap).toBeUndefined();
  });

  it('keeps disagreeing amounts for the same flow, date and status, flagged', () => {
    const pledges = flow('donors|fund|USD').figures.filter((f) => f.status === 'pledged');
    expect(pledges.map((f) => [f.amount, f.conflict])).toEqual([
      [96.8e6, true],
      [90e6, true],
    ]);
    expect(flow('donors|fund|USD').figures.find((f) => f.status === 'disbursed')?.conflict).toBe(
      false,
    );
  });
});

describe('fundingTotals', () => {
  it('sums the latest figure of each flow per donor and currency', () => {
    const usa = fundingTotals(flows, 'donor').filter((total) => total.entity === 'usa');
    expect(usa).toEqual([
      {
        entity: 'usa',
        currency: 'USD',
        pledged: 105e6,
        disbursed: 40e6,
        gap: 65e6,
        asOf: expect.objectContaining({ text: '2025-03' }),
        asOfBasis: 'stated',
      },
    ]);
  });

  it('says a total is as reported by its date when the figures of that date are dated by their report', () => {
    const reported = (item: FundingData): FundingData => ({ ...item, date_basis: 'reported' });
    const totals = fundingTotals(
      buildFundingFlows([
        article('r', '2024-09-23', [
          reported(money('usa', 'mss', '2024-09', 100e6, 'pledged')),
          money('canada', 'mss', '2024-06', 60e6, 'pledged'),
        ]),
      ]),
      'recipient',
    );
    expect(totals.map((total) => [total.asOf.text, total.asOfBasis])).toEqual([
      ['2024-09', 'reported'],
    ]);
    const mixed = fundingTotals(
      buildFundingFlows([
        article('m', '2024-09-23', [
          reported(money('usa', 'mss', '2024-09', 100e6, 'pledged')),
          money('canada', 'mss', '2024-09', 60e6, 'pledged'),
        ]),
      ]),
      'recipient',
    );
    expect(mixed[0]?.asOfBasis).toBe('stated');
  });

  it('totals per recipient and currency separately', () => {
    const mss = fundingTotals(flows, 'recipient').filter((total) => total.entity === 'mss');
    expect(mss.map((total) => [total.currency, total.pledged]).sort()).toEqual([
      ['KES', 1e9],
      ['USD', 100e6],
    ]);
  });
});

describe('money formatting', () => {
  it.each([
    [85_300_000, 'USD', 'USD 85,300,000', 'USD 85.3M'],
    [100_000_000, 'USD', 'USD 100,000,000', 'USD 100M'],
    [13_000_000_000, 'KES', 'KES 13,000,000,000', 'KES 13B'],
    [1_250.5, 'EUR', 'EUR 1,250.5', 'EUR 1.3K'],
  ])('%d %s', (amount, currency, full, short) => {
    expect(en.format.money(amount, currency).replace(/\u00a0/g, ' ')).toBe(full);
    expect(en.format.moneyShort(amount, currency).replace(/\u00a0/g, ' ')).toBe(short);
  });
});

describe('fundingChart', () => {
  it('draws one currency at a time with pledges as diamonds and disbursements as circles', () => {
    const model = fundingChart(flows, 'USD', {
      width: 720,
      height: 400,
      margin: { top: 20, right: 110, bottom: 56, left: 64 },
      flowName: (f) => f.key,
      labels: en,
    });
    expect(model.legend.map((entry) => entry.key).sort()).toEqual([
      'donors|fund|USD',
      'usa|fund|USD',
      'usa|mss|USD',
    ]);
    expect(new Set(model.markers.map((marker) => `${marker.shape}`))).toEqual(
      new Set(['diamond', 'circle']),
    );
    expect(model.yTicks.at(-1)?.label).toMatch(/M$/);
    expect(model.lines.every((line) => !line.labelled)).toBe(true);
  });
});
