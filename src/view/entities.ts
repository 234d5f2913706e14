/** /entities/: every entity by kind, most mentioned first, named and described in the page's language. */
import type { SiteData } from '@/build/siteData.ts';
import { entityDirectory } from '@/lib/entities/entityDirectory.ts';
import { localize, type Localized } from '@/lib/languages/translations.ts';
import type { Edition } from '@/site.config.ts';

/** The directory's groups, one per kind. */
export type EntitiesView = ReturnType<typeof entitiesView>;

export function entitiesView(site: SiteData, { lang }: Pick<Edition, 'lang'>) {
  const nameOf = site.namesIn(lang);
  const localized = [...site.entities.values()].map((entity) => ({
    id: entity.id,
    data: { ...entity.data, name: nameOf(entity.id) },
  }));
  // Descriptions not yet translated are shown as written (in English), marked so.
  const descriptionOf = (id: string): Localized | undefined => {
    const data = site.entities.get(id)?.data;
    return data?.description
      ? localize(data.description, 'en', data.translations, 'description', lang)
      : undefined;
  };
  return entityDirectory(localized, site.entityIndex.mentionCount).map((group) => ({
    ...group,
    entries: group.entries.map((entry) => ({ ...entry, description: descriptionOf(entry.id) })),
  }));
}
