/**
 * The contract's date primitive: partial dates as contributors write them.
 * Schemas validate with it; src/lib formats and compares them.
 */

/** How much of a date an article states: "2023", "July 2023" or "21 September 2024". */
export type Precision = 'year' | 'month' | 'day';

/** A date known to year, month or day precision, never padded into a fake day. */
export interface PartialDate {
  /** The canonical text as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly text: string;
  readonly year: number;
  /** 1-12, absent at year precision. */
  readonly month?: number;
  /** 1-31, absent at year or month precision. */
  readonly day?: number;
  readonly precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns null for anything else,
 * including impossible calendar dates such as `2024-02-30` or `2024-13-01`.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { text, year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { text, year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { text, year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `text` is a full `YYYY-MM-DD` calendar date. */
export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.precision === 'day';
}
