/**
 * The languages of the site and of content: English, French, Haitian Creole. The one list: the
 * schemas, Astro's configuration, the editions and the search index read it. Adding a language
 * starts here (CONTRIBUTING, "Adding a language").
 */
export const LANGUAGES = ['en', 'fr', 'ht'] as const;
export type Language = (typeof LANGUAGES)[number];
