/**
 * The three editions: each language's catalogue, and what a page or component
 * needs to speak one (its words, its formatting, its links). Pages and components
 * read `Astro.locals.edition` (src/middleware.ts): the language comes from the page
 * (an article page sets `Astro.locals.lang` to the article's language) or from its
 * URL (/fr/, /ht/).
 */
import { LANGUAGES, type Language } from '@/schemas/fields.ts';
import { en, type Catalogue } from './en.ts';
import { fr } from './fr.ts';
import { ht } from './ht.ts';

export { LANGUAGES, type Language, type Catalogue };

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, ht };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The editions the site is built in: every language, unless SITE_LANGUAGES lists fewer ("en" builds
 * the English site alone, as the benchmark does to measure what the editions cost). English is always built.
 */
export const EDITIONS: readonly Language[] = editionsFrom(process.env.SITE_LANGUAGES);

function editionsFrom(setting: string | undefined): Language[] {
  const wanted = setting
    ?.split(',')
    .map((code) => code.trim())
    .filter(isLanguage);
  return LANGUAGES.filter(
    (lang) => lang === 'en' || !wanted || wanted.length === 0 || wanted.includes(lang),
  );
}

/**
 * `getStaticPaths` entries for a page that exists in every edition: `lang` is undefined for English
 * (at the root). A new array per call: Astro keys each route's paths on the array it gets back.
 */
export const editionPaths = (): { params: { lang: Language | undefined } }[] =>
  EDITIONS.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang } }));
