import type { Nodes, Parent, Root } from 'mdast';
import { remark } from 'remark';

const parser = remark();

/** Block nodes whose text is kept apart from its neighbours by a line break. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'code', 'html']);
/** Inline nodes whose text is shown but is never an entity mention (link text, code). */
const NO_MENTIONS = new Set(['link', 'linkReference', 'inlineCode', 'code']);

/** Plain text with the ranges where mentions must not be looked for. */
export interface PlainText {
  readonly text: string;
  /** [start, end) ranges of link text and code. */
  readonly skips: readonly (readonly [number, number])[];
}

/** Parses markdown once into an mdast tree (remark, CommonMark). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
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
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value.replace(/\r?\n/g, ' ');
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

/** Plain text of a markdown string. */
export function markdownToPlainText(markdown: string): string {
  return mdastToPlainText(parseMarkdown(markdown));
}
