/**
 * English number and citation formatting for what the site writes once, in
 * English: downloads, the data package, structured data. Pages write in their
 * edition's language through its catalogue (src/i18n/), whose formatter this is.
 */
import { en } from '@/i18n/en.ts';

/** "USD 85,300,000": exact, with the ISO code so currencies never blur together. */
export const formatMoney = en.format.money;

/** "USD 85.3M": short, for cards and chart axes. */
export const formatMoneyShort = en.format.moneyShort;

/** The suggested citation of a page's data: site, page title, as-of date, address. */
export const citationText = en.citation;
