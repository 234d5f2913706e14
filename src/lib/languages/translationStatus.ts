/**
 * What each language still lacks: keys of the interface catalogue, and
 * content (article titles and summaries, event titles, entity descriptions)
 * with no translation. `npm run check` reports missing keys; the
 * /translations/ page lists both for translators.
 */

/** Every key path of a catalogue, such as `nav.articles` or `format.partialDate`. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** Keys the reference catalogue has and the other lacks, or has with a different kind of value (text against a function). */
export function missingKeys(reference: unknown, other: unknown): string[] {
  const kindAt = (root: unknown, path: string): string => {
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
        root,
      );
    return value === undefined ? 'missing' : typeof value;
  };
  return keyPaths(reference).filter((path) => kindAt(other, path) !== kindAt(reference, path));
}

/** A piece of content that has no translation into a language. */
export interface Untranslated {
  readonly kind:
    'article title' | 'article summary' | 'event title' | 'entity name' | 'entity description';
  /** Where it is: the article's slug or the entity's id. */
  readonly id: string;
  readonly file: string;
  /** The text to translate. */
  readonly text: string;
}

interface ArticleLike {
  readonly slug: string;
  readonly file: string;
  readonly data: {
    readonly lang: string;
    readonly title: string;
    readonly summary?: string;
    readonly translations: Readonly<
      Partial<Record<string, { readonly title?: string; readonly summary?: string } | undefined>>
    >;
    readonly events: readonly {
      readonly title: string;
      readonly translations: Readonly<
        Partial<Record<string, { readonly title?: string } | undefined>>
      >;
    }[];
  };
}

interface EntityLike {
  readonly id: string;
  readonly file: string;
  readonly data: {
    readonly name: string;
    readonly description?: string;
    readonly translations: Readonly<
      Partial<Record<string, { readonly name?: string; readonly description?: string } | undefined>>
    >;
  };
}

/** Content not yet translated into `lang` (entity files are written in English). */
export function untranslatedContent(
  lang: string,
  articles: readonly ArticleLike[],
  entities: readonly EntityLike[],
): Untranslated[] {
  const found: Untranslated[] = [];
  for (const { slug, file, data } of articles) {
    if (data.lang === lang) continue;
    const translation = data.translations[lang];
    if (!translation?.title)
      found.push({ kind: 'article title', id: slug, file, text: data.title });
    if (data.summary && !translation?.summary)
      found.push({ kind: 'article summary', id: slug, file, text: data.summary });
    for (const event of data.events)
      if (!event.translations[lang]?.title)
        found.push({ kind: 'event title', id: slug, file, text: event.title });
  }
  if (lang !== 'en') {
    for (const { id, file, data } of entities) {
      if (data.description && !data.translations[lang]?.description)
        found.push({ kind: 'entity description', id, file, text: data.description });
    }
  }
  return found;
}
