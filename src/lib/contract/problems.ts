/** One thing wrong with one content file, phrased for the contributor who wrote it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (`content/articles/x.md`). */
  readonly file: string;
  /** 1-based line in the file, where the YAML parser could tell. */
  readonly line?: number;
  /** Field path such as `deployments[1].quote`; empty for the file as a whole. */
  readonly field: string;
  /** What was wrong and what was expected: "got -5; expected a positive number". */
  readonly message: string;
}

/** Renders a path array as contributors write it: `events[0].entities[2]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

/** One line per problem: `content/articles/x.md:12  deployments[1].quote: ...`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field
    ? `${where}  ${problem.field}: ${problem.message}`
    : `${where}  ${problem.message}`;
}

/** The whole report, with a count of files, as printed by the build and `npm run check`. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((problem) => problem.file)).size;
  const heading = `Content check failed: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
  return [
    heading,
    '',
    ...sorted.map(formatProblem),
    '',
    'The content contract is described in CONTRIBUTING.md.',
  ].join('\n');
}
