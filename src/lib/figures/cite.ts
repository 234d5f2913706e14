/** "Cite this" for one figure: a plain-text citation with its permalink and as-of date, in a catalogue's words. */
import type { Catalogue } from '@/i18n/en.ts';
import type { FigureItem } from './listItems.ts';

/** What the figure states, as of when: "400 police from Kenya (deployed), as of 25 June 2024". */
export function figureTitle(item: FigureItem, labels: Catalogue): string {
  return labels.citeFigure.title(
    `${item.value} ${item.description}${item.status ? ` (${item.status.toLocaleLowerCase(labels.lang)})` : ''}`,
    labels.format.asOf(item.date),
  );
}

export function citeFigure(
  item: FigureItem,
  source: { site: string; article: string; outlet?: string; published: string; permalink: string },
  labels: Catalogue,
): string {
  const title = labels.format.quoted(source.article);
  const from = source.outlet ? `${source.outlet}, ${title}` : title;
  return labels.citeFigure.citation(
    source.site,
    figureTitle(item, labels),
    from,
    labels.format.fullDate(source.published),
    source.permalink,
  );
}
