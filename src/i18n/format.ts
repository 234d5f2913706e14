/**
 * Numbers and dates in each language of the site. Dates go through date-fns
 * locales ("21 septanm 2024", "juillet 2023"): Node's Intl has no Haitian
 * Creole and would silently answer in English. Numbers use Intl, with French
 * conventions for Haitian Creole ("1 000", "33 %"), as Haitian print does.
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import type { Locale } from 'date-fns/locale';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { ht } from 'date-fns/locale/ht';
import { parsePartialDate, type PartialDate, type Precision } from '@/schemas/dates.ts';
import type { Language } from '@/schemas/fields.ts';

/** How one language writes numbers and dates. */
export interface Formatter {
  /** At the stated precision: "2023", "July 2023" / "juillet 2023" / "jiyè 2023", "21 September 2024". */
  readonly partialDate: (date: PartialDate | string) => string;
  /** A full YYYY-MM-DD date: "23 September 2024". */
  readonly fullDate: (date: string) => string;
  /** "As of" a partial date, with the preposition its precision takes: "as of July 2023", "au 21 septembre 2024", "en juillet 2023". */
  readonly asOf: (date: PartialDate | string) => string;
  /** A date that is when an article reported a fact, not when it held ("reported by September 2024"). */
  readonly reportedBy: (date: PartialDate | string) => string;
  /** A time-axis tick (UTC): the year in January, else the short month and year: "Jul 2023", "juil. 2023". */
  readonly tick: (date: Date) => string;
  /** "1,000" / "1 000". */
  readonly number: (value: number) => string;
  /** "1,000", or "about 400" when the source hedges the figure. */
  readonly count: (value: number, approximate?: boolean) => string;
  /** A hedged value: "about USD 100,000,000". */
  readonly about: (value: string) => string;
  /** "USD 85,300,000": exact, with the ISO code so currencies never blur together. */
  readonly money: (amount: number, currency: string) => string;
  /** "USD 85.3M": short, for cards and chart axes. */
  readonly moneyShort: (amount: number, currency: string) => string;
  /** "62%" / "62 %". */
  readonly share: (share: number) => string;
  /** A label and what it labels, punctuated as the language does: "Kenya: 400" / "Kenya\u00a0: 400". */
  readonly labelled: (label: string, value: string) => string;
  /** Clauses joined by semicolons: "count was 400; date was June 2024" / "…400\u00a0; la date…". */
  readonly clauses: (parts: readonly string[]) => string;
  /** Words quoted verbatim: “…” in English, « … » (no-break spaces inside) in French and Haitian Creole, as their catalogues write. */
  readonly quoted: (text: string) => string;
}

const DATE_LOCALES: Record<Language, Locale> = { en: enUS, fr, ht };
/** Intl knows no Haitian Creole: its numbers follow French usage. */
const NUMBER_LOCALES: Record<Language, string> = { en: 'en', fr: 'fr', ht: 'fr' };
const PATTERNS: Record<Language, Record<Precision, string>> = {
  en: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' },
  fr: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' },
  ht: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' },
};

/** How each language punctuates a label and a quotation (French: a no-break space before the colon; French and Creole: guillemets). */
const PUNCTUATION: Record<
  Language,
  { colon: string; semicolon: string; open: string; close: string }
> = {
  en: { colon: ': ', semicolon: '; ', open: '\u201c', close: '\u201d' },
  fr: { colon: '\u00a0: ', semicolon: '\u00a0; ', open: '\u00ab\u00a0', close: '\u00a0\u00bb' },
  ht: { colon: ': ', semicolon: '; ', open: '\u00ab\u00a0', close: '\u00a0\u00bb' },
};

/** How each language says "as of" a date of each precision. */
const AS_OF: Record<Language, Record<Precision, (date: string) => string>> = {
  en: { year: (d) => `as of ${d}`, month: (d) => `as of ${d}`, day: (d) => `as of ${d}` },
  fr: { year: (d) => `en ${d}`, month: (d) => `en ${d}`, day: (d) => `au ${d}` },
  ht: { year: (d) => `an ${d}`, month: (d) => `nan ${d}`, day: (d) => `nan ${d}` },
};

/** How each language says that a figure was reported by a date (content contract, `date_basis: reported`). */
const REPORTED_BY: Record<Language, Record<Precision, (date: string) => string>> = {
  en: {
    year: (d) => `reported by ${d}`,
    month: (d) => `reported by ${d}`,
    day: (d) => `reported by ${d}`,
  },
  fr: {
    year: (d) => `rapporté en ${d}`,
    month: (d) => `rapporté en ${d}`,
    day: (d) => `rapporté le ${d}`,
  },
  ht: { year: (d) => `rapòte an ${d}`, month: (d) => `rapòte nan ${d}`, day: (d) => `rapòte ${d}` },
};

export function makeFormatter(lang: Language, about: (count: string) => string): Formatter {
  const locale = DATE_LOCALES[lang];
  const numberLocale = NUMBER_LOCALES[lang];
  const integer = new Intl.NumberFormat(numberLocale);
  const percent = new Intl.NumberFormat(numberLocale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const formatDate = (value: PartialDate): string => {
    // Local-time Date on purpose: only the calendar fields matter, so no time zone can shift the day.
    const calendar = new Date(value.year, (value.month ?? 1) - 1, value.day ?? 1);
    if (!isValid(calendar)) throw new Error(`Cannot format "${value.text}"`);
    // French writes the first of the month "1er", Haitian Creole "1ye".
    if (lang === 'fr' && value.precision === 'day' && value.day === 1)
      return `1er ${format(calendar, 'MMMM yyyy', { locale })}`;
    if (lang === 'ht' && value.precision === 'day' && value.day === 1)
      return `1ye ${format(calendar, 'MMMM yyyy', { locale })}`;
    return format(calendar, PATTERNS[lang][value.precision], { locale });
  };
  // A site shows the same few thousand dates on many pages: each is formatted once per language.
  const dates = new Map<string, string>();
  const partialDate = (date: PartialDate | string): string => {
    const key = typeof date === 'string' ? date : date.text;
    let text = dates.get(key);
    if (text === undefined) {
      const value = typeof date === 'string' ? parsePartialDate(date) : date;
      if (!value)
        throw new Error(
          `Not a partial date: "${String(date)}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
        );
      dates.set(key, (text = formatDate(value)));
    }
    return text;
  };
  // Intl is slow to build a currency formatter: one per currency and style.
  const currencyFormats = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (currency: string, compact: boolean): Intl.NumberFormat => {
    const key = `${currency} ${compact}`;
    let made = currencyFormats.get(key);
    if (!made) {
      const shape = compact
        ? ({ notation: 'compact', maximumFractionDigits: 1 } as const)
        : { maximumFractionDigits: 2, minimumFractionDigits: 0 };
      currencyFormats.set(
        key,
        (made = new Intl.NumberFormat(numberLocale, {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          ...shape,
        })),
      );
    }
    return made;
  };
  const asOf = (date: PartialDate | string): string => {
    const value = typeof date === 'string' ? parsePartialDate(date) : date;
    if (!value) throw new Error(`Not a partial date: "${String(date)}"`);
    return AS_OF[lang][value.precision](partialDate(value));
  };
  const reportedBy = (date: PartialDate | string): string => {
    const value = typeof date === 'string' ? parsePartialDate(date) : date;
    if (!value) throw new Error(`Not a partial date: "${String(date)}"`);
    return REPORTED_BY[lang][value.precision](partialDate(value));
  };
  return {
    partialDate,
    fullDate: partialDate,
    asOf,
    reportedBy,
    tick: (date) =>
      date.getUTCMonth() === 0
        ? String(date.getUTCFullYear())
        : format(new Date(date.getUTCFullYear(), date.getUTCMonth(), 1), 'MMM yyyy', { locale }),
    number: (value) => integer.format(value),
    count: (value, approximate = false) =>
      approximate ? about(integer.format(value)) : integer.format(value),
    about,
    money: (amount, currency) => currencyFormat(currency, false).format(amount),
    moneyShort: (amount, currency) => currencyFormat(currency, true).format(amount),
    share: (share) => percent.format(share),
    labelled: (label, value) => `${label}${PUNCTUATION[lang].colon}${value}`,
    clauses: (parts) => parts.join(PUNCTUATION[lang].semicolon),
    quoted: (text) => `${PUNCTUATION[lang].open}${text}${PUNCTUATION[lang].close}`,
  };
}
