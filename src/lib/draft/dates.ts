/**
 * Dates in news English, resolved with chrono-node against the article's
 * publication date, at the precision the words give ("in June 2024" is a
 * month; "on Saturday" a day, worked out, so inferred; "in 2021" a year).
 */
import * as chrono from 'chrono-node';

/** A date the text gives, as a contract partial date. */
export interface FoundDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  /** The words, verbatim. */
  readonly words: string;
  readonly start: number;
  readonly end: number;
  /** Worked out from words relative to the publication date ("on Saturday", "a week ago"): the editors' reading. */
  readonly relative: boolean;
  /** "since June 2024": the start of a state, not the date of the fact the sentence reports. */
  readonly since: boolean;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const FUTURE =
  /\b(?:will|shall|to be|set to|expected to|plans? to|next|coming|upcoming|later this)\b/i;
const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * Every date in a sentence. `published` is the article's YYYY-MM-DD date. A weekday or a month
 * without a year is placed in the past of the publication date unless the sentence speaks of the
 * future ("will", "next", "coming").
 */
export function findDates(sentence: string, published: string): FoundDate[] {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(year, month - 1, day, 12));
  const future = FUTURE.test(sentence);
  const found: FoundDate[] = [];
  for (const result of chrono.parse(
    sentence,
    { instant: reference, timezone: 0 },
    { forwardDate: false },
  )) {
    const start = result.start;
    const words = result.text;
    if (/^(?:now|currently|right now|at present)$/i.test(words.trim())) continue;
    // "100 days after the contingent left": a span from another event, not from the publication date.
    if (
      /\b(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|into)\b/i.test(words) &&
      !/\bago\b/i.test(words)
    )
      continue;
    // "now" is not a date; times of day alone ("Tuesday evening" is kept by its weekday) and durations are not dates.
    if (
      !start.isCertain('year') &&
      !start.isCertain('month') &&
      !start.isCertain('day') &&
      !WEEKDAY.test(words) &&
      !/\b(?:ago|last|next|yesterday|today|tomorrow|week|month|year)\b/i.test(words)
    )
      continue;
    let date = start.date();
    const relative = !MONTH_NAME.test(words) && !/\b\d{4}\b/.test(words);
    // A weekday or a month without a year: the last one before publication, unless the text looks ahead.
    if (!start.isCertain('year') && date.getTime() > reference.getTime() && !future) {
      date =
        WEEKDAY.test(words) && !start.isCertain('month')
          ? new Date(date.getTime() - 7 * 86_400_000)
          : new Date(
              Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12),
            );
    }
    const vague =
      /\bweeks?\b|\bmonths?\b/i.test(words) &&
      /\bago\b|\blast\b|\bnext\b|\bthis\b|\bcoming\b/i.test(words);
    const precision: FoundDate['precision'] =
      /\byears?\b/i.test(words) && relative
        ? 'year'
        : vague
          ? 'month'
          : start.isCertain('day') ||
              WEEKDAY.test(words) ||
              /\b(?:yesterday|today|tomorrow|days? ago)\b/i.test(words)
            ? 'day'
            : start.isCertain('month') || /\bmonth\b/i.test(words)
              ? 'month'
              : 'year';
    const text =
      precision === 'year'
        ? `${date.getUTCFullYear()}`
        : precision === 'month'
          ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`
          : `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    found.push({
      date: text,
      precision,
      words,
      start: result.index,
      end: result.index + words.length,
      relative,
      since: /\bsince\s*$/i.test(sentence.slice(0, result.index)),
    });
  }
  /** A date worked out from words relative to publication, unless a date already found covers them. */
  const addRelative = (match: RegExpExecArray, date: string, precision: 'month' | 'day'): void => {
    const end = match.index + match[0].length;
    if (found.some((one) => match.index < one.end && end > one.start)) return;
    found.push({
      date,
      precision,
      words: match[0],
      start: match.index,
      end,
      relative: true,
      since: false,
    });
  };
  // "The visit comes just days before…", "…came a week after…": the news itself is dated by the story, to the month.
  for (const match of sentence.matchAll(
    /\b(?:comes?|came|coming|follows?|followed|arrives?|arrived)\s+(?:just\s+|only\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+|a\s+)?(?:days?|week|weeks)\s+(?:before|after)\b/gi,
  ))
    addRelative(match, published.slice(0, 7), 'month');
  // "over the weekend": the Saturday before publication, worked out (chrono has no weekend).
  for (const match of sentence.matchAll(
    /\b(?:over|during|at|on) the weekend\b|\b(?:this|last) weekend\b/gi,
  )) {
    const saturday = new Date(
      reference.getTime() - ((reference.getUTCDay() + 1) % 7 || 7) * 86_400_000,
    );
    addRelative(
      match,
      `${saturday.getUTCFullYear()}-${pad(saturday.getUTCMonth() + 1)}-${pad(saturday.getUTCDate())}`,
      'day',
    );
  }
  // A bare year chrono leaves alone: "in 2021", "since 2004", "by 2025".
  for (const match of sentence.matchAll(
    /\b(in|since|by|from|of|until|through|during|early|late|mid-?)\s+((?:19|20)\d{2})\b(?![-/]\d)/gi,
  )) {
    const at = match.index + match[0].length - match[2]!.length;
    if (found.some((date) => at >= date.start && at < date.end)) continue;
    found.push({
      date: match[2]!,
      precision: 'year',
      words: match[0],
      start: match.index,
      end: match.index + match[0].length,
      relative: false,
      since: match[1]!.toLowerCase() === 'since',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The month a text reports from: its publication date at month precision. */
export const reportMonth = (published: string): string => published.slice(0, 7);
