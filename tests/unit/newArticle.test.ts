import { describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/contract/validateContent.ts';
import { articleSkeleton } from '../../scripts/new-article.ts';

const entity = (id: string, kind: string) => ({
  path: `content/entities/${id}.md`,
  source: `---\nname: ${id}\nkind: ${kind}\n---\n`,
});

describe('new:article skeleton', () => {
  it('is a valid article as written, with the given title and date', () => {
    const source = articleSkeleton('Kenya sends "more" officers', '2026-11-27');
    const result = validateContent({
      articles: [{ path: 'content/articles/kenya-sends-more-officers.md', source }],
      entities: [],
    });
    expect(result.problems).toEqual([]);
    expect(result.articles[0]?.data).toMatchObject({
      title: 'Kenya sends "more" officers',
      published: '2026-11-27',
    });
  });

  it('shows every list of the contract, and is valid with every line uncommented', () => {
    const skeleton = articleSkeleton('Kenya sends more officers', '2026-11-27');
    for (const list of ['events', 'deployments', 'funding', 'mandates', 'inferred', 'translations'])
      expect(skeleton).toContain(`# ${list}:`);
    const uncommented = skeleton
      .replace(/^# /gm, '')
      .replace('Paste the article text here.', 'A sentence copied from the text below.');
    const entities = [
      entity('kenya', 'country'),
      entity('haiti', 'country'),
      entity('united-states', 'country'),
      entity('mss', 'mission'),
      entity('un-security-council', 'organization'),
    ];
    const result = validateContent({
      articles: [{ path: 'content/articles/kenya-sends-more-officers.md', source: uncommented }],
      entities,
    });
    expect(result.problems).toEqual([]);
    const data = result.articles[0]!.data;
    expect([
      data.events.length,
      data.deployments.length,
      data.funding.length,
      data.mandates.length,
    ]).toEqual([1, 1, 1, 1]);
    expect(data).toMatchObject({
      inferred: ['published'],
      lang: 'en',
      translations: { fr: { title: 'Titre en français' } },
    });
    expect(data.events[0]).toMatchObject({
      inferred: true,
      note: 'The text says "last week"; the month is the article\'s.',
    });
  });
});
