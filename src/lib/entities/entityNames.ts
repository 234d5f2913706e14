/** The spellings that count as a mention of an entity: its name and aliases. */
import type { EntityData } from '@/schemas/entity.ts';
import type { MentionTarget } from './mentions.ts';

/** Mention targets of all entities, in id order. */
export function mentionTargets(
  entities: readonly {
    id: string;
    data: Pick<EntityData, 'name' | 'aliases'> & Partial<Pick<EntityData, 'translations'>>;
  }[],
): MentionTarget[] {
  // Names and aliases in every language count, so mentions are found in articles of any language.
  const translated = (data: Partial<Pick<EntityData, 'translations'>>): string[] =>
    Object.values(data.translations ?? {}).flatMap((fields) => [
      ...(fields?.name ? [fields.name] : []),
      ...(fields?.aliases ?? []),
    ]);
  return entities
    .map((entity) => ({
      id: entity.id,
      names: [...new Set([entity.data.name, ...entity.data.aliases, ...translated(entity.data)])],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A short fingerprint of every entity's spellings. The mention-links plugin
 * carries it so that Astro, which hashes its config to decide whether cached
 * renders are stale, re-renders every article when a name or alias changes.
 */
export function mentionDigest(targets: readonly MentionTarget[]): string {
  // FNV-1a over the JSON: enough to notice any change; no security needed.
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(targets)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
