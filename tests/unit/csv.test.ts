import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '@/lib/data/csv.ts';

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['He said "yes"', '"He said ""yes"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\r\nreturn', '"carriage\r\nreturn"'],
    [400, '400'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('%j becomes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  describe.each([
    [
      '=',
      '=HYPERLINK("https://evil.example","Click")',
      `"'=HYPERLINK(""https://evil.example"",""Click"")"`,
    ],
    ['+', '+254 officers arrived', `"'+254 officers arrived"`],
    ['-', '-2+3 as a formula', `"'-2+3 as a formula"`],
    ['@', '@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['a tab', '\t=1+1', `"'\t=1+1"`],
    ['a carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('a text cell starting with %s', (_, text, written) => {
    it('is written with a single quote before it, inside a quoted field', () => {
      expect(csvField(text)).toBe(written);
    });

    it('still parses as RFC 4180, to the text with the quote before it', () => {
      expect(parseRfc4180(toCsv(['a', 'b'], [{ a: text, b: 'next' }]))).toEqual([
        ['a', 'b'],
        [`'${text}`, 'next'],
      ]);
    });
  });

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a-b')).toBe('a-b');
  });

  it('writes a header and CRLF-terminated rows in column order', () => {
    expect(
      toCsv(
        ['b', 'a'],
        [
          { a: 1, b: 'x,y' },
          { a: 2, b: null },
        ],
      ),
    ).toBe('b,a\r\n"x,y",1\r\n,2\r\n');
  });
});

/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows. */
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i] === '"' ? (i++, '"') : text[i];
        i++;
      }
      i++;
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else field += text[i++];
  }
  return rows;
}
