/** The spellings that count as a mention of an entity: its name and aliases. */
import type { EntityData } from '../schemas/entity.ts';
import type { MentionTarget } from './mentions.ts';

/** Mention targets of all entities, in id order. */
export function mentionTargets(entities: readonly { id: string; data: Pick<EntityData, 'name' | 'aliases'> }[]): MentionTarget[] {
  return entities
    .map((entity) => ({ id: entity.id, names: [entity.data.name, ...entity.data.aliases] }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
