/** The /entities/ listing: entities grouped by kind, most mentioned first. */
import { ENTITY_KINDS, type EntityKind } from '@/schemas/entity.ts';

export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly mentions: number;
}

export interface DirectoryGroup {
  readonly kind: EntityKind;
  readonly entries: readonly DirectoryEntry[];
}

/** Groups in the contract's kind order; empty kinds are left out. */
export function entityDirectory(
  entities: readonly {
    id: string;
    data: { name: string; kind: EntityKind; description?: string };
  }[],
  mentionCount: (id: string) => number,
): DirectoryGroup[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const entries = entities
      .filter((entity) => entity.data.kind === kind)
      .map((entity) => ({
        id: entity.id,
        name: entity.data.name,
        description: entity.data.description,
        mentions: mentionCount(entity.id),
      }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
    return entries.length > 0 ? [{ kind, entries }] : [];
  });
}
