/**
 * /translations/ (for translators): per language, the interface keys its catalogue lacks and the
 * content (titles, summaries, event titles, entity descriptions) not yet translated, with the file
 * to edit and the page that shows it.
 */
import type { SiteData } from '@/build/siteData.ts';
import { CATALOGUES, LANGUAGES, type Language } from '@/i18n/index.ts';
import {
  missingKeys,
  untranslatedContent,
  type Untranslated,
} from '@/lib/languages/translationStatus.ts';
import { paths } from '@/lib/routes.ts';

export interface LanguageStatus {
  readonly lang: Language;
  /** The language named in itself. */
  readonly name: string;
  readonly keys: readonly string[];
  readonly content: readonly (Untranslated & { readonly path: string })[];
}

/** What each language still lacks. */
export type TranslationsView = LanguageStatus[];

export function translationsView(site: SiteData): TranslationsView {
  const articles = site.articles.map((article) => ({
    slug: article.slug,
    file: article.entry.filePath ?? article.slug,
    data: article.data,
  }));
  const entities = [...site.entities.values()].map((entity) => ({
    id: entity.id,
    file: entity.entry.filePath ?? entity.id,
    data: entity.data,
  }));
  return LANGUAGES.map((lang) => ({
    lang,
    name: CATALOGUES[lang].languageName,
    keys: lang === 'en' ? [] : missingKeys(CATALOGUES.en, CATALOGUES[lang]),
    content: untranslatedContent(lang, articles, entities).map((item) => ({
      ...item,
      path: item.kind.startsWith('entity') ? paths.entity(item.id) : paths.article(item.id),
    })),
  }));
}
