import { en } from '@/i18n/en.ts';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  datesAgree,
  isFullDate,
  parsePartialDate,
  startOfPeriod,
} from '@/lib/dates/partialDate.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2023', 'year'],
    ['2023-07', 'month'],
    ['2024-09-21', 'day'],
    ['2024-02-29', 'day'],
  ])('accepts %s at %s precision', (text, precision) => {
    expect(parsePartialDate(text)?.precision).toBe(precision);
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00',
    '2024-04-31',
    '2024-1-5',
    '24',
    '2024/09/21',
    '2024-09-21T10:00',
    ' 2024',
    '',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it('keeps the calendar fields', () => {
    expect(parsePartialDate('2024-09-21')).toEqual({
      text: '2024-09-21',
      year: 2024,
      month: 9,
      day: 21,
      precision: 'day',
    });
  });

  it('knows full dates', () => {
    expect(isFullDate('2024-09-23')).toBe(true);
    expect(isFullDate('2024-09')).toBe(false);
  });
});

describe('a partial date in words (the English formatter)', () => {
  it.each([
    ['2021', '2021'],
    ['2023-07', 'July 2023'],
    ['2024-06', 'June 2024'],
    ['2024-09-21', '21 September 2024'],
    ['2025-01-01', '1 January 2025'],
  ])('formats %s as %s, never padding a fake day', (text, shown) => {
    expect(en.format.partialDate(text)).toBe(shown);
  });
});

describe('comparePartialDates', () => {
  it('puts a less precise date before the dates inside it', () => {
    const dates = ['2023-07-03', '2023-07', '2023', '2023-08', '2022-12-31', '2023-07-01'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2022-12-31',
      '2023',
      '2023-07',
      '2023-07-01',
      '2023-07-03',
      '2023-08',
    ]);
  });

  it('is zero only for the same date', () => {
    expect(comparePartialDates('2024-06', '2024-06')).toBe(0);
    expect(comparePartialDates('2024-06', '2024-06-01')).toBeLessThan(0);
  });
});

describe('datesAgree', () => {
  it.each([
    ['2025-01', '2025-01-18', true],
    ['2025', '2025-01-18', true],
    ['2025-01-18', '2025-01-18', true],
    ['2025-01-18', '2025-02', false],
    ['2025-01-18', '2025-01-19', false],
    ['2024', '2025-01', false],
  ])('%s and %s agree: %s', (a, b, agree) => {
    expect(datesAgree(a, b)).toBe(agree);
    expect(datesAgree(b, a)).toBe(agree);
  });
});

describe('startOfPeriod', () => {
  it('places partial dates at the start of their period in UTC', () => {
    expect(startOfPeriod('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(startOfPeriod('2024-06').toISOString()).toBe('2024-06-01T00:00:00.000Z');
  });
});
