/**
 * The text of a news page: @mozilla/readability over linkedom's DOM finds the
 * article (title, byline, site name, paragraphs), as Firefox's reader view does.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What a news page says, as plain paragraphs. */
export interface ExtractedStory {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly published?: string;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
}

/** Extracts the article of an HTML page; throws when the page holds no readable article. */
export function extractStory(html: string): ExtractedStory {
  const { document } = parseHTML(html);
  const published = document.querySelector(
    'meta[property="article:published_time"], meta[name="date"], time[datetime]',
  );
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content)
    throw new Error('no article found in the page (Readability found no readable content)');
  const { document: content } = parseHTML(
    `<!doctype html><html><body>${article.content}</body></html>`,
  );
  const blocks = [...content.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')]
    .filter((element) => !element.querySelector('p, li'))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const date = (
    published?.getAttribute('content') ??
    published?.getAttribute('datetime') ??
    ''
  ).slice(0, 10);
  return {
    title: article.title?.trim() || undefined,
    byline: article.byline?.trim() || undefined,
    siteName: article.siteName?.trim() || undefined,
    published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    text: blocks.join('\n\n'),
  };
}
