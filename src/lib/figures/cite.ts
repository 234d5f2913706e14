/** "Cite this" for one figure: a plain-text citation with its permalink and as-of date. */
import { formatFullDate } from '../format.ts';
import { formatPartialDate } from '../partialDate.ts';
import type { FigureItem } from './listItems.ts';

/** What the figure states, as of when: "400 police from Kenya (deployed), as of 25 June 2024". */
export function figureTitle(item: FigureItem): string {
  return `${item.value} ${item.description}${item.status ? ` (${item.status.toLocaleLowerCase()})` : ''}, as of ${formatPartialDate(item.date)}`;
}

export function citeFigure(item: FigureItem, source: { site: string; article: string; outlet?: string; published: string; permalink: string }): string {
  const from = source.outlet ? `${source.outlet}, “${source.article}”` : `“${source.article}”`;
  return `${source.site}: ${figureTitle(item)}. Source: ${from}, ${formatFullDate(source.published)}. ${source.permalink}`;
}
