/**
 * Hands the plain text of every article body, parsed once by the contract's
 * validation pass, to the pages' data module in the same build process, so
 * remark never parses a body twice. Keyed by slug and guarded by the body text,
 * so an edited file (dev server) is simply parsed again.
 */
import type { PlainText } from '../lib/plainText.ts';

const KEY = Symbol.for('mss-haiti-tracker.parsed-bodies');

interface Shared {
  readonly body: string;
  readonly text: PlainText;
}

type Store = Map<string, Shared>;

const store = (): Store | undefined => (globalThis as { [KEY]?: Store })[KEY];

/** Called by the integration after validation. */
export function shareParsedBodies(articles: readonly { slug: string; body: string; plainText: string; skips: PlainText['skips'] }[]): void {
  (globalThis as { [KEY]?: Store })[KEY] = new Map(articles.map((article) => [article.slug, { body: article.body, text: { text: article.plainText, skips: article.skips } }]));
}

/** The shared plain text of an article, when its body is unchanged since validation. */
export function sharedPlainText(slug: string, body: string): PlainText | undefined {
  const shared = store()?.get(slug);
  // Astro and the validation pass trim the body's surrounding line breaks differently.
  return shared && shared.body.trim() === body.trim() ? shared.text : undefined;
}
