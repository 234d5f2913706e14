/**
 * Finds entity mentions in text: an entity is mentioned where its name or one
 * of its aliases occurs as a whole word (case-sensitive), the longest name
 * winning where names overlap ("President William Ruto" over "Ruto").
 *
 * All names go into one character trie, so a text is scanned once whatever the
 * number of entities: the cost is one short trie walk per word start, which
 * keeps 10,000 articles × 500 entities linear.
 */

/** An entity's id and every spelling that counts as a mention of it. */
export interface MentionTarget {
  readonly id: string;
  readonly names: readonly string[];
}

/** One occurrence of an entity in a text. */
export interface Mention {
  readonly id: string;
  /** Offsets in the scanned text: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** A half-open range of the text where mentions must not be found (code, link text, URLs). */
export type Skip = readonly [start: number, end: number];

export interface MentionMatcher {
  /** Every mention in reading order, non-overlapping, outside the skipped ranges. */
  find(text: string, skips?: readonly Skip[]): Mention[];
  /** Number of distinct spellings the matcher knows. */
  readonly size: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entity id when a name ends here. */
  id?: string;
}

/** Apostrophes and quotes are matched loosely: "Haiti’s police" and "Haiti's police" are one spelling. */
const LOOSE: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
};
const loose = (char: string): string => LOOSE[char] ?? char;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Letters, digits and underscore; ASCII is decided without a Unicode regex (the scan's hot path). */
const isWordChar = (char: string | undefined): boolean => {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128)
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 95
    );
  return WORD_CHAR.test(char);
};

/** Builds the matcher once per build from every entity's names. */
export function buildMentionMatcher(targets: readonly MentionTarget[]): MentionMatcher {
  const root: TrieNode = { next: new Map() };
  let size = 0;
  // Sorted so that when two entities share a spelling, the same one wins on every build.
  for (const target of [...targets].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const name of target.names) {
      if (name.trim() === '') continue;
      let node = root;
      for (const char of name) {
        const key = loose(char);
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      if (node.id === undefined) {
        node.id = target.id;
        size++;
      }
    }
  }

  return {
    size,
    find(text, skips = []) {
      const mentions: Mention[] = [];
      const sortedSkips = [...skips].sort((a, b) => a[0] - b[0]);
      let skipIndex = 0;
      let position = 0;
      while (position < text.length) {
        // Only word starts can begin a mention.
        if (isWordChar(text[position - 1]) || !root.next.has(loose(text[position]!))) {
          position++;
          continue;
        }
        while (skipIndex < sortedSkips.length && sortedSkips[skipIndex]![1] <= position)
          skipIndex++;
        const skip = sortedSkips[skipIndex];
        if (skip && skip[0] <= position) {
          position = skip[1];
          continue;
        }
        let node: TrieNode | undefined = root;
        let best: Mention | undefined;
        for (let end = position; end < text.length && node;) {
          node = node.next.get(loose(text[end]!));
          end++;
          if (node?.id !== undefined && !isWordChar(text[end]))
            best = { id: node.id, start: position, end };
        }
        if (best && !(skip && skip[0] < best.end)) {
          mentions.push(best);
          position = best.end;
        } else position++;
      }
      return mentions;
    },
  };
}

/**
 * The first mention of each entity in a text, in reading order: what the
 * entity index needs of an article. Computed once per article by the content
 * loader and stored with it, so the index never scans a text again.
 */
export function firstMentions(
  matcher: MentionMatcher,
  text: string,
  skips: readonly Skip[],
): Mention[] {
  const seen = new Set<string>();
  return matcher
    .find(text, [...skips, ...urlSkips(text)])
    .filter((mention) => !seen.has(mention.id) && Boolean(seen.add(mention.id)));
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/g;

/** Ranges of bare URLs in a text, which never contain mentions. */
export function urlSkips(text: string): Skip[] {
  return [...text.matchAll(URL_LIKE)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;

/** The sentence of `text` around [start, end), on one line, at most ~300 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const line = text.slice(lineStart, lineEnd);
  let sentenceStart = 0;
  let sentenceEnd = line.length;
  for (const match of line.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start - lineStart) sentenceStart = boundary;
    else if (match.index >= end - lineStart - 1) {
      sentenceEnd = match.index + match[0].trimEnd().length;
      break;
    }
  }
  const sentence = line.slice(sentenceStart, sentenceEnd).trim();
  return sentence.length > 320 ? `${sentence.slice(0, 317)}…` : sentence;
}
