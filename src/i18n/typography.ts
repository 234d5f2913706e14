/**
 * French typography, for the catalogue's words and for content translated into French: a no-break
 * space before « : ; ? ! » and the closing guillemet and after the opening one, so no line starts
 * with a colon or a guillemet; a narrow no-break space between thousands ("1 000", "3 600"), as
 * Intl writes French numbers. Editors type ordinary spaces.
 */
const NO_BREAK = '\u00a0';
const NARROW_NO_BREAK = '\u202f';

export function frenchTypography(text: string): string {
  return text
    .replace(/ ([:;?!»])/g, `${NO_BREAK}$1`)
    .replace(/« /g, `«${NO_BREAK}`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NARROW_NO_BREAK}`);
}
