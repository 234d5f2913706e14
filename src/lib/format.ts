/** Number and date formatting shared by pages, feeds and downloads. */
// The subpath: the package index would make Node load and link all of date-fns (~0.5 s per build).
import { format } from 'date-fns/format';

const integer = new Intl.NumberFormat('en');

/** "1,000", or "about 400" when the source hedges the figure. */
export function formatCount(count: number, approximate = false): string {
  return approximate ? `about ${integer.format(count)}` : integer.format(count);
}

/** "23 September 2024" from a full YYYY-MM-DD date. */
export function formatFullDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1), 'd MMMM yyyy');
}

/** "62%" */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "USD 85,300,000": exact, with the ISO code so currencies never blur together. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(amount);
}

/** "USD 85.3M": short, for cards and chart axes. */
export function formatMoneyShort(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'code', notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

/** The suggested citation of a page's data: site, page title, as-of date, address. */
export function citationText(site: string, pageTitle: string, url: string, lastUpdated?: string): string {
  return `${site}, “${pageTitle}”${lastUpdated ? `, data as of ${formatFullDate(lastUpdated)}` : ''}, ${url}. Figures as reported by the cited articles.`;
}
