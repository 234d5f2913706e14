import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import { mdastToText, parseMarkdown, parseSnippet } from '@/lib/markdown/plainText.ts';

const bodyOf = (path: string): string => {
  const parsed = parseContentFile(path, readFileSync(path, 'utf8'));
  if (Array.isArray(parsed)) throw new Error(`cannot read ${path}`);
  return parsed.body;
};

describe('plain text of article bodies', () => {
  it.each([
    ['emphasis and strong', 'A *b* and **c** and _d_.', 'A b and c and d.\n'],
    ['links keep their text', 'See [the report](https://x.org).', 'See the report.\n'],
    [
      'headings and paragraphs end lines',
      '## Head\n\nPara one\nwrapped.\n\nPara two.',
      'Head\nPara one wrapped.\nPara two.\n',
    ],
    ['inline code keeps its text', 'Run `npm test` now.', 'Run npm test now.\n'],
    ['hard breaks are spaces', 'Line one  \nline two.', 'Line one line two.\n'],
    ['typographic punctuation stays as written', 'Ruto’s “visit”.', 'Ruto’s “visit”.\n'],
  ])('%s', (_, markdown, text) => {
    expect(mdastToText(parseMarkdown(markdown)).text).toBe(text);
  });

  it('marks link text and code as places without mentions', () => {
    const { text, skips } = mdastToText(parseMarkdown('A [Kenya](https://x.org) and `Haiti`.'));
    expect(skips.map(([start, end]) => text.slice(start, end))).toEqual(['Kenya', 'Haiti']);
  });

  // The fast parser (Sätteri) must give the same text as the reference (remark)
  // on real and generated articles, or quotes would pass or fail by parser.
  it('matches remark on the fixture corpus (a copy of the seed articles)', () => {
    const folder = 'tests/fixtures/corpus/articles';
    for (const file of readdirSync(folder)) {
      const body = bodyOf(join(folder, file));
      expect(mdastToText(parseMarkdown(body)), file).toEqual(mdastToText(parseSnippet(body)));
    }
  });

  it('matches remark on a generated corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mss-plain-text-'));
    try {
      generateCorpus(dir, 40, 3);
      for (const file of readdirSync(join(dir, 'articles'))) {
        const body = bodyOf(join(dir, 'articles', file));
        expect(mdastToText(parseMarkdown(body)).text, file).toBe(
          mdastToText(parseSnippet(body)).text,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
