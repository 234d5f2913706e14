/**
 * How well the drafter reads a story, against what the editors recorded for
 * it: per kind, how many recorded items it proposed (recall) and how many of
 * its proposals were recorded (precision). A personnel figure matches on
 * country, count, status and date; money on donor, amount, currency, status
 * and date; a mandate statement on mission, action and date; an event on its
 * date at the same precision.
 */
import type { ArticleData } from '@/schemas/article.ts';
import type { Draft } from './draft.ts';

/** The score of one kind of proposal. */
export interface KindScore {
  readonly recorded: number;
  readonly proposed: number;
  readonly matched: number;
  /** matched / recorded (1 when nothing was recorded). */
  readonly recall: number;
  /** matched / proposed (1 when nothing was proposed). */
  readonly precision: number;
}

export type Kind = 'personnel' | 'money' | 'mandates' | 'events';

/** Pairs proposals with recorded items one to one, by a key; returns how many pairs. */
function matchCount<R, P>(
  recorded: readonly R[],
  proposed: readonly P[],
  keyOfRecorded: (item: R) => string,
  keyOfProposed: (item: P) => string,
): number {
  const open = new Map<string, number>();
  for (const item of recorded)
    open.set(keyOfRecorded(item), (open.get(keyOfRecorded(item)) ?? 0) + 1);
  let matched = 0;
  for (const item of proposed) {
    const key = keyOfProposed(item);
    const left = open.get(key) ?? 0;
    if (left > 0) {
      open.set(key, left - 1);
      matched++;
    }
  }
  return matched;
}

const score = (recorded: number, proposed: number, matched: number): KindScore => ({
  recorded,
  proposed,
  matched,
  recall: recorded === 0 ? 1 : matched / recorded,
  precision: proposed === 0 ? 1 : matched / proposed,
});

/** Scores a draft against an article's recorded lists. */
export function evaluateDraft(
  recorded: Pick<ArticleData, 'deployments' | 'funding' | 'mandates' | 'events'>,
  draft: Draft,
): Record<Kind, KindScore> {
  const personnel = matchCount(
    recorded.deployments,
    draft.deployments,
    (f) => `${f.country}|${f.count}|${f.status}|${f.date}`,
    (f) => `${f.country}|${f.count}|${f.status}|${f.date}`,
  );
  const money = matchCount(
    recorded.funding,
    draft.funding,
    (f) => `${f.donor}|${f.amount}|${f.currency}|${f.status}|${f.date}`,
    (f) => `${f.donor}|${f.amount}|${f.currency}|${f.status}|${f.date}`,
  );
  const mandates = matchCount(
    recorded.mandates,
    draft.mandates,
    (m) => `${m.mission}|${m.action}|${m.date}`,
    (m) => `${m.mission}|${m.action}|${m.date}`,
  );
  const events = matchCount(
    recorded.events,
    draft.events,
    (e) => e.date,
    (e) => e.date,
  );
  return {
    personnel: score(recorded.deployments.length, draft.deployments.length, personnel),
    money: score(recorded.funding.length, draft.funding.length, money),
    mandates: score(recorded.mandates.length, draft.mandates.length, mandates),
    events: score(recorded.events.length, draft.events.length, events),
  };
}

/** Adds scores of several stories (micro-averaged). */
export function totalScore(scores: readonly KindScore[]): KindScore {
  const sum = (key: 'recorded' | 'proposed' | 'matched') =>
    scores.reduce((total, item) => total + item[key], 0);
  return score(sum('recorded'), sum('proposed'), sum('matched'));
}
