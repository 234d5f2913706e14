import type { z } from 'astro/zod';
import { fieldPath, type ContentProblem } from './problems.ts';

/**
 * Turns zod issues into contributor-facing problems. The schemas phrase their
 * own messages ("got X; expected Y"); this adds the file, field path and line.
 */
export function zodProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 1) {
      // zod groups unknown keys of one object; a contributor fixes them one by one.
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file,
          field: fieldPath(path),
          line: lineOf(path),
          message: issue.message.replace(`"${issue.keys[0]}"`, `"${key}"`),
        };
      });
    }
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path;
    return [{ file, field: fieldPath(path), line: lineOf(path), message: issue.message }];
  });
}
