/**
 * What the editors inferred (content contract, "What the editors inferred"):
 * a value the source did not state in so many words, shown with the editors'
 * note wherever the value is shown.
 */
import type { InferableArticleField } from '../schemas/article.ts';

/** An item's own inference: its date (or count) is the editors' reading. */
export interface Inference {
  readonly inferred: boolean;
  /** How the editors read it; present whenever `inferred` is true. */
  readonly note?: string;
}

/** The words of the marker, wherever an inferred value is shown. */
export const INFERENCE_LABEL = 'Editors’ inference';

/** What each article field is called when the editors supplied it. */
export const INFERRED_ARTICLE_FIELD: Record<InferableArticleField, string> = {
  title: 'Headline supplied by the editors',
  published: 'Publication date inferred by the editors',
  outlet: 'Outlet supplied by the editors',
  author: 'Author supplied by the editors',
};

/** The inference in one sentence for plain-text places (chart tooltips, feeds); empty when there is none. */
export function inferenceSentence(item: Inference): string {
  return item.inferred ? ` ${INFERENCE_LABEL}${item.note ? `: ${item.note}` : ''}` : '';
}

/** The inference of an article field, as an item-shaped {@link Inference}. */
export function articleFieldInference(article: { inferred?: readonly InferableArticleField[]; note?: string }, field: InferableArticleField): Inference {
  const inferred = article.inferred?.includes(field) ?? false;
  return inferred ? { inferred, note: article.note } : { inferred };
}
