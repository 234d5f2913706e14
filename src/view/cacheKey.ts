/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is not rendered again, its previous output is restored.
 * A key must therefore cover everything the page shows that does not come from code or
 * configuration: its view model, the names of the entities it links to (which the model reaches
 * through functions), and the editions the site is built in (the language switcher). A key that
 * misses an input shows a stale page; one that covers too much only renders more.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from '@/build/siteData.ts';
import type { Language } from '@/i18n/index.ts';
import { EDITIONS } from '@/site.config.ts';

/** Bumped when what a key covers changes, so every page is rendered again once. */
const KEY_VERSION = 1;

/** An article or entity of the site data: its content entry's digest covers all it derives from its file. */
interface WithEntry {
  readonly slug?: string;
  readonly id?: string;
  readonly entry: { readonly digest?: string };
}
const hasEntry = (value: object): value is WithEntry =>
  'entry' in value && typeof (value as WithEntry).entry?.digest === 'string';

/** The languages built: a page's links and alternates depend on them. */
const BUILT = EDITIONS.map(({ lang }) => lang);

/**
 * A digest of what a page shows. Functions are left out (what they return is covered by the
 * names digest). An article or entity is stood for by its id and its entry's digest: the loader
 * digests each file with the names of every entity (what its mention links say), so the digest
 * covers every field derived from the file.
 */
export function cacheKeyOf(...shown: unknown[]): string {
  const json = JSON.stringify([KEY_VERSION, BUILT, shown], (_key, value: unknown) => {
    if (value && typeof value === 'object' && hasEntry(value))
      return [value.slug ?? value.id, value.entry.digest];
    if (value instanceof Map) return [...value];
    if (value instanceof Set) return [...value];
    return value;
  });
  return createHash('sha256').update(json).digest('base64url').slice(0, 32);
}

const namesDigests = new WeakMap<SiteData, Map<Language, string>>();

/** A digest of every entity's name in one language and whether it has a page: what links and lists show. */
export function namesDigest(site: SiteData, lang: Language): string {
  let digests = namesDigests.get(site);
  if (!digests) namesDigests.set(site, (digests = new Map()));
  let digest = digests.get(lang);
  if (digest === undefined) {
    const nameOf = site.namesIn(lang);
    const names = [...site.entities.keys()].map((id) => [id, nameOf(id)]);
    digests.set(lang, (digest = cacheKeyOf(names)));
  }
  return digest;
}
