/**
 * Reading news English for the drafter: sentences as verbatim spans of the
 * source, and numbers as written ("400", "1,000", "two dozen", "$2.5 million").
 * Pure functions over text; no knowledge of Haiti or of any one story.
 */

/** A span of the source text, verbatim. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm sen rep gov pres st jr sr no vs etc inc ltd corp co dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e'.split(
    ' ',
  ),
);

/**
 * Splits text into sentences, each an exact substring of the input (so it can be a contract
 * `quote`): a sentence ends at . ! ? (and any closing quote or bracket) followed by white space and
 * a capital letter, a digit or an opening quote, except after a known abbreviation or an initial;
 * a line break always ends one (headlines and datelines stand alone).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  const boundary = /([.!?]["'”’)\]]*)(\s+)(?=["'“‘(]?[A-Z0-9])|\n+/g;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    if (match[0].startsWith('\n')) {
      push(at);
      start = at + match[0].length;
      continue;
    }
    const before = text.slice(start, at);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    // "U.S." / "Gen." / "J." are not sentence ends.
    if (
      match[1] === '.' &&
      (ABBREVIATIONS.has(word) ||
        ABBREVIATIONS.has(word.replace(/\.$/, '')) ||
        /^[a-z]$/.test(word) ||
        /^([a-z]\.)+[a-z]?$/.test(word))
    )
      continue;
    push(at + match[1]!.length);
    start = at + match[1]!.length + match[2]!.length;
  }
  push(text.length);
  return spans;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  m: 1_000_000,
  bn: 1_000_000_000,
  k: 1_000,
};

/** A number as written in the text. */
export interface NumberMention extends Span {
  readonly value: number;
}

const WORD = `(?:${Object.keys(UNITS).join('|')})`;
const NUMBER_PATTERN = new RegExp(
  [
    // 1,000 · 2.5 million · 400 · 13bn
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s*(?:million|billion|thousand|bn|m)\b)?`,
    String.raw`\d+(?:\.\d+)?(?:\s*(?:million|billion|thousand|hundred|bn|m|k)\b)?`,
    // two dozen · a dozen · twenty-four · two hundred · three thousand
    String.raw`\b(?:a|one|two|three|four|five|six|several)\s+dozen\b`,
    String.raw`\b${WORD}(?:[-\s]${WORD})?(?:\s+(?:hundred|thousand|million|billion))?\b`,
  ].join('|'),
  'gi',
);

/** Reads every number of a text: digits (with separators and scales) and number words. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = numberValue(match[0]);
    if (value === undefined) continue;
    // A year is not a count ("in 2024"), nor is a day of the month ("June 20").
    if (/^\d{4}$/.test(match[0]) && value >= 1900 && value <= 2100) continue;
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

/** The value of one number expression, or undefined when it is not one. */
export function numberValue(expression: string): number | undefined {
  const words = expression
    .toLowerCase()
    .replace(/,/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.at(-1) === 'dozen') {
    const count = words[0] === 'a' ? 1 : words[0] === 'several' ? 3 : UNITS[words[0]!];
    return count === undefined ? undefined : count * 12;
  }
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (/^\d+(\.\d+)?$/.test(word)) current += Number(word);
    else if (/^\d+(\.\d+)?(bn|m|k)$/.test(word))
      current += Number(word.replace(/[a-z]+$/, '')) * SCALES[word.replace(/^[\d.]+/, '')]!;
    else if (UNITS[word] !== undefined) current += UNITS[word]!;
    else if (SCALES[word] !== undefined) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return undefined;
  }
  const value = total + current;
  return value > 0 ? Math.round(value * 100) / 100 : undefined;
}

/** Words that make a figure approximate when they come just before it. */
const HEDGES =
  /\b(?:about|around|nearly|almost|some|approximately|roughly|an estimated|estimated|close to|more than|over|at least|up to|upwards of|just under|just over)\s*$/i;

/** True when the words just before a number hedge it ("nearly 400", "around two dozen"). */
export function isHedged(text: string, numberStart: number): boolean {
  return HEDGES.test(text.slice(Math.max(0, numberStart - 24), numberStart));
}
