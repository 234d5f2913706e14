/** RFC 4180 CSV: CRLF line ends; fields with commas, quotes or line breaks are quoted, quotes doubled. */

export type Cell = string | number | boolean | null | undefined;

/** One CSV field. */
export function csvField(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and one row per record, in the given column order. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, Cell>[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
