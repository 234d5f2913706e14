/**
 * What a flow's gap (latest pledge minus latest disbursement) says to a reader: the amount still
 * to pay, that the pledge is paid in full, or how far the payments went beyond it (a later
 * disbursement can exceed an older pledge). Never a negative amount "not yet paid".
 */
import type { Catalogue } from '@/i18n/en.ts';

/** The line under a flow's card: gap and the share of the pledge paid. */
export function gapSentence(
  gap: number,
  share: number,
  labels: Catalogue,
  money: (amount: number) => string,
): string {
  const words = labels.flowCards;
  const paidShare = labels.format.share(share);
  if (gap > 0) return words.gap(money(gap), paidShare);
  return gap < 0 ? words.over(money(-gap), paidShare) : words.paid;
}

/** The words at the end of a flow's bar; empty when there is a disbursement but no pledge to compare. */
export function gapLabel(
  bar: { readonly gap?: number; readonly disbursed?: unknown },
  labels: Catalogue,
  money: (amount: number) => string,
): string {
  const words = labels.bars;
  if (bar.gap === undefined) return bar.disbursed ? '' : words.noDisbursement;
  if (bar.gap > 0) return words.gap(money(bar.gap));
  return bar.gap < 0 ? words.over(money(-bar.gap)) : words.paid;
}
