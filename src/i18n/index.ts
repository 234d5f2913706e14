/**
 * The three editions: each language's catalogue, and what a page or component
 * needs to speak one (its words, its formatting, its links). Pages and components
 * read `Astro.locals.edition` (src/middleware.ts): the language comes from the page
 * (an article page sets `Astro.locals.lang` to the article's language) or from its
 * URL (/fr/, /ht/).
 */
import { LANGUAGES, type Language } from '@/schemas/languages.ts';
import { en, type Catalogue } from './en.ts';
import { fr } from './fr.ts';
import { ht } from './ht.ts';

export { LANGUAGES, type Language, type Catalogue };

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, ht };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
