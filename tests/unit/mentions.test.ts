import { describe, expect, it } from 'vitest';
import { buildMentionMatcher, sentenceAround, urlSkips } from '@/lib/entities/mentions.ts';
import { mdastToText, parseMarkdown } from '@/lib/markdown/plainText.ts';

const matcher = buildMentionMatcher([
  { id: 'william-ruto', names: ['William Ruto', 'Ruto', 'President William Ruto'] },
  { id: 'kenya', names: ['Kenya'] },
  { id: 'united-nations', names: ['United Nations', 'UN'] },
  { id: 'un-security-council', names: ['UN Security Council'] },
  { id: 'united-states', names: ['United States', 'US', 'U.S.'] },
  { id: 'haitian-national-police', names: ['Haiti’s police'] },
]);

const found = (text: string): string[] =>
  matcher.find(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('mention matcher', () => {
  it.each<[string, string, string[]]>([
    ['whole words only', 'Kenyan officers in Kenya', ['kenya:Kenya']],
    ['case-sensitive', 'the un said; the UN said', ['united-nations:UN']],
    [
      'the longest name wins',
      'President William Ruto met Ruto',
      ['william-ruto:President William Ruto', 'william-ruto:Ruto'],
    ],
    [
      'a longer entity over a shorter one',
      'the UN Security Council met',
      ['un-security-council:UN Security Council'],
    ],
    [
      'possessives and hyphens end a word',
      'Ruto’s visit; a US-backed push',
      ['william-ruto:Ruto', 'united-states:US'],
    ],
    ['names ending in punctuation', 'The U.S. government', ['united-states:U.S.']],
    [
      'aliases with curly or straight apostrophes',
      "Haiti's police and Haiti’s police",
      ["haitian-national-police:Haiti's police", 'haitian-national-police:Haiti’s police'],
    ],
    ['nothing inside longer words', 'USA, UNGA, Rutoism', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('skips ranges such as link text and code', () => {
    const text = 'Kenya and Kenya and Kenya';
    expect(
      matcher
        .find(text, [
          [0, 5],
          [10, 15],
        ])
        .map((m) => m.start),
    ).toEqual([20]);
  });

  it('skips bare URLs', () => {
    const text = 'See https://example.org/Kenya/report and Kenya.';
    expect(matcher.find(text, urlSkips(text)).map((m) => m.start)).toEqual([
      text.lastIndexOf('Kenya'),
    ]);
  });

  it('does not match inside link text or inline code of markdown', () => {
    const { text, skips } = mdastToText(
      parseMarkdown('[Kenya](https://x.org) and `Kenya` and **Kenya**.'),
    );
    expect(matcher.find(text, skips).map((m) => text.slice(m.start - 4, m.end))).toEqual([
      'and Kenya',
    ]);
  });

  it('counts distinct spellings', () => {
    expect(matcher.size).toBe(11);
  });
});

describe('sentenceAround', () => {
  const text =
    'First sentence here. Ruto arrived on Saturday. He left.\nNext paragraph about Kenya!';
  it.each([
    ['Ruto', 'Ruto arrived on Saturday.'],
    ['Kenya', 'Next paragraph about Kenya!'],
    ['First', 'First sentence here.'],
  ])('gives the sentence around %s', (word, sentence) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toBe(sentence);
  });
});
