/** The columns every sourced figure carries in the downloads: where it comes from, what it says, and what the editors inferred. */
import type { Inference } from './inference.ts';

/** Column names, in download order. */
export const SOURCE_COLUMNS = ['inferred', 'inference_note', 'article', 'article_url', 'outlet', 'published', 'published_inferred', 'quote'] as const;

export interface SourceColumns {
  /** The figure's date (or value) is the editors' reading, not the source's words. */
  inferred: boolean;
  inference_note: string | null;
  article: string;
  article_url: string;
  outlet: string | null;
  published: string;
  /** The article's publication date was worked out by the editors. */
  published_inferred: boolean;
  quote: string;
}

/** Source columns of a figure, with the absolute URL of its article page. */
export function sourceColumns(
  figure: Inference & { article: string; outlet?: string; published: string; publishedInferred: boolean; quote: string },
  articleUrl: (slug: string) => string,
): SourceColumns {
  return {
    inferred: figure.inferred,
    inference_note: figure.note ?? null,
    article: figure.article,
    article_url: articleUrl(figure.article),
    outlet: figure.outlet ?? null,
    published: figure.published,
    published_inferred: figure.publishedInferred,
    quote: figure.quote,
  };
}
