/**
 * Quote checking, as the content contract states it: a quote must occur in the
 * article body after both are normalised (white space runs become one space,
 * typographic quotes and apostrophes become straight ones, markdown emphasis is
 * ignored). Case matters.
 *
 * Emphasis is removed from the body by reading its plain text (see plainText.ts);
 * a quote rarely carries markdown, so it is only parsed when it looks like it does.
 */
import { markdownToPlainText } from '@/lib/markdown/plainText.ts';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const WHITE_SPACE = /\s+/g;
const MAY_HAVE_MARKDOWN = /[*_`[\\]/;

/** Straightens quotes and folds white space; the text form quotes are compared in. */
export function normaliseForQuote(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/** Normalises a quote from frontmatter, dropping any markdown emphasis it carries. */
export function normaliseQuote(quote: string): string {
  const text = MAY_HAVE_MARKDOWN.test(quote) ? markdownToPlainText(quote) : quote;
  return normaliseForQuote(text);
}

/** A body prepared once for many quote look-ups. */
export interface QuoteIndex {
  /** True when the quote occurs in the body after normalisation. */
  contains(quote: string): boolean;
}

/** Prepares an article's plain body text for quote checks. */
export function indexQuotes(plainBody: string): QuoteIndex {
  // Blocks stay apart (NUL never occurs in a normalised quote), so a quote
  // cannot run from the end of one paragraph into the next.
  const haystack = plainBody.split('\n').map(normaliseForQuote).join('\u0000');
  return {
    contains(quote: string): boolean {
      const needle = normaliseQuote(quote);
      return needle.length > 0 && haystack.includes(needle);
    },
  };
}
