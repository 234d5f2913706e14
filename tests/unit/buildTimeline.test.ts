import { describe, expect, it } from 'vitest';
import { buildTimeline, groupByYearAndMonth } from '@/lib/timeline/buildTimeline.ts';
import { mergeEvents } from '@/lib/timeline/mergeEvents.ts';
import { EVENT_KINDS } from '@/schemas/article.ts';
import { fakeArticle, fakeEvent } from './helpers.ts';

const events = mergeEvents([
  fakeArticle('a', '2025-01-01', [
    fakeEvent({ date: '2021', title: 'Assassination', kind: 'security' }),
    fakeEvent({ date: '2023-07', title: 'Pledge', kind: 'diplomacy' }),
    fakeEvent({ date: '2023-07-03', title: 'Later in July', kind: 'diplomacy' }),
    fakeEvent({ date: '2024', title: 'Sometime in 2024', kind: 'other' }),
    fakeEvent({ date: '2024-06', title: 'Deployment', kind: 'deployment' }),
    fakeEvent({ id: 'visit', date: '2024-09-21', title: 'Visit', kind: 'visit' }),
  ]),
]).events;

describe('groupByYearAndMonth', () => {
  it('groups by year, then month, with year-only events first', () => {
    const groups = groupByYearAndMonth(events).map((year) => [
      year.year,
      year.months.map((month) => [month.month ?? null, month.events.length]),
    ]);
    expect(groups).toEqual([
      [2021, [[null, 1]]],
      [2023, [[7, 2]]],
      [
        2024,
        [
          [null, 1],
          [6, 1],
          [9, 1],
        ],
      ],
    ]);
  });
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(events, { perPage: 150, kindOrder: EVENT_KINDS });

  it('lists years with counts and kinds that have events, in the contract order', () => {
    expect(timeline.years.map((year) => [year.year, year.count, year.path])).toEqual([
      [2021, 1, 'timeline/2021/'],
      [2023, 2, 'timeline/2023/'],
      [2024, 3, 'timeline/2024/'],
    ]);
    expect(timeline.kinds.map((kind) => [kind.kind, kind.count])).toEqual([
      ['visit', 1],
      ['deployment', 1],
      ['diplomacy', 2],
      ['security', 1],
      ['other', 1],
    ]);
  });

  it('makes a page for each kind holding only that kind', () => {
    const diplomacy = timeline.kindPages.get('diplomacy') ?? [];
    const titles = diplomacy.flatMap((page) =>
      page.years.flatMap((year) =>
        year.months.flatMap((month) => month.events.map((event) => event.title)),
      ),
    );
    expect(titles).toEqual(['Pledge', 'Later in July']);
    expect(timeline.kindPages.has('funding')).toBe(false);
  });

  it('shows everything on /timeline/ while it fits one page', () => {
    expect(timeline.singlePage).toBe(true);
    expect(timeline.overview?.path).toBe('timeline/');
    expect(timeline.overview?.eventCount).toBe(6);
  });

  it('locates each event on its year page', () => {
    expect(timeline.locate('visit')).toBe('timeline/2024/#visit');
    expect(timeline.locate('2021-assassination')).toBe('timeline/2021/#2021-assassination');
    expect(timeline.locate('nope')).toBeUndefined();
  });

  it('splits long years into pages and shows the latest year when events do not fit', () => {
    const small = buildTimeline(events, { perPage: 2, kindOrder: EVENT_KINDS });
    expect(small.singlePage).toBe(false);
    expect(small.yearPages.map((page) => page.path)).toEqual([
      'timeline/2021/',
      'timeline/2023/',
      'timeline/2024/',
      'timeline/2024/page/2/',
    ]);
    expect(small.overview?.path).toBe('timeline/2024/');
    expect(small.locate('visit')).toBe('timeline/2024/page/2/#visit');
    expect(
      Math.max(
        ...small.yearPages.map(
          (page) =>
            page.years.flatMap((year) => year.months.flatMap((month) => month.events)).length,
        ),
      ),
    ).toBeLessThanOrEqual(2);
  });

  it('has no overview without events', () => {
    expect(buildTimeline([], { perPage: 10, kindOrder: EVENT_KINDS }).overview).toBeUndefined();
  });
});
