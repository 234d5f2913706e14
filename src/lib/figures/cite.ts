/** "Cite this" for one figure: a plain-text citation with its permalink and as-of date. */
import { formatFullDate } from '../format.ts';
import { formatPartialDate } from '../partialDate.ts';
import type { FigureItem } from './listItems.ts';

export function citeFigure(item: FigureItem, source: { site: string; article: string; outlet?: string; published: string; permalink: string }): string {
  const from = source.outlet ? `${source.outlet}, “${source.article}”` : `“${source.article}”`;
  return `${source.site}: ${item.value} ${item.description}${item.status ? ` (${item.status.toLocaleLowerCase()})` : ''}, as of ${formatPartialDate(item.date)}. Source: ${from}, ${formatFullDate(source.published)}. ${source.permalink}`;
}
