/**
 * Content in the reader's language: a title, summary, name or description in
 * the language of the edition when the editors translated it, else the
 * original, marked with its language so the page can say "not yet
 * translated" (never an empty string).
 */
import { frenchTypography } from '@/i18n/typography.ts';

/** A piece of content as an edition shows it. */
export interface Localized {
  readonly text: string;
  /** The language `text` is in. */
  readonly lang: string;
  /** True when the edition's language was asked for and the original is shown instead. */
  readonly untranslated: boolean;
}

type Translations<F extends string> =
  Readonly<Partial<Record<string, Readonly<Partial<Record<F, unknown>>> | undefined>>> | undefined;

/** One field in `lang`: the translation if there is one, else the original in its own language. */
export function localize<F extends string>(
  original: string,
  originalLang: string,
  translations: Translations<F>,
  field: F,
  lang: string,
): Localized {
  if (lang === originalLang) return typeset({ text: original, lang, untranslated: false });
  const translated = translations?.[lang]?.[field];
  return typeset(
    typeof translated === 'string' && translated.trim() !== ''
      ? { text: translated, lang, untranslated: false }
      : { text: original, lang: originalLang, untranslated: true },
  );
}

/** French content gets the interface's French typography (editors type ordinary spaces). */
function typeset(shown: Localized): Localized {
  return shown.lang === 'fr' ? { ...shown, text: frenchTypography(shown.text) } : shown;
}

/** A merged event's title in `lang` (titles from every source and their translations). */
export function eventTitle(
  event: {
    readonly title: string;
    readonly lang: string;
    readonly titles: Readonly<Record<string, string>>;
  },
  lang: string,
): Localized {
  const translated = event.titles[lang];
  return typeset(
    translated
      ? { text: translated, lang, untranslated: false }
      : { text: event.title, lang: event.lang, untranslated: true },
  );
}
