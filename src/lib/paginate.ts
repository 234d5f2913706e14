/** Splits a list into numbered pages so no listing page grows with the corpus. */
export interface Page<T> {
  /** 1-based. */
  readonly number: number;
  readonly items: readonly T[];
  readonly pageCount: number;
  readonly totalItems: number;
}

/** Always at least one page, so an empty list still has a (empty) first page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    items: items.slice(index * perPage, (index + 1) * perPage),
    pageCount,
    totalItems: items.length,
  }));
}
