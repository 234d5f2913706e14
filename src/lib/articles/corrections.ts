/**
 * Corrections from the content's history: between two committed versions of
 * an article, every figure whose value, date or quote changed, every figure
 * removed, every event whose date or title changed, and a changed headline.
 * Pure: src/build/loaders/contentHistory.ts reads the versions from git.
 *
 * A figure is followed across an edit by what it is about (its kind's
 * `identity`: a country and status, a donor → recipient flow, a mission and
 * action), so a changed count is a correction of the same figure, not a
 * removal and an addition. Its id after the edit is the id its article page
 * gives it, so the page can show the correction next to it.
 */
import type { ArticleData, EventData } from '@/schemas/article.ts';
import { PERSONNEL } from '@/lib/figures/deploymentSeries.ts';
import { figureIds, type FigureListName } from '@/lib/figures/figureId.ts';
import { MONEY } from '@/lib/figures/fundingSeries.ts';
import { MANDATE } from '@/lib/figures/mandates.ts';

/** One committed version of an article. */
export interface ArticleVersion {
  readonly commit: string;
  /** Commit time, ISO 8601 with offset: orders corrections. */
  readonly time: string;
  /** Commit date, YYYY-MM-DD. */
  readonly date: string;
  /** First line of the commit message. */
  readonly message: string;
  /** The article as committed; undefined when the file was deleted or does not meet the contract. */
  readonly data?: ArticleData;
  /** The commit deleted the file. */
  readonly deleted?: boolean;
}

/** One field's change. */
export interface FieldChange {
  readonly field: string;
  readonly was: string;
  /** Absent when the figure or event was removed. */
  readonly now?: string;
}

export interface Correction {
  readonly slug: string;
  readonly commit: string;
  readonly time: string;
  readonly date: string;
  readonly message: string;
  /** What was corrected: a figure of a list, an event, the headline; `removed` when a figure went. */
  readonly kind: 'figure' | 'removed' | 'event' | 'title';
  readonly list?: FigureListName | 'events';
  /** The figure's id after the correction (its permalink anchor); for a removed figure, its id before. */
  readonly figureId?: string;
  /** What the figure or event is about, as stored ("kenya|deployed", an event title). */
  readonly about: string;
  readonly changes: readonly FieldChange[];
}

type Item = Record<string, unknown>;

interface ListKind {
  readonly list: FigureListName;
  readonly items: (data: ArticleData) => readonly Item[];
  readonly key: (item: Item) => string;
  readonly identity: (item: Item) => string;
  readonly corrected: readonly string[];
}

/** The three kinds of sourced figure, seen as plain items (one model: their own configurations). */
const LISTS: readonly ListKind[] = [PERSONNEL, MONEY, MANDATE].map((kind) => ({
  list: kind.list,
  items: (data: ArticleData) => kind.items(data as never) as unknown as readonly Item[],
  key: kind.key as unknown as (item: Item) => string,
  identity: kind.identity as unknown as (item: Item) => string,
  corrected: kind.corrected,
}));

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value);

function changesOf(
  before: Item,
  after: Item | undefined,
  fields: readonly string[],
): FieldChange[] {
  return fields.flatMap((field) => {
    const was = text(before[field]);
    if (after === undefined) return was === '' ? [] : [{ field, was }];
    const now = text(after[field]);
    return was === now ? [] : [{ field, was, now }];
  });
}

/**
 * Pairs the items of two versions: identical items first, then, in order,
 * items about the same thing. Returns the changed pairs and the items removed.
 */
function pairItems<T>(
  before: readonly T[],
  after: readonly T[],
  same: (item: T) => string,
  about: (item: T) => string,
): { pairs: [T, T, number][]; removed: [T, number][] } {
  const unmatchedAfter = new Map<string, number[]>();
  after.forEach((item, index) =>
    unmatchedAfter.set(same(item), [...(unmatchedAfter.get(same(item)) ?? []), index]),
  );
  const left: [T, number][] = [];
  before.forEach((item, index) => {
    const exact = unmatchedAfter.get(same(item));
    if (exact && exact.length > 0) exact.shift();
    else left.push([item, index]);
  });
  const byAbout = new Map<string, number[]>();
  for (const indexes of unmatchedAfter.values())
    for (const index of indexes)
      byAbout.set(about(after[index]!), [...(byAbout.get(about(after[index]!)) ?? []), index]);
  for (const indexes of byAbout.values()) indexes.sort((a, b) => a - b);
  const pairs: [T, T, number][] = [];
  const removed: [T, number][] = [];
  for (const [item, index] of left) {
    const candidates = byAbout.get(about(item));
    const next = candidates?.shift();
    if (next === undefined) removed.push([item, index]);
    else pairs.push([item, after[next]!, next]);
  }
  return { pairs, removed };
}

/** What changed between two valid versions of one article. */
export function correctionsBetween(
  slug: string,
  before: ArticleData,
  after: ArticleVersion & { readonly data: ArticleData },
): Correction[] {
  const meta = {
    slug,
    commit: after.commit,
    time: after.time,
    date: after.date,
    message: after.message,
  };
  const corrections: Correction[] = [];
  if (before.title !== after.data.title)
    corrections.push({
      ...meta,
      kind: 'title',
      about: after.data.title,
      changes: [{ field: 'title', was: before.title, now: after.data.title }],
    });

  for (const kind of LISTS) {
    const [old, now] = [kind.items(before), kind.items(after.data)];
    const { pairs, removed } = pairItems(old, now, kind.key, kind.identity);
    const newIds = figureIds(kind.list, slug, now, kind.key);
    const oldIds = figureIds(kind.list, slug, old, kind.key);
    for (const [was, is, index] of pairs) {
      const changes = changesOf(was, is, kind.corrected);
      // Changes elsewhere (inferred, note, personnel kind) are edits, not corrections of the figure.
      if (changes.length > 0)
        corrections.push({
          ...meta,
          kind: 'figure',
          list: kind.list,
          figureId: newIds[index],
          about: kind.identity(is),
          changes,
        });
    }
    for (const [was, index] of removed)
      corrections.push({
        ...meta,
        kind: 'removed',
        list: kind.list,
        figureId: oldIds[index],
        about: kind.identity(was),
        changes: changesOf(was, undefined, kind.corrected),
      });
  }

  const eventKey = (event: EventData): string =>
    JSON.stringify([event.id ?? '', event.date, event.title]);
  const eventAbout = (event: EventData): string => event.id ?? event.title;
  const events = pairItems(before.events, after.data.events, eventKey, eventAbout);
  // An event renamed keeps its date: pair what is left by date and kind.
  const renamed = pairItems(
    events.removed.map(([event]) => event),
    after.data.events.filter(
      (event) =>
        !events.pairs.some(([, is]) => is === event) &&
        !before.events.some((old) => eventKey(old) === eventKey(event)),
    ),
    eventKey,
    (event) => `${event.date}|${event.kind}`,
  );
  for (const [was, is] of [...events.pairs, ...renamed.pairs]) {
    const changes = changesOf(was as unknown as Item, is as unknown as Item, ['date', 'title']);
    if (changes.length > 0)
      corrections.push({ ...meta, kind: 'event', list: 'events', about: is.title, changes });
  }
  return corrections;
}

/**
 * Every correction of one article over its versions, oldest first. A version
 * that does not meet today's contract is skipped: it is compared with neither
 * neighbour, and the next valid version is compared with the last valid one.
 * A deleted article's figures are listed as removed.
 */
export function correctionsOf(slug: string, versions: readonly ArticleVersion[]): Correction[] {
  const corrections: Correction[] = [];
  let last: ArticleData | undefined;
  for (const version of versions) {
    if (version.data) {
      if (last)
        corrections.push(
          ...correctionsBetween(slug, last, version as ArticleVersion & { data: ArticleData }),
        );
      last = version.data;
    } else if (version.deleted && last) {
      const emptied = { ...last, deployments: [], funding: [], mandates: [] };
      corrections.push(...correctionsBetween(slug, last, { ...version, data: emptied }));
      last = undefined;
    }
  }
  return corrections;
}

/** All corrections, newest first; same history, same order. */
export function correctionsNewestFirst(corrections: readonly Correction[]): Correction[] {
  const at = (correction: Correction): number => Date.parse(correction.time);
  return [...corrections].sort(
    (a, b) => at(b) - at(a) || a.slug.localeCompare(b.slug) || a.commit.localeCompare(b.commit),
  );
}
