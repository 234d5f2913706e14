/**
 * CSL-JSON (Citation Style Language) for reference managers: Zotero, Mendeley,
 * pandoc and citeproc read it. One item per source article (the newspaper
 * story, with its publisher and date) and one per figure (a dataset entry of
 * the tracker, at the figure's permalink, that names its source).
 * Spec: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
import type { FigureItem } from './listItems.ts';

/** The CSL-JSON fields this site writes. */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper' | 'dataset';
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly author?: readonly { readonly literal: string }[];
  readonly issued: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL: string;
  readonly note?: string;
  readonly language?: string;
}

/** CSL date parts from YYYY, YYYY-MM or YYYY-MM-DD. */
export function cslDate(date: string): CslItem['issued'] {
  return { 'date-parts': [date.split('-').map(Number)] };
}

export interface CslArticle {
  readonly slug: string;
  readonly title: string;
  readonly published: string;
  readonly outlet?: string;
  readonly author?: string;
  /** The original story, when known; else the tracker's page of it. */
  readonly url: string;
  readonly lang: string;
}

/** The source article as a newspaper article. */
export function articleCsl(article: CslArticle): CslItem {
  return {
    id: `article-${article.slug}`,
    type: 'article-newspaper',
    title: article.title,
    ...(article.outlet ? { 'container-title': article.outlet } : {}),
    ...(article.author ? { author: [{ literal: article.author }] } : {}),
    issued: cslDate(article.published),
    URL: article.url,
    language: article.lang,
  };
}

/**
 * One figure as an entry of the tracker's dataset: titled by what it states,
 * dated by its source's publication, at its permalink, with the source and the
 * editors' inference (when any) in the note.
 */
export function figureCsl(
  item: FigureItem,
  context: { site: string; permalink: string; article: CslArticle; title: string },
): CslItem {
  const source = `${context.article.outlet ? `${context.article.outlet}, ` : ''}“${context.article.title}”, ${context.article.published}`;
  return {
    id: item.id,
    type: 'dataset',
    title: context.title,
    'container-title': context.site,
    publisher: context.site,
    issued: cslDate(context.article.published),
    URL: context.permalink,
    note: [
      `Source: ${source}: “${item.quote}”`,
      item.inferred && item.note ? `Inferred by the editors: ${item.note}` : undefined,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
