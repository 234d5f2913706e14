/**
 * The drafter's knowledge: the site's entity files (names and aliases), and
 * every country's names and English demonyms from the world-countries data
 * set ("Kenyan" → `kenya`, "Salvadoran" → `el-salvador`).
 */
import countries from 'world-countries';
import { slugify } from '@/lib/markdown/slugify.ts';
import type { Knowledge } from './draft.ts';

/** Builds the knowledge from the entities (id, kind, name, aliases). */
export function makeKnowledge(
  entities: readonly { id: string; kind: string; name: string; aliases?: readonly string[] }[],
): Knowledge {
  const countryIds = new Map<string, string>();
  const byName = new Map(
    entities
      .filter((entity) => entity.kind === 'country')
      .map((entity) => [entity.name.toLowerCase(), entity.id]),
  );
  for (const country of countries) {
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter((spelling) => spelling.length > 3),
    ];
    const id =
      names.map((name) => byName.get(name.toLowerCase())).find(Boolean) ??
      slugify(country.name.common);
    for (const name of [...names, country.demonyms?.eng?.m, country.demonyms?.eng?.f])
      if (name && /^[A-Z]/.test(name)) countryIds.set(name, id);
  }
  return {
    entities: entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      names: [entity.name, ...(entity.aliases ?? [])],
    })),
    countries: countryIds,
  };
}
