/** Names of people, places and organisations in a text, found with compromise (for entities the site lacks). */
import nlp from 'compromise';
import type { NameFinder } from './draft.ts';

/** Finds people, places and organisations; names of one lowercase word or shorter than three letters are left out. */
export const findNames: NameFinder = (text) => {
  const doc = nlp(text);
  const clean = (name: string): string =>
    name
      .replace(/[’']s$/, '')
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[.,;:!?"“”()]+$/g, '')
      .trim();
  const found: { name: string; kind: 'person' | 'place' | 'organization' }[] = [];
  for (const [kind, names] of [
    ['person', doc.people().out('array') as string[]],
    ['place', doc.places().out('array') as string[]],
    ['organization', doc.organizations().out('array') as string[]],
  ] as const) {
    for (const raw of names) {
      const name = clean(raw);
      if (name.length >= 3 && /^[A-Z]/.test(name)) found.push({ name, kind });
    }
  }
  return found;
};
