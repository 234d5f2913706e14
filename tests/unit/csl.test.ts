import { describe, expect, it } from 'vitest';
import { articleCsl, cslDate, figureCsl, type CslArticle } from '@/lib/figures/csl.ts';
import { figureTitle } from '@/lib/figures/cite.ts';
import { personnelItems } from '@/lib/figures/listItems.ts';
import { en } from '@/i18n/en.ts';

const article: CslArticle = {
  slug: 'kenya-arrives',
  title: 'Kenyan police land in Haiti',
  published: '2024-06-25',
  outlet: 'The Star',
  url: 'https://example.org/story',
  lang: 'en',
};

describe('CSL-JSON citations', () => {
  it('gives dates as CSL date parts at the precision known', () => {
    expect(cslDate('2024')).toEqual({ 'date-parts': [[2024]] });
    expect(cslDate('2024-06')).toEqual({ 'date-parts': [[2024, 6]] });
    expect(cslDate('2024-06-25')).toEqual({ 'date-parts': [[2024, 6, 25]] });
  });

  it('cites an article as a newspaper article, leaving out what the source does not give', () => {
    expect(articleCsl(article)).toEqual({
      id: 'article-kenya-arrives',
      type: 'article-newspaper',
      title: 'Kenyan police land in Haiti',
      'container-title': 'The Star',
      issued: { 'date-parts': [[2024, 6, 25]] },
      URL: 'https://example.org/story',
      language: 'en',
    });
    expect(articleCsl({ ...article, author: 'Jane Doe' }).author).toEqual([
      { literal: 'Jane Doe' },
    ]);
  });

  it("cites a figure at its permalink, with its source, quote and the editors' inference", () => {
    const [item] = personnelItems(
      [
        {
          country: 'kenya',
          date: '2024-06-25',
          count: 400,
          status: 'deployed',
          approximate: false,
          personnel: 'police',
          quote: 'Some 400 police landed.',
          inferred: true,
          note: 'The text says "on Tuesday".',
        },
      ],
      (id) => (id === 'kenya' ? 'Kenya' : id),
      en,
      article.slug,
    );
    const csl = figureCsl(item!, {
      site: 'MSS Haiti Tracker',
      permalink: `https://t.example/articles/kenya-arrives/#${item!.id}`,
      article,
      title: figureTitle(item!, en),
    });
    expect(csl).toMatchObject({
      id: item!.id,
      type: 'dataset',
      title: '400 police from Kenya (deployed), as of 25 June 2024',
      'container-title': 'MSS Haiti Tracker',
      URL: `https://t.example/articles/kenya-arrives/#${item!.id}`,
      issued: { 'date-parts': [[2024, 6, 25]] },
    });
    expect(csl.note).toBe(
      'Source: The Star, “Kenyan police land in Haiti”, 2024-06-25: “Some 400 police landed.”\nInferred by the editors: The text says "on Tuesday".',
    );
  });
});
