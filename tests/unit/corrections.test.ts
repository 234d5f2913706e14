import { describe, expect, it } from 'vitest';
import {
  correctionsBetween,
  correctionsNewestFirst,
  correctionsOf,
  type ArticleVersion,
} from '@/lib/articles/corrections.ts';
import { figureIds } from '@/lib/figures/figureId.ts';
import { PERSONNEL } from '@/lib/figures/deploymentSeries.ts';
import { changesText } from '@/view/corrections.ts';
import { en } from '@/i18n/en.ts';
import { fr } from '@/i18n/fr.ts';
import { articleSchema, type ArticleData } from '@/schemas/article.ts';

const article = (fields: Record<string, unknown>): ArticleData =>
  articleSchema.parse({ title: 'Kenya sends police', published: '2024-06-26', ...fields });
const kenya = {
  country: 'kenya',
  date: '2024-06',
  count: 400,
  status: 'deployed',
  quote: 'Some 400 police landed.',
};
const jamaica = {
  country: 'jamaica',
  date: '2024-09',
  count: 24,
  status: 'deployed',
  approximate: true,
  quote: 'Around two dozen arrived.',
};
const version = (
  commit: string,
  time: string,
  data?: ArticleData,
  deleted = false,
): ArticleVersion => ({
  commit,
  time,
  date: time.slice(0, 10),
  message: `commit ${commit}`,
  data,
  deleted,
});

describe('corrections between two versions of an article', () => {
  it('finds a changed count, keeps the figure (by country and status) and gives its id after the fix', () => {
    const before = article({ deployments: [jamaica, { ...kenya, count: 4000 }] });
    const after = article({ deployments: [jamaica, kenya] });
    const corrections = correctionsBetween('a', before, {
      ...version('c2', '2024-07-01T10:00:00Z'),
      data: after,
    });
    expect(corrections).toEqual([
      expect.objectContaining({
        kind: 'figure',
        list: 'deployments',
        about: 'kenya|deployed',
        figureId: figureIds('deployments', 'a', after.deployments, PERSONNEL.key)[1],
        changes: [{ field: 'count', was: '4000', now: '400' }],
        date: '2024-07-01',
        message: 'commit c2',
      }),
    ]);
    expect(changesText(corrections[0]!, en)).toBe('count was 4,000, now 400');
  });

  it('tells a changed date and quote in words, and a removed figure with what it said', () => {
    const before = article({
      deployments: [
        { ...kenya, date: '2024-05', quote: 'Some 400 police landed in May.' },
        jamaica,
      ],
    });
    const after = article({ deployments: [kenya] });
    const [changed, removed] = correctionsBetween('a', before, {
      ...version('c2', '2024-07-01T10:00:00Z'),
      data: after,
    });
    expect(changesText(changed!, en)).toBe(
      'date was May 2024, now June 2024; quote was “Some 400 police landed in May.”, now “Some 400 police landed.”',
    );
    expect(changesText(changed!, fr)).toBe(
      'la date était mai 2024, désormais juin 2024\u00a0; la citation était «\u00a0Some 400 police landed in May.\u00a0», désormais «\u00a0Some 400 police landed.\u00a0»',
    );
    expect(removed).toMatchObject({
      kind: 'removed',
      about: 'jamaica|deployed',
      changes: [
        { field: 'count', was: '24' },
        { field: 'date', was: '2024-09' },
        { field: 'quote', was: 'Around two dozen arrived.' },
      ],
    });
  });

  it("does not count reordering, an added figure or a new editors' note as a correction", () => {
    const before = article({ deployments: [kenya, jamaica] });
    const after = article({
      deployments: [
        { ...jamaica, inferred: true, note: 'The month is counted back.' },
        kenya,
        { ...kenya, status: 'pledged', count: 1000 },
      ],
    });
    expect(
      correctionsBetween('a', before, { ...version('c2', '2024-07-01T10:00:00Z'), data: after }),
    ).toEqual([]);
  });

  it('finds a changed event date (the event followed by its id) and a renamed event (by date and kind), and a new headline', () => {
    const event = {
      id: 'arrival',
      date: '2024-05',
      title: 'Police arrive',
      kind: 'deployment',
      quote: 'Some 400 police landed.',
    };
    const other = {
      date: '2024-06-25',
      title: 'Ruto speaks',
      kind: 'statement',
      quote: 'Some 400 police landed.',
    };
    const before = article({ events: [event, other] });
    const after = article({
      title: 'Kenya sends 400 police',
      events: [
        { ...event, date: '2024-06' },
        { ...other, title: 'Ruto addresses the officers' },
      ],
    });
    const corrections = correctionsBetween('a', before, {
      ...version('c2', '2024-07-01T10:00:00Z'),
      data: after,
    });
    expect(
      corrections.map((correction) => [correction.kind, correction.about, correction.changes]),
    ).toEqual([
      [
        'title',
        'Kenya sends 400 police',
        [{ field: 'title', was: 'Kenya sends police', now: 'Kenya sends 400 police' }],
      ],
      ['event', 'Police arrive', [{ field: 'date', was: '2024-05', now: '2024-06' }]],
      [
        'event',
        'Ruto addresses the officers',
        [{ field: 'title', was: 'Ruto speaks', now: 'Ruto addresses the officers' }],
      ],
    ]);
  });
});

describe("corrections over an article's history", () => {
  it("compares each valid version with the last valid one, skips invalid ones, and lists a deleted article's figures as removed", () => {
    const versions = [
      version('c1', '2024-06-26T09:00:00Z', article({ deployments: [{ ...kenya, count: 4000 }] })),
      version('c2', '2024-06-27T09:00:00Z', undefined),
      version('c3', '2024-06-28T09:00:00Z', article({ deployments: [kenya] })),
      version('c4', '2024-06-29T09:00:00Z', undefined, true),
    ];
    expect(
      correctionsOf('a', versions).map((correction) => [
        correction.commit,
        correction.kind,
        correction.about,
      ]),
    ).toEqual([
      ['c3', 'figure', 'kenya|deployed'],
      ['c4', 'removed', 'kenya|deployed'],
    ]);
  });

  it('orders corrections newest first by commit time, the same way every time', () => {
    const a = correctionsOf('a', [
      version('c1', '2024-06-26T09:00:00Z', article({ deployments: [{ ...kenya, count: 4000 }] })),
      version('c2', '2024-06-27T09:00:00+02:00', article({ deployments: [kenya] })),
    ]);
    const b = correctionsOf('b', [
      version('c1', '2024-06-26T09:00:00Z', article({ deployments: [{ ...kenya, count: 4000 }] })),
      version('c3', '2024-06-27T08:00:00Z', article({ deployments: [kenya] })),
    ]);
    expect(correctionsNewestFirst([...a, ...b]).map((correction) => correction.commit)).toEqual([
      'c3',
      'c2',
    ]);
    expect(correctionsNewestFirst([...b, ...a])).toEqual(correctionsNewestFirst([...a, ...b]));
  });
});
