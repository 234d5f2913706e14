import { describe, expect, it } from 'vitest';
import { mentionDigest, mentionTargets } from '@/lib/entities/entityNames.ts';

const entity = (id: string, name: string, aliases: string[] = []) => ({
  id,
  data: { name, aliases },
});

describe('mention targets and their digest', () => {
  it('lists every entity with its name and aliases, in id order', () => {
    expect(mentionTargets([entity('b', 'Bee', ['B']), entity('a', 'Aye')])).toEqual([
      { id: 'a', names: ['Aye'] },
      { id: 'b', names: ['Bee', 'B'] },
    ]);
  });

  // A new alias or entity must change the digest: it is what makes Astro
  // re-render every cached article so existing articles link the new spelling.
  it('changes when an alias or an entity is added, and only then', () => {
    const before = mentionDigest(mentionTargets([entity('kenya', 'Kenya')]));
    expect(mentionDigest(mentionTargets([entity('kenya', 'Kenya')]))).toBe(before);
    expect(
      mentionDigest(mentionTargets([entity('kenya', 'Kenya', ['Republic of Kenya'])])),
    ).not.toBe(before);
    expect(
      mentionDigest(mentionTargets([entity('kenya', 'Kenya'), entity('haiti', 'Haiti')])),
    ).not.toBe(before);
  });
});
