/**
 * Plain text of markdown, for quote checks, summaries and mention detection.
 *
 * Article bodies are parsed with Sätteri, the engine that renders the pages, into
 * a materialised mdast tree: an order of magnitude faster than remark on a
 * generated corpus, with identical plain text (tests/unit/plainText.test.ts),
 * and the text it yields is the text readers see.
 * remark (CommonMark, no GFM) parses the short quotes editors write, where the
 * cost does not matter.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { remark } from 'remark';
import { markdownToMdast } from 'satteri';

const quoteParser = remark();

/** Block nodes whose text is kept apart from its neighbours by a line break. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'tableCell',
  'code',
  'html',
]);
/** Inline nodes whose text is shown but is never an entity mention (link text, code). */
const NO_MENTIONS = new Set(['link', 'linkReference', 'inlineCode', 'code']);

/** Plain text with the ranges where mentions must not be looked for. */
export interface PlainText {
  readonly text: string;
  /** [start, end) ranges of link text and code. */
  readonly skips: readonly (readonly [number, number])[];
}

/** Parses an article body once into an mdast tree (Sätteri, positions off: nothing reads them). */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, {
    position: false,
    features: { smartPunctuation: false },
  }) as Root;
}

/** Parses a short snippet, such as a quote, with remark (CommonMark). */
export function parseSnippet(markdown: string): Root {
  return quoteParser.parse(markdown);
}

/**
 * The readable text of a markdown tree: emphasis, links and other inline markup
 * are dropped, and each block ends with a line break (the only line breaks
 * in the result) so sentences of neighbouring paragraphs never run together.
 */
export function mdastToText(tree: Root): PlainText {
  let text = '';
  const skips: [number, number][] = [];
  const walk = (node: Nodes): void => {
    const start = text.length;
    // Soft line breaks inside a paragraph are spaces; only blocks end lines.
    if (node.type === 'text' || node.type === 'inlineCode')
      text += node.value.replace(/\r?\n/g, ' ');
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'image') text += node.alt ?? '';
    else if ('children' in node) (node as Parent).children.forEach((child) => walk(child as Nodes));
    if (NO_MENTIONS.has(node.type) && text.length > start) skips.push([start, text.length]);
    if (BLOCKS.has(node.type)) text += '\n';
  };
  walk(tree);
  return { text, skips };
}

/** Plain text of a markdown tree (see {@link mdastToText}). */
export function mdastToPlainText(tree: Root): string {
  return mdastToText(tree).text;
}

/** Plain text of a short markdown snippet (a quote). */
export function markdownToPlainText(markdown: string): string {
  return mdastToPlainText(parseSnippet(markdown));
}
