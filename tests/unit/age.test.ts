import { describe, expect, it } from 'vitest';
import { mayBeOutOfDate } from '@/lib/dates/age.ts';

describe('may be out of date (against the newest article, not the build date)', () => {
  it.each([
    ['a month figure 11 months older', '2024-09', '2025-08-20', true],
    ['a month figure in the newest article’s month', '2025-08', '2025-08-20', false],
    ['a day exactly six months and a day older', '2025-02-19', '2025-08-20', true],
    ['a day within six months', '2025-02-20', '2025-08-20', false],
    ['a year figure, judged by its last day', '2024', '2025-06-30', false],
    ['a year figure long past', '2023', '2025-08-20', true],
  ])('%s', (_, date, newest, stale) => {
    expect(mayBeOutOfDate(date, newest)).toBe(stale);
  });

  it('is never out of date when there is no article', () => {
    expect(mayBeOutOfDate('2020', undefined)).toBe(false);
  });
});
