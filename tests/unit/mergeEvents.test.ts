import { describe, expect, it } from 'vitest';
import { anchorsBySource, mergeEvents, sourceKey } from '@/lib/timeline/mergeEvents.ts';
import { fakeArticle, fakeEvent } from './helpers.ts';

describe('mergeEvents', () => {
  it('merges events that share an id across articles, keeping every source', () => {
    const { events, conflicts } = mergeEvents([
      fakeArticle(
        'a',
        '2024-09-23',
        [fakeEvent({ id: 'visit', date: '2024-09-21', title: 'Older title', quote: 'q1' })],
        { outlet: 'Outlet A' },
      ),
      fakeArticle('b', '2024-09-25', [
        fakeEvent({ id: 'visit', date: '2024-09', title: 'Newer title', quote: 'q2' }),
      ]),
    ]);
    expect(conflicts).toEqual([]);
    expect(events).toHaveLength(1);
    expect(
      events[0]?.sources.map((source) => [source.article, source.outlet, source.quote]),
    ).toEqual([
      ['a', 'Outlet A', 'q1'],
      ['b', undefined, 'q2'],
    ]);
  });

  describe.each<[string, [string, boolean][], boolean, string | undefined]>([
    ['a date only the editors worked out', [['2024-09-21', true]], true, 'note 0'],
    ['a stated date', [['2024-09-21', false]], false, undefined],
    [
      'an inferred day with a stated month: the day is shown, and inferred',
      [
        ['2024-09-21', true],
        ['2024-09', false],
      ],
      true,
      'note 0',
    ],
    [
      'a day one source infers and another states',
      [
        ['2024-09-21', true],
        ['2024-09-21', false],
      ],
      false,
      undefined,
    ],
    [
      'an inferred month under a stated day: the stated day wins',
      [
        ['2024-09', true],
        ['2024-09-21', false],
      ],
      false,
      undefined,
    ],
  ])('the inference of the shown date: %s', (_, givens, inferred, note) => {
    it(`is ${inferred ? '' : 'not '}marked`, () => {
      const { events } = mergeEvents(
        givens.map(([date, isInferred], i) =>
          fakeArticle(`a${i}`, `2024-10-0${i + 1}`, [
            fakeEvent({
              id: 'e',
              date,
              inferred: isInferred,
              ...(isInferred ? { note: `note ${i}` } : {}),
            }),
          ]),
        ),
      );
      expect(events[0]).toMatchObject({ inferred });
      expect(events[0]?.note).toBe(note);
      expect(events[0]?.sources.map((source) => source.inferred)).toEqual(
        givens.map(([, isInferred]) => isInferred),
      );
    });
  });

  it.each([
    ['the most precise date, whichever article gives it', ['2024-09', '2024-09-21'], '2024-09-21'],
    ['the most precise date, in the other order', ['2024-09-21', '2024'], '2024-09-21'],
    ['a month over a year', ['2024', '2024-09'], '2024-09'],
  ])('takes %s', (_, [first, second], expected) => {
    const { events } = mergeEvents([
      fakeArticle('a', '2024-10-01', [fakeEvent({ id: 'e', date: first! })]),
      fakeArticle('b', '2024-10-02', [fakeEvent({ id: 'e', date: second! })]),
    ]);
    expect(events[0]?.date.text).toBe(expected);
  });

  it('takes the title and kind from the most recently published source', () => {
    const { events } = mergeEvents([
      fakeArticle('late', '2025-01-02', [
        fakeEvent({ id: 'e', date: '2024', title: 'Late title', kind: 'visit' }),
      ]),
      fakeArticle('early', '2024-01-02', [
        fakeEvent({ id: 'e', date: '2024', title: 'Early title', kind: 'other' }),
      ]),
    ]);
    expect(events[0]).toMatchObject({ title: 'Late title', kind: 'visit' });
    expect(events[0]?.sources.map((source) => source.article)).toEqual(['early', 'late']);
  });

  it('unites the entities of every source without repeats', () => {
    const { events } = mergeEvents([
      fakeArticle('a', '2024-01-01', [
        fakeEvent({ id: 'e', date: '2024', entities: ['kenya', 'haiti'] }),
      ]),
      fakeArticle('b', '2024-01-02', [
        fakeEvent({ id: 'e', date: '2024', entities: ['haiti', 'mss'] }),
      ]),
    ]);
    expect(events[0]?.entities).toEqual(['kenya', 'haiti', 'mss']);
  });

  it('reports contradicting dates naming both files', () => {
    const { conflicts } = mergeEvents([
      fakeArticle('a', '2025-01-20', [fakeEvent({ id: 'e', date: '2025-01-18' })]),
      fakeArticle('b', '2025-02-10', [fakeEvent({ id: 'e', date: '2025-02' })]),
    ]);
    expect(conflicts).toHaveLength(1);
    expect([conflicts[0]?.first.file, conflicts[0]?.second.file]).toEqual([
      'content/articles/a.md',
      'content/articles/b.md',
    ]);
  });

  it('keeps events without id apart even when they look alike', () => {
    const { events } = mergeEvents([
      fakeArticle('a', '2024-01-01', [fakeEvent({ date: '2024-06', title: 'Same' })]),
      fakeArticle('b', '2024-01-02', [fakeEvent({ date: '2024-06', title: 'Same' })]),
    ]);
    expect(events).toHaveLength(2);
  });

  it('sorts by date with less precise first, then by title', () => {
    const { events } = mergeEvents([
      fakeArticle('a', '2024-01-01', [
        fakeEvent({ date: '2023-07-03', title: 'B' }),
        fakeEvent({ date: '2023-07', title: 'Z' }),
        fakeEvent({ date: '2023-07-03', title: 'A' }),
        fakeEvent({ date: '2023', title: 'Y' }),
        fakeEvent({ date: '2022-12-31', title: 'X' }),
      ]),
    ]);
    expect(events.map((event) => `${event.date.text} ${event.title}`)).toEqual([
      '2022-12-31 X',
      '2023 Y',
      '2023-07 Z',
      '2023-07-03 A',
      '2023-07-03 B',
    ]);
  });

  it('gives stable, unique anchors: the id, or a slug of date and title', () => {
    const articles = [
      fakeArticle('a', '2024-01-01', [
        fakeEvent({ id: 'ruto-visit', date: '2024-09-21' }),
        fakeEvent({ date: '2024-06', title: 'First Kenyan contingent!' }),
        fakeEvent({ date: '2024-06', title: 'First Kenyan contingent!' }),
      ]),
    ];
    const first = mergeEvents(articles).events.map((event) => event.anchor);
    expect(first).toEqual([
      '2024-06-first-kenyan-contingent',
      '2024-06-first-kenyan-contingent-2',
      'ruto-visit',
    ]);
    expect(mergeEvents(articles).events.map((event) => event.anchor)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('maps each article event to its anchor', () => {
    const { events } = mergeEvents([
      fakeArticle('a', '2024-01-01', [
        fakeEvent({ date: '2023', title: 'Solo' }),
        fakeEvent({ id: 'shared', date: '2024' }),
      ]),
      fakeArticle('b', '2024-01-02', [fakeEvent({ id: 'shared', date: '2024' })]),
    ]);
    const anchors = anchorsBySource(events);
    expect(anchors.get(sourceKey('a', 0))).toBe('2023-solo');
    expect(anchors.get(sourceKey('a', 1))).toBe('shared');
    expect(anchors.get(sourceKey('b', 0))).toBe('shared');
  });
});
