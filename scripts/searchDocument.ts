/**
 * The part of a built page that Pagefind reads: its <html> start tag (for the
 * language) and the element marked data-pagefind-body, nothing else. Pagefind
 * indexes only that element but parses the whole page to find it, and an
 * entity page's searchable header sits above hundreds of kilobytes of events,
 * tables and lists (at 10,000 articles, parsing those took 4.5 s of the index).
 * Given this document instead, Pagefind stores the same record: same text,
 * title, filters, headings and language (tests/unit/searchDocument.test.ts).
 *
 * Returns undefined when the page has no such element, or it cannot be cut out
 * with certainty; the caller then indexes the page as it is.
 */
export function searchDocument(html: string): string | undefined {
  const attribute = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s=>]/.exec(html);
  if (!attribute) return undefined;
  const tag = attribute[1]!;
  const start = attribute.index;
  // The element ends at the close tag that balances it; text cannot hold a raw "<".
  const tags = new RegExp(`<(/?)${tag}[\\s>/]`, 'gi');
  tags.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = html.indexOf('>', match.index) + 1;
      break;
    }
  }
  // A second body element would be lost: leave such a page whole.
  if (end <= 0 || html.includes(' data-pagefind-body', end)) return undefined;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${root}<body>${html.slice(start, end)}</body></html>`;
}
