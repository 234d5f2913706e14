/**
 * `npm run check`: validates every content file against the contract and
 * prints all problems at once (exit 1 when any file is bad). Content only: the
 * type check of the code is `npm run typecheck`.
 *
 *   npm run check                                  # every file
 *   npm run check -- content/articles/my-story.md  # one file (or several), for a save-and-check loop
 *
 * With files named, only their problems are reported; the other files are read
 * for what those need (entity ids and kinds, slugs, the dates of shared event ids).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatProblem, formatReport } from '@/lib/contract/problems.ts';
import { validateContent } from '@/lib/contract/validateContent.ts';
import { contentRoot, readContentFiles } from '@/build/loaders/contentFiles.ts';

const started = performance.now();
const root = process.cwd();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

/** A named file as the reader shows it (relative to the project when inside it). */
function shownPath(file: string): string {
  const absolute = resolve(root, file);
  const shown = relative(root, absolute);
  return shown.startsWith('..') || isAbsolute(shown) ? absolute : shown;
}

const files = readContentFiles(root);
const known = new Set([...files.articles, ...files.entities].map((file) => file.path));
const focus = new Set(named.map(shownPath));
for (const file of focus) {
  if (known.has(file)) continue;
  const why = existsSync(resolve(root, file))
    ? `is not a .md file in ${relative(root, contentRoot(root))}/articles or /entities`
    : 'does not exist';
  console.error(
    `${file} ${why}; expected the path of a content file, such as content/articles/my-story.md`,
  );
  process.exit(2);
}

const result = validateContent(files, named.length > 0 ? { focus } : {});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const draft of result.drafts) {
  const count = draft.toFill.length;
  console.log(
    `Draft (not published): ${draft.file}${count === 0 ? ', nothing left to fill; remove `draft: true` to publish it' : `, ${count} value${count === 1 ? '' : 's'} to fill:`}`,
  );
  for (const item of draft.toFill) console.log(`  to fill  ${formatProblem(item)}`);
}
if (result.problems.length > 0) {
  console.error(formatReport(result.problems));
  process.exitCode = 1;
} else if (named.length > 0) {
  console.log(
    `Content OK: ${[...focus].join(', ')} checked against ${files.articles.length} articles and ${files.entities.length} entities in ${seconds} s.`,
  );
} else {
  const drafts =
    result.drafts.length > 0
      ? ` (and ${result.drafts.length} draft${result.drafts.length === 1 ? '' : 's'})`
      : '';
  console.log(
    `Content OK: ${result.articles.length} articles${drafts}, ${result.entities.length} entities checked in ${seconds} s.`,
  );
}

// Every language's interface catalogue has every key of the English one (the type check says so
// too, from the Catalogue type; this names them for translators).
if (named.length === 0) {
  const { CATALOGUES, LANGUAGES } = await import('@/i18n/index.ts');
  const { missingKeys } = await import('@/lib/languages/translationStatus.ts');
  for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
    const missing = missingKeys(CATALOGUES.en, CATALOGUES[lang]);
    if (missing.length === 0)
      console.log(`Interface in ${CATALOGUES[lang].languageName}: every key translated.`);
    else {
      console.error(
        `src/i18n/${lang}.ts lacks ${missing.length} key${missing.length === 1 ? '' : 's'} of src/i18n/en.ts:\n${missing.map((key) => `  ${key}`).join('\n')}`,
      );
      process.exitCode = 1;
    }
  }
}

// After the report: the frontmatter schemas a text editor's Astro language server reads, with the
// entity ids there are now (CONTRIBUTING.md, "Completion and checks as you type"); only when stale.
try {
  const { writeEditorSchemas } = await import('@/build/integrations/editorSchemas.ts');
  await writeEditorSchemas(root);
} catch (error) {
  console.warn(`Could not write the frontmatter schemas for text editors: ${String(error)}`);
}
