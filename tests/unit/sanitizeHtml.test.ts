import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { needsSanitising, sanitizeHtml } from '@/lib/markdown/sanitizeHtml.ts';

const render = (markdown: string): string => {
  const result = markdownToHtml(markdown, {
    hastPlugins: [sanitizeHtml()],
    features: { rawHtml: true },
  });
  if (result instanceof Promise) throw new Error('expected a synchronous render');
  return result.html;
};

describe('sanitiser allow-list (markdown in, HTML out)', () => {
  it.each([
    [
      'ordinary formatting',
      'Some <b>bold</b>, <i>italic</i>, <sup>1</sup> and <abbr title="UN">UN</abbr>.',
      /<b>bold<\/b>.*<i>italic<\/i>.*<sup>1<\/sup>.*<abbr title="UN">UN<\/abbr>/,
    ],
    [
      'tables',
      '<table><tr><td>1</td></tr></table>',
      /<table><tbody><tr><td>1<\/td><\/tr><\/tbody><\/table>|<table><tr><td>1<\/td><\/tr><\/table>/,
    ],
    [
      'http(s) images',
      '<img src="https://example.org/a.png" alt="A">',
      /<img src="https:\/\/example.org\/a.png" alt="A">/,
    ],
    [
      'http(s), mailto and relative links',
      '<a href="https://x.org">a</a> <a href="mailto:a@b.c">b</a> <a href="/articles/x/">c</a> <a href="#top">d</a>',
      /href="https:\/\/x.org".*href="mailto:a@b.c".*href="\/articles\/x\/".*href="#top"/,
    ],
  ])('keeps %s', (_, markdown, pattern) => {
    expect(render(markdown)).toMatch(pattern);
  });

  it.each([
    ['script elements and their content', 'Hi <script>alert(1)</script> there', /script|alert/],
    ['iframes', '<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    [
      'event handler attributes',
      '<b onclick="steal()">x</b> <img src="https://x.org/a.png" onerror="steal()">',
      /onclick|onerror|steal/,
    ],
    [
      'javascript: links, raw or markdown',
      '<a href="javascript:alert(1)">a</a> [b](javascript:alert(2)) [c](JaVaScRiPt:alert(3))',
      /javascript/i,
    ],
    ['entity-encoded javascript: links', '[x](jav&#x61;script:alert(1))', /javascript|alert/i],
    ['data: URLs', '<img src="data:image/png;base64,AAAA"> [d](data:text/html,hi)', /data:/],
    [
      'style attributes and elements',
      '<p style="color:red">x</p><style>body{}</style>',
      /style|color:red/,
    ],
    [
      'forms and objects',
      '<form action="https://x"><input type="text"></form><object data="x"></object><embed src="x">',
      /<form|type="text"|<object|<embed/,
    ],
    ['SVG with script', '<svg><script>alert(1)</script></svg>', /svg|script|alert/],
  ])('drops %s', (_, markdown, forbidden) => {
    expect(render(markdown)).not.toMatch(forbidden);
  });
});

describe('needsSanitising', () => {
  it.each([
    ['raw HTML', 'a <b>b</b>', true],
    ['an entity', 'a &amp; b', true],
    ['a javascript: link', '[x](javascript:alert(1))', true],
    ['a reference definition with a data: URL', '[x]: data:text/html,hi', true],
    ['an autolink', '<javascript:alert(1)>', true],
    [
      'plain prose with https links',
      'Ruto’s visit, see [report](https://example.org/r) and [page](/x/).',
      false,
    ],
    ['a mailto link', '[mail](mailto:a@b.c)', false],
  ])('%s: %s', (_, source, expected) => {
    expect(needsSanitising(source)).toBe(expected);
  });
});
