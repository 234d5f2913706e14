import { describe, expect, it } from 'vitest';
import { mdastToPlainText, parseMarkdown } from '@/lib/markdown/plainText.ts';
import { indexQuotes, normaliseForQuote, normaliseQuote } from '@/lib/contract/quotes.ts';

const body = mdastToPlainText(
  parseMarkdown(
    [
      'President Ruto stated, “Our next batch, an additional 600, is undergoing   redeployment training.”',
      '',
      'The first group of 400 *Kenyan* officers was deployed in **June 2024**.',
      '',
      'Ruto’s journey began with a [Kenya Airways](https://example.org) flight.',
      '',
      '## A heading',
      '',
      'Next paragraph, written',
      'over two lines.',
    ].join('\n'),
  ),
);
const quotes = indexQuotes(body);

describe('quote normalisation', () => {
  it('folds white space and straightens quotes', () => {
    expect(normaliseForQuote('  “It’s   here,”\n\tshe said ')).toBe('"It\'s here," she said');
  });

  it('drops emphasis from a quote', () => {
    expect(normaliseQuote('the *first* group')).toBe('the first group');
  });
});

describe('indexQuotes', () => {
  it.each([
    ['an exact passage', 'Our next batch, an additional 600, is undergoing redeployment training.'],
    ['typographic quotes written straight', '"Our next batch, an additional 600'],
    [
      'a passage across emphasis',
      'The first group of 400 Kenyan officers was deployed in June 2024.',
    ],
    ['a quote that carries the emphasis', 'The first group of 400 *Kenyan* officers'],
    ['a curly apostrophe written straight', "Ruto's journey began with a Kenya Airways flight."],
    ['extra spaces in the quote', 'is undergoing  redeployment\ntraining'],
    ['a sentence wrapped over two source lines', 'Next paragraph, written over two lines.'],
    ['a quote that carries link markup', 'a [Kenya Airways](https://example.org) flight'],
  ])('finds %s', (_, quote) => {
    expect(quotes.contains(quote)).toBe(true);
  });

  it.each([
    ['different case', 'the first group of 400 kenyan officers'],
    ['a changed figure', 'The first group of 200 Kenyan officers'],
    ['text joined across paragraphs', 'flight. A heading'],
    ['an empty quote', '   '],
  ])('refuses %s', (_, quote) => {
    expect(quotes.contains(quote)).toBe(false);
  });
});
