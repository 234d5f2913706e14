/**
 * How old a figure is, measured against the newest article rather than the
 * build date, so the same content always builds the same pages.
 */
import { partialDate, type PartialDate } from './partialDate.ts';

/** A figure older than this, against the newest article, may be out of date. */
export const STALE_AFTER_MONTHS = 6;

/** The last day a partial date can mean: "2024" ends 31 December 2024, "2024-09" on 30 September. */
function endOfPeriod(date: PartialDate): Date {
  if (date.precision === 'day') return new Date(Date.UTC(date.year, date.month! - 1, date.day));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month!, 0));
  return new Date(Date.UTC(date.year, 11, 31));
}

/**
 * True when even the last day the figure's date can mean is more than six
 * months before the newest article's date (a full YYYY-MM-DD).
 */
export function mayBeOutOfDate(date: PartialDate | string, newest: string | undefined): boolean {
  if (!newest) return false;
  const value = typeof date === 'string' ? partialDate(date) : date;
  const limit = new Date(`${newest}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return endOfPeriod(value) < limit;
}
