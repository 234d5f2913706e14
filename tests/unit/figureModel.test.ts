import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en.ts';
import { taggedEntities } from '@/lib/articles/articles.ts';
import { buildDeploymentSeries } from '@/lib/figures/deploymentSeries.ts';
import { columnNames, MONEY_COLUMNS, PERSONNEL_COLUMNS, records } from '@/lib/figures/columns.ts';
import { mandateItems, moneyItems, personnelItems } from '@/lib/figures/listItems.ts';
import { moneyTable, personnelTable } from '@/lib/figures/tableRows.ts';
import { buildFundingFlows } from '@/lib/figures/fundingSeries.ts';
import { articleSchema } from '@/schemas/article.ts';

const data = articleSchema.parse({
  title: 'A',
  published: '2025-08-20',
  inferred: ['published'],
  note: 'Year inferred.',
  deployments: [
    {
      country: 'kenya',
      date: '2025-08',
      count: 800,
      status: 'deployed',
      personnel: 'police',
      inferred: true,
      note: '"currently"',
      quote: 'q1',
    },
  ],
  funding: [
    {
      donor: 'donors',
      recipient: 'fund',
      date: '2025-08',
      amount: 85.3e6,
      currency: 'USD',
      status: 'disbursed',
      quote: 'q2',
    },
    {
      donor: 'donors',
      recipient: 'fund',
      date: '2025-08',
      amount: 96.8e6,
      currency: 'USD',
      status: 'pledged',
      quote: 'q2',
    },
  ],
  mandates: [
    {
      mission: 'mss',
      date: '2023-10',
      action: 'authorised',
      ceiling: 2500,
      until: '2024-10',
      by: 'unsc',
      quote: 'q3',
    },
  ],
});
const article = { ...data, slug: 'a' };
const context = {
  nameOf: (id: string) => id.toUpperCase(),
  articleUrl: (slug: string) => `https://x.org/articles/${slug}/`,
};

describe('one sourced-figure model', () => {
  it('orders statuses the same way for every kind (pledged before disbursed on one date)', () => {
    expect(buildFundingFlows([article])[0]?.figures.map((figure) => figure.status)).toEqual([
      'pledged',
      'disbursed',
    ]);
  });

  it('writes downloads from one column list per kind, with the same source columns', () => {
    const personnel = records(
      PERSONNEL_COLUMNS,
      buildDeploymentSeries([article])[0]!.figures,
      context,
    );
    const money = records(MONEY_COLUMNS, buildFundingFlows([article])[0]!.figures, context);
    expect(Object.keys(personnel[0]!)).toEqual(columnNames(PERSONNEL_COLUMNS));
    expect(personnel[0]).toMatchObject({
      country: 'kenya',
      country_name: 'KENYA',
      date: '2025-08',
      precision: 'month',
      count: 800,
      inferred: true,
      inference_note: '"currently"',
      article_url: 'https://x.org/articles/a/',
      published_inferred: true,
    });
    // Money rows carry the article URL too (they did not before the figure model was shared).
    expect(money[0]).toMatchObject({
      donor: 'donors',
      recipient_name: 'FUND',
      amount: 96.8e6,
      article_url: 'https://x.org/articles/a/',
      inferred: false,
      inference_note: null,
    });
    const sourceColumns = (names: string[]) => names.slice(names.indexOf('inferred'));
    expect(sourceColumns(columnNames(MONEY_COLUMNS))).toEqual(
      sourceColumns(columnNames(PERSONNEL_COLUMNS)),
    );
    for (const column of [...PERSONNEL_COLUMNS, ...MONEY_COLUMNS])
      expect(column.description, column.name).not.toBe('');
  });

  it('gives every kind the same table rows, with status words from the catalogue', () => {
    const personnel = personnelTable(buildDeploymentSeries([article])[0]!.figures, en);
    const money = moneyTable(buildFundingFlows([article])[0]!.figures, en);
    expect(personnel.rows[0]).toMatchObject({
      date: '2025-08',
      value: '800',
      status: 'Deployed',
      cells: ['Police'],
      inferred: true,
      note: '"currently"',
      source: { article: 'a', quote: 'q1' },
    });
    expect(money.rows.map((row) => [row.value.replace(/\u00a0/g, ' '), row.status])).toEqual([
      ['USD 96,800,000', 'Pledged'],
      ['USD 85,300,000', 'Disbursed'],
    ]);
    expect(personnel.columns.map((column) => column.label)).toEqual([
      'Date',
      'Figure',
      'Status',
      'Personnel',
      'Source and quote',
    ]);
  });

  it('lists an article’s personnel, money and mandates as the same items', () => {
    const nameOf = context.nameOf;
    expect(personnelItems(data.deployments, nameOf, en, 'a')[0]).toMatchObject({
      value: '800',
      description: 'police from KENYA',
      status: 'Deployed',
      date: '2025-08',
      inferred: true,
    });
    expect(moneyItems(data.funding, nameOf, en, 'a')[0]).toMatchObject({
      description: 'by DONORS to FUND',
      status: 'Disbursed',
    });
    expect(mandateItems(data.mandates, nameOf, en, 'a')[0]).toMatchObject({
      value: 'MSS',
      description: 'authorised by UNSC',
      terms: 'Ceiling: 2,500 personnel · until October 2024',
      inferred: false,
    });
  });

  it('counts donors, recipients and mandate bodies among the entities an article concerns', () => {
    expect(taggedEntities(data)).toEqual(['kenya', 'donors', 'fund', 'mss', 'unsc']);
  });
});
