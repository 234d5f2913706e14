import { describe, expect, it } from 'vitest';
import { buildDeploymentSeries } from '@/lib/figures/deploymentSeries.ts';
import { buildMandates, mandateEvents, type MandateArticle } from '@/lib/figures/mandates.ts';
import { pledgedOverTime, strengthOverTime, strengthSummary } from '@/lib/figures/strength.ts';
import { articleSchema, type DeploymentData, type MandateData } from '@/schemas/article.ts';

type MandateInput = Partial<MandateData> & Pick<MandateData, 'date' | 'action'>;
const article = (
  slug: string,
  published: string,
  mandates: MandateInput[],
  deployments: Partial<DeploymentData>[] = [],
) => ({
  ...articleSchema.parse({
    title: slug,
    published,
    mandates: mandates.map((m) => ({ mission: 'mss', quote: 'q', ...m })),
    deployments: deployments.map((d) => ({ quote: 'q', status: 'deployed', ...d })),
  }),
  slug,
});
const mandateOf = (articles: MandateArticle[]) => buildMandates(articles)[0]!;
const period = (p: {
  from?: { text: string };
  until?: { text: string };
  ceiling?: number;
  ended: boolean;
}) => [p.from?.text, p.until?.text, p.ceiling, p.ended];

describe('mandate periods', () => {
  it.each<[string, MandateInput[], (string | number | boolean | undefined)[][]]>([
    [
      'an authorisation with a ceiling and an end',
      [{ date: '2023-10', action: 'authorised', ceiling: 2500, until: '2024-10' }],
      [['2023-10', '2024-10', 2500, false]],
    ],
    [
      'an authorisation, then a stated end',
      [
        { date: '2023-10', action: 'authorised' },
        { date: '2024-09', action: 'expires', until: '2024-10' },
      ],
      [['2023-10', '2024-10', undefined, false]],
    ],
    [
      'a renewal that starts where the last period ends and keeps its ceiling',
      [
        { date: '2023-10', action: 'authorised', ceiling: 2500, until: '2024-10' },
        { date: '2024-09-30', action: 'renewed', until: '2025-10' },
      ],
      [
        ['2023-10', '2024-10', 2500, false],
        ['2024-10', '2025-10', 2500, false],
      ],
    ],
    [
      'an end',
      [
        { date: '2023-10', action: 'authorised' },
        { date: '2025-10', action: 'ended' },
      ],
      [['2023-10', '2025-10', undefined, true]],
    ],
    [
      'two articles reporting one authorisation',
      [
        { date: '2023-10', action: 'authorised' },
        { date: '2023-10', action: 'authorised', ceiling: 2500 },
      ],
      [['2023-10', undefined, 2500, false]],
    ],
    [
      'only a stated end',
      [{ date: '2024-09', action: 'expires', until: '2024-10' }],
      [[undefined, '2024-10', undefined, false]],
    ],
  ])('%s', (_, mandates, periods) => {
    expect(mandateOf([article('a', '2025-01-01', mandates)]).periods.map(period)).toEqual(periods);
  });

  it('keeps disagreeing ceilings for the same date side by side, flagged', () => {
    const mandate = mandateOf([
      article('a', '2025-01-01', [{ date: '2023-10', action: 'authorised', ceiling: 2500 }]),
      article('b', '2025-01-02', [{ date: '2023-10', action: 'authorised', ceiling: 3000 }]),
    ]);
    expect(mandate.ceilings).toHaveLength(1);
    expect(mandate.ceilings[0]?.figures.map((figure) => [figure.ceiling, figure.conflict])).toEqual(
      [
        [2500, true],
        [3000, true],
      ],
    );
    expect(mandate.latestCeiling?.ceiling).toBe(3000);
  });

  it('knows the latest stated end and the statement that gives it', () => {
    const mandate = mandateOf([
      article('a', '2024-09-23', [
        {
          date: '2024-09',
          action: 'expires',
          until: '2024-10',
          inferred: true,
          note: 'next month',
        },
      ]),
    ]);
    expect(mandate.until?.date.text).toBe('2024-10');
    expect(mandate.until?.figure).toMatchObject({
      article: 'a',
      inferred: true,
      note: 'next month',
    });
  });
});

describe('strength over time', () => {
  const series = buildDeploymentSeries([
    article(
      'a',
      '2024-09-23',
      [],
      [
        { country: 'kenya', date: '2024-06', count: 400 },
        { country: 'jamaica', date: '2024-09', count: 24 },
        { country: 'belize', date: '2024-09', count: 2 },
        { country: 'kenya', date: '2023-07', count: 1000, status: 'pledged' },
      ],
    ),
    article('b', '2025-08-20', [], [{ country: 'kenya', date: '2025-08', count: 800 }]),
  ]);
  const points = strengthOverTime(series);

  it('sums each country’s latest deployed figure at every reported date (pledges are not on the ground)', () => {
    expect(points.map((point) => [point.date.text, point.total])).toEqual([
      ['2024-06', 400],
      ['2024-09', 426],
      ['2025-08', 826],
    ]);
  });

  it('says which parts lean on older figures', () => {
    const last = points.at(-1)!;
    expect(last.parts.map((part) => [part.country, part.figure.date.text, part.stale])).toEqual([
      ['kenya', '2025-08', false],
      ['jamaica', '2024-09', true],
      ['belize', '2024-09', true],
    ]);
  });

  it('is empty without deployed figures', () => {
    expect(strengthOverTime([])).toEqual([]);
  });
});

describe('pledged over time', () => {
  it('sums each country’s largest pledge up to each date a pledge is reported', () => {
    const series = buildDeploymentSeries([
      article(
        'a',
        '2024-09-23',
        [],
        [
          { country: 'kenya', date: '2023-07', count: 1000, status: 'pledged' },
          { country: 'chad', date: '2024-02', count: 200, status: 'pledged' },
          { country: 'kenya', date: '2024-05', count: 800, status: 'pledged' },
          { country: 'kenya', date: '2024-06', count: 400 },
        ],
      ),
    ]);
    expect(pledgedOverTime(series).map((point) => [point.date.text, point.total])).toEqual([
      ['2023-07', 1000],
      ['2024-02', 1200],
      ['2024-05', 1200],
    ]);
  });
});

describe('mandate statements on the timeline', () => {
  const title = (mandate: MandateData) => `${mandate.mission} ${mandate.action}`;

  it('become events unless the article already records an event on the same sentence', () => {
    const data = articleSchema.parse({
      title: 'a',
      published: '2024-09-23',
      events: [
        {
          date: '2023-10',
          title: 'UNSC approves',
          quote: 'approved the operation in October 2023',
        },
      ],
      mandates: [
        {
          mission: 'mss',
          date: '2023-10',
          action: 'authorised',
          by: 'unsc',
          quote: 'approved the operation in October 2023',
        },
        {
          mission: 'mss',
          date: '2024-09',
          action: 'expires',
          until: '2024-10',
          inferred: true,
          note: 'next month',
          quote: 'set to expire next month',
        },
      ],
    });
    expect(mandateEvents(data, title)).toEqual([
      {
        id: 'mandate-mss-expires-2024-09',
        date: '2024-09',
        title: 'mss expires',
        kind: 'un-action',
        entities: ['mss'],
        quote: 'set to expire next month',
        inferred: true,
        note: 'next month',
        translations: {},
      },
    ]);
  });
});

describe('the strength summary', () => {
  it('gives the latest total, its stale parts and its share of the latest ceiling', () => {
    const series = buildDeploymentSeries([
      article(
        'a',
        '2025-08-20',
        [],
        [
          { country: 'kenya', date: '2024-06', count: 400 },
          { country: 'kenya', date: '2025-08', count: 800 },
          { country: 'belize', date: '2024-09', count: 2 },
        ],
      ),
    ]);
    const mandates = buildMandates([
      article('m', '2025-01-01', [{ date: '2023-10', action: 'authorised', ceiling: 2500 }]),
    ]);
    const summary = strengthSummary(strengthOverTime(series), mandates);
    expect(summary.latest?.total).toBe(802);
    expect(summary.stale.map((part) => part.country)).toEqual(['belize']);
    expect(summary.shareOfCeiling).toBeCloseTo(802 / 2500);
  });
});
