/**
 * The one model of a sourced figure. Personnel, money and mandate ceilings are
 * configurations of it: a value an article states, at a partial date, with a
 * status, its quote and its article. Figures are grouped into series (a
 * country, a donor → recipient flow in one currency, a mission); within a
 * series, figures that give different values for the same date and status are
 * all kept and flagged as a conflict, never averaged or dropped.
 */
import { comparePartialDates, type PartialDate } from '@/lib/dates/partialDate.ts';
import { figureIds, type FigureListName } from './figureId.ts';
import { figureSource, type FigureSource, type SourceArticle } from './figureSource.ts';

/** What every sourced figure has, whatever it counts. */
export interface SourcedFigure<S extends string = string> extends FigureSource {
  readonly date: PartialDate;
  readonly status: S;
  readonly approximate: boolean;
  /** Another source gives a different value for the same series, date and status. */
  readonly conflict: boolean;
}

/** How one kind of figure is read from articles and grouped. */
export interface FigureKind<
  A extends SourceArticle,
  Item,
  S extends string,
  F extends SourcedFigure<S>,
> {
  /** The items of this kind in an article (its `deployments`, `funding`...). */
  readonly items: (article: A) => readonly Item[];
  /** The contract list they come from, and what identifies one item (for its stable id). */
  readonly list: FigureListName;
  readonly key: (item: Item) => string;
  /** The figure an item states, without its source and conflict flag. */
  readonly read: (item: Item) => Omit<F, keyof FigureSource | 'conflict'>;
  /** The series a figure belongs to. */
  readonly seriesKey: (figure: Omit<F, keyof FigureSource | 'conflict'>) => string;
  /** The number the figure states, if it states one (a mandate statement may have no ceiling). */
  readonly value: (
    figure: Pick<F, Exclude<keyof F, keyof FigureSource | 'conflict'>>,
  ) => number | undefined;
  /** Statuses in the order they are listed for one date. */
  readonly statuses: readonly S[];
  /**
   * What a figure is about, whatever value it gives (a country and status): an edit that keeps it
   * and changes a {@link corrected} field is a correction of that figure (src/lib/articles/corrections.ts).
   */
  readonly identity: (item: Item) => string;
  /** The fields whose committed change is a correction readers are told of: the value, its date, its quote. */
  readonly corrected: readonly (keyof Item & string)[];
}

/** The figures of one series, oldest first. */
export interface FigureSeries<F> {
  readonly key: string;
  readonly figures: readonly F[];
}

/** Reads every figure of one kind from all articles and groups them into series (in first-seen order). */
export function buildSeries<
  A extends SourceArticle,
  Item extends {
    inferred: boolean;
    note?: string;
    quote: string;
    date_basis?: 'stated' | 'reported';
  },
  S extends string,
  F extends SourcedFigure<S>,
>(articles: readonly A[], kind: FigureKind<A, Item, S, F>): FigureSeries<F>[] {
  const read = articles.flatMap((article) => {
    const items = kind.items(article);
    const ids = figureIds(kind.list, article.slug, items, kind.key);
    return items.map((item, index) => ({
      ...kind.read(item),
      ...figureSource(article, item, ids[index]!),
    }));
  });
  const claim = (figure: (typeof read)[number]): string =>
    `${kind.seriesKey(figure)}|${figure.date.text}|${figure.status}`;
  const values = new Map<string, Set<number>>();
  for (const figure of read) {
    const value = kind.value(figure as never);
    if (value !== undefined)
      values.set(claim(figure), (values.get(claim(figure)) ?? new Set()).add(value));
  }

  const order = new Map(kind.statuses.map((status, index) => [status, index]));
  const compare = (a: F, b: F): number =>
    comparePartialDates(a.date, b.date) ||
    (order.get(a.status) ?? 0) - (order.get(b.status) ?? 0) ||
    a.published.localeCompare(b.published) ||
    a.article.localeCompare(b.article) ||
    (kind.value(a) ?? 0) - (kind.value(b) ?? 0);
  const groups = Map.groupBy(
    read.map(
      (figure) =>
        ({ ...figure, conflict: (values.get(claim(figure))?.size ?? 0) > 1 }) as unknown as F,
    ),
    (figure) => kind.seriesKey(figure),
  );
  return [...groups].map(([key, figures]) => ({ key, figures: figures.sort(compare) }));
}

/** The figure with `status` and the latest date; on a tie, the most recently published. */
export function latestWith<F extends SourcedFigure>(
  figures: readonly F[],
  status: F['status'],
): F | undefined {
  return figures
    .filter((figure) => figure.status === status)
    .reduce<F | undefined>((latest, figure) => {
      if (!latest) return figure;
      const byDate = comparePartialDates(figure.date, latest.date);
      return byDate > 0 || (byDate === 0 && figure.published >= latest.published) ? figure : latest;
    }, undefined);
}

/** The figure with `status` and the largest value. */
export function largestWith<F extends SourcedFigure>(
  figures: readonly F[],
  status: F['status'],
  value: (figure: F) => number | undefined,
): F | undefined {
  return figures
    .filter((figure) => figure.status === status && value(figure) !== undefined)
    .reduce<F | undefined>(
      (largest, figure) => (!largest || value(figure)! > value(largest)! ? figure : largest),
      undefined,
    );
}

/** A series cut to its latest `limit` figures, with the full count kept so a page can say so. */
export function latestFigures<T extends { figures: readonly unknown[] }>(
  series: readonly T[],
  limit: number,
): (T & { totalFigures: number })[] {
  return series.map((one) => ({
    ...one,
    figures: one.figures.slice(-limit),
    totalFigures: one.figures.length,
  }));
}
