/**
 * `npm run format:content`: rewrites content files in the form the editor's
 * desk writes them (src/lib/desk/fileFormat.ts), so a file later saved from
 * the desk changes only where the editor changed it. Data never changes: a file
 * whose fields would read differently is left alone and named.
 *
 *   npm run format:content                 # every file of the content folder
 *   npm run format:content -- --check      # list files not in that form, exit 1 if any
 *   npm run format:content -- content/articles/x.md
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import { deskFieldOrder } from '@/lib/desk/index.ts';
import { deskFormat } from '@/lib/desk/fileFormat.ts';
import { readContentFiles } from '@/build/loaders/contentFiles.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = new Set(args.filter((arg) => !arg.startsWith('-')));
const files = readContentFiles();
let changed = 0;
for (const [kind, list] of [
  ['articles', files.articles],
  ['entities', files.entities],
] as const) {
  for (const file of list) {
    if (named.size > 0 && !named.has(file.path)) continue;
    const formatted = deskFormat(file.source, deskFieldOrder(kind));
    if (formatted === file.source) continue;
    const before = parseContentFile(file.path, file.source);
    const after = parseContentFile(file.path, formatted);
    if (
      Array.isArray(before) ||
      Array.isArray(after) ||
      !isDeepStrictEqual(before.data, after.data) ||
      before.body !== after.body
    ) {
      console.error(
        `${file.path}: left as it is (its fields would not read the same once reformatted; run npm run check)`,
      );
      process.exitCode = 1;
      continue;
    }
    changed++;
    if (check) console.log(`${file.path}: not in the desk's format`);
    else writeFileSync(file.path, formatted);
  }
}
console.log(
  check
    ? `${changed} file${changed === 1 ? '' : 's'} not in the desk's format.`
    : `${changed} file${changed === 1 ? '' : 's'} reformatted.`,
);
if (check && changed > 0) process.exitCode = 1;
