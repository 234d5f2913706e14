import { isFullDate, parsePartialDate, type PartialDate, type Precision } from '@/schemas/dates.ts';

export { isFullDate, parsePartialDate, type PartialDate, type Precision };

/** Parses a partial date that is already known to be valid (validated content). */
export function partialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed)
    throw new Error(`Not a partial date: "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return parsed;
}

/**
 * Orders partial dates chronologically; a less precise date sorts before the more
 * precise dates inside it ("July 2023" before "3 July 2023").
 */
export function comparePartialDates(a: PartialDate | string, b: PartialDate | string): number {
  const x = typeof a === 'string' ? partialDate(a) : a;
  const y = typeof b === 'string' ? partialDate(b) : b;
  return x.year - y.year || (x.month ?? 0) - (y.month ?? 0) || (x.day ?? 0) - (y.day ?? 0);
}

/**
 * True when two partial dates can describe the same moment: one is the other or
 * lies inside it ("2025-01" and "2025-01-18"). "2025-01-18" and "2025-02" contradict.
 */
export function datesAgree(a: PartialDate | string, b: PartialDate | string): boolean {
  const x = typeof a === 'string' ? a : a.text;
  const y = typeof b === 'string' ? b : b.text;
  return x.startsWith(y) || y.startsWith(x);
}

/** The more precise of two agreeing dates. */
export function morePrecise(a: PartialDate, b: PartialDate): PartialDate {
  return b.text.length > a.text.length ? b : a;
}

/** The first instant of the period a partial date names, in UTC (for chart axes). */
export function startOfPeriod(date: PartialDate | string): Date {
  const value = typeof date === 'string' ? partialDate(date) : date;
  return new Date(Date.UTC(value.year, (value.month ?? 1) - 1, value.day ?? 1));
}
