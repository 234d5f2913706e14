import { describe, expect, it } from 'vitest';
import { absoluteUrl, makeHref } from '@/lib/url.ts';

describe('makeHref', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'articles/', '/articles/'],
    ['/', '/articles/x/', '/articles/x/'],
    ['/sub/', '', '/sub/'],
    ['/sub/', 'articles/', '/sub/articles/'],
    ['/sub', '/data/events.json', '/sub/data/events.json'],
    ['sub/deeper/', 'about/', '/sub/deeper/about/'],
  ])('base %j + %j = %j', (base, path, expected) => {
    expect(makeHref(base)(path)).toBe(expected);
  });

  it.each(['https://example.org/x', 'mailto:a@b.c', '#section', '//cdn.example.org/x'])(
    'leaves %s alone',
    (url) => {
      expect(makeHref('/sub/')(url)).toBe(url);
    },
  );
});

describe('absoluteUrl', () => {
  it('joins origin and path', () => {
    expect(absoluteUrl('https://example.org', '/sub/articles/x/')).toBe(
      'https://example.org/sub/articles/x/',
    );
  });
});
