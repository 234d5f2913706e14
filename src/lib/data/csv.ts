/**
 * RFC 4180 CSV: CRLF line ends; fields with commas, quotes or line breaks are
 * quoted, quotes doubled. Text that a spreadsheet would run as a formula (a
 * cell starting with =, +, -, @, a tab or a carriage return: OWASP "CSV
 * Injection") is neutralised the way OWASP recommends: a single quote before
 * it, inside a quoted field. Numbers and booleans are written as they are.
 */

export type Cell = string | number | boolean | null | undefined;

/** First characters that make Excel, LibreOffice and Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A header row and one row per record, in the given column order. */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Record<K, Cell>[],
): string {
  const lines = [
    columns.map(csvField).join(','),
    ...rows.map((row) => columns.map((column) => csvField(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
