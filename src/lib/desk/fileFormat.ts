/**
 * Content files in the form the desk writes them: Decap CMS's own frontmatter
 * formatter (YAML through the `yaml` package it bundles, top-level fields in
 * the schema's order), so that a file saved from the desk changes only in the
 * fields the editor changed. `npm run format:content` rewrites files this way.
 *
 * Decap holds an entry as an Immutable.js map, and a map of more than eight
 * keys iterates in the order of its keys' hashes, not as written: a figure
 * with ten fields comes back with `personnel` before `country`. The entry goes
 * through the same library (the version Decap uses) so the order is Decap's.
 */
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import { fromJS } from 'immutable';

const formatter = frontmatterYAML();

/** The text the desk would write for this file, unchanged; `fieldOrder` is the collection's field names. */
export function deskFormat(source: string, fieldOrder: readonly string[]): string {
  const entry = (fromJS(formatter.fromFile(source)) as { toJS(): Record<string, unknown> }).toJS();
  const written = formatter.toFile(entry, [...fieldOrder]);
  return written.endsWith('\n') ? written : `${written}\n`;
}
