import type { Nodes, Parent, Root } from 'mdast';
import { remark } from 'remark';

const parser = remark();

/** Block nodes whose text is kept apart from its neighbours by a line break. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'code', 'html']);

/** Parses markdown once into an mdast tree (remark, CommonMark). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * The readable text of a markdown tree: emphasis, links and other inline markup
 * are dropped, and each block ends with a line break (the only line breaks
 * in the result) so sentences of neighbouring paragraphs never run together.
 */
export function mdastToPlainText(tree: Root): string {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    // Soft line breaks inside a paragraph are spaces; only blocks end lines.
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value.replace(/\r?\n/g, ' '));
    else if (node.type === 'break') out.push(' ');
    else if (node.type === 'image') out.push(node.alt ?? '');
    else if ('children' in node) (node as Parent).children.forEach((child) => walk(child as Nodes));
    if (BLOCKS.has(node.type)) out.push('\n');
  };
  walk(tree);
  return out.join('');
}

/** Plain text of a markdown string. */
export function markdownToPlainText(markdown: string): string {
  return mdastToPlainText(parseMarkdown(markdown));
}
