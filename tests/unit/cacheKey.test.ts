import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '@/view/cacheKey.ts';

describe('cache keys of pages', () => {
  const event = { id: 'visit', date: '2024-09', sources: [{ article: 'a', quote: 'He came.' }] };

  it('are the same for the same content, whatever objects hold it', () => {
    expect(cacheKeyOf({ events: [event] })).toBe(cacheKeyOf({ events: [structuredClone(event)] }));
  });

  it('change when anything shown changes, however deep', () => {
    const before = cacheKeyOf({ events: [event] });
    expect(
      cacheKeyOf({ events: [{ ...event, sources: [{ article: 'a', quote: 'He went.' }] }] }),
    ).not.toBe(before);
    expect(cacheKeyOf({ events: [event, event] })).not.toBe(before);
  });

  it('stand for an article by its digest, and leave functions out', () => {
    const article = (digest: string) => ({ slug: 'a', entry: { digest }, data: { huge: 'x' } });
    expect(cacheKeyOf(article('d1'), () => 1)).toBe(cacheKeyOf(article('d1'), () => 2));
    expect(cacheKeyOf(article('d1'))).not.toBe(cacheKeyOf(article('d2')));
  });

  it('read maps and sets as their entries', () => {
    expect(cacheKeyOf(new Map([['a', 1]]))).not.toBe(cacheKeyOf(new Map([['a', 2]])));
    expect(cacheKeyOf(new Set(['a']))).toBe(cacheKeyOf(new Set(['a'])));
  });
});
