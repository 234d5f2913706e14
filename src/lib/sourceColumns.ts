/** The columns every sourced figure carries in the downloads: where it comes from and what it says. */

export interface SourceColumns {
  article: string;
  article_url: string;
  outlet: string | null;
  published: string;
  quote: string;
}

/** Source columns of a figure, with the absolute URL of its article page. */
export function sourceColumns(
  figure: { article: string; outlet?: string; published: string; quote: string },
  articleUrl: (slug: string) => string,
): SourceColumns {
  return { article: figure.article, article_url: articleUrl(figure.article), outlet: figure.outlet ?? null, published: figure.published, quote: figure.quote };
}
