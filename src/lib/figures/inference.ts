/**
 * What the editors inferred (content contract, "What the editors inferred"):
 * a value the source did not state in so many words, shown with the editors'
 * note wherever the value is shown.
 */

/** An item's own inference: its date (or count) is the editors' reading. */
export interface Inference {
  readonly inferred: boolean;
  /** How the editors read it; present whenever `inferred` is true. */
  readonly note?: string;
}

/** The inference in one sentence for plain-text places (chart tooltips, feeds), punctuated by `labelled`; empty when there is none. */
export function inferenceSentence(
  item: Inference,
  label: string,
  labelled: (label: string, value: string) => string,
): string {
  return item.inferred ? ` ${item.note ? labelled(label, item.note) : label}` : '';
}
