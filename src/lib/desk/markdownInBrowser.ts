/**
 * Sätteri's `markdownToMdast` for the desk's browser code, where Sätteri's WebAssembly build is not
 * loaded: remark (CommonMark), whose plain text tests/unit/plainText.test.ts shows to be the same
 * on a generated corpus. src/build/integrations/desk.ts points the browser bundle's `satteri` here; the
 * build and `npm run check` keep Sätteri.
 */
import type { Root } from 'mdast';
import { remark } from 'remark';

const parser = remark();

export function markdownToMdast(markdown: string): Root {
  return parser.parse(markdown);
}
