import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

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

  it('writes a header and CRLF-terminated rows in column order', () => {
    expect(toCsv(['b', 'a'], [{ a: 1, b: 'x,y' }, { a: 2, b: null }])).toBe('b,a\r\n"x,y",1\r\n,2\r\n');
  });
});
