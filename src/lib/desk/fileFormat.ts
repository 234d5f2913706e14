/**
 * Content files in the form the desk writes them: Decap CMS's own frontmatter
 * formatter (YAML through the `yaml` package it bundles, top-level fields in
 * the schema's order), so that a file saved from the desk changes only in the
 * fields the editor changed. `npm run format:content` rewrites files this way.
 */
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';

const formatter = frontmatterYAML();

/** The text the desk would write for this file, unchanged; `fieldOrder` is the collection's field names. */
export function deskFormat(source: string, fieldOrder: readonly string[]): string {
  const written = formatter.toFile(formatter.fromFile(source), [...fieldOrder]);
  return written.endsWith('\n') ? written : `${written}\n`;
}
