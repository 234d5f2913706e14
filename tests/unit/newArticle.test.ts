import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/contract/validateContent.ts';
import { articleSkeleton } from '../../scripts/new-article.ts';

describe('new:article skeleton', () => {
  it('is a valid article as written, with the given title and date', () => {
    const source = articleSkeleton('Kenya sends "more" officers', '2026-11-27');
    const result = validateContent({ articles: [{ path: 'content/articles/kenya-sends-more-officers.md', source }], entities: [] });
    expect(result.problems).toEqual([]);
    expect(result.articles[0]?.data).toMatchObject({ title: 'Kenya sends "more" officers', published: '2026-11-27' });
  });
});
