/** Where a sourced figure comes from: shared by personnel, money and mandate figures. */
import type { InferableArticleField } from '@/schemas/article.ts';
import type { Inference } from './inference.ts';

/** The article facts a figure carries from its source. */
export interface SourceArticle {
  readonly slug: string;
  readonly title: string;
  readonly published: string;
  readonly outlet?: string;
  readonly url?: string;
  /** Article fields the editors supplied. */
  readonly inferred?: readonly InferableArticleField[];
  /** The language of the article (its title, quotes and notes): en when not given. */
  readonly lang?: string;
  /** Its title in other languages. */
  readonly translations?: Readonly<Record<string, { readonly title?: string } | undefined>>;
}

/** A figure's provenance: its quote, what the editors inferred, and its article. */
export interface FigureSource extends Inference {
  /** Stable id of the figure on its article page (figureId.ts): its permalink is the article's URL + `#id`. */
  readonly id: string;
  readonly quote: string;
  readonly article: string;
  readonly articleTitle: string;
  /** The article's title in other languages, where the editors translated it. */
  readonly articleTitles?: Readonly<Record<string, string | undefined>>;
  /** The language of the article, its quote and notes. */
  readonly lang: string;
  readonly outlet?: string;
  readonly published: string;
  /** The article's publication date was worked out by the editors. */
  readonly publishedInferred: boolean;
  /** stated: the figure's date is when it held; reported: when the article reported it (content contract, `date_basis`). */
  readonly dateBasis: 'stated' | 'reported';
  readonly url?: string;
}

/** The provenance of one list item of one article. */
export function figureSource(
  article: SourceArticle,
  item: Inference & { quote: string; date_basis?: 'stated' | 'reported' },
  id: string,
): FigureSource {
  return {
    id,
    quote: item.quote,
    inferred: item.inferred,
    note: item.note,
    article: article.slug,
    articleTitle: article.title,
    ...(article.translations
      ? {
          articleTitles: Object.fromEntries(
            Object.entries(article.translations).map(([lang, fields]) => [lang, fields?.title]),
          ),
        }
      : {}),
    lang: article.lang ?? 'en',
    outlet: article.outlet,
    published: article.published,
    publishedInferred: article.inferred?.includes('published') ?? false,
    dateBasis: item.date_basis ?? 'stated',
    url: article.url,
  };
}
