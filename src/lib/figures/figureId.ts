/**
 * Stable ids of sourced figures, for permalinks (`/articles/<slug>/#<id>`).
 * An id is derived from the article, the list and the figure's own content,
 * never from its position, so adding, removing or reordering other figures
 * leaves it unchanged; editing the figure itself gives it a new id.
 */

/** The contract's lists of sourced figures. */
export type FigureListName = 'deployments' | 'funding' | 'mandates';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no security needed. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The ids of one article's figures of one list, in their order. Two figures
 * with identical content in the same article are told apart by -2, -3...
 */
export function figureIds<T>(
  list: FigureListName,
  slug: string,
  items: readonly T[],
  key: (item: T) => string,
): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${list}-${fnv1a(`${slug}\n${list}\n${key(item)}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
