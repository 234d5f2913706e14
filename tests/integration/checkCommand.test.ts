import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npm run check` as an editor would, on a content folder of our choosing. */
function check(contentDir: string, ...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts', ...files],
    {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run check', () => {
  it('passes valid content and says what it checked', () => {
    const { status, out } = check('tests/fixtures/corpus');
    expect(status).toBe(0);
    expect(out).toMatch(/^Content OK: \d+ articles, \d+ entities checked in [\d.]+ s\.$/m);
  });

  it('reports every bad file at once and fails', () => {
    const { status, out } = check('tests/fixtures/bad-content');
    expect(status).toBe(1);
    expect(out).toContain('Content check failed: 14 problems in 14 files.');
  });

  it('checks one named file: only its problems, with file, line and field', () => {
    const { status, out } = check(
      'tests/fixtures/bad-content',
      'tests/fixtures/bad-content/articles/missing-quote.md',
    );
    expect(status).toBe(1);
    expect(out).toContain('Content check failed: 1 problem in 1 file.');
    expect(out).toMatch(
      /tests\/fixtures\/bad-content\/articles\/missing-quote\.md:14 {2}deployments\[1\]\.quote: "600 more officers are coming" does not occur/,
    );
    expect(out).not.toContain('bad-date.md');
  });

  it('passes a good file beside bad ones', () => {
    const { status, out } = check(
      'tests/fixtures/bad-content',
      'tests/fixtures/bad-content/articles/good.md',
    );
    expect(status).toBe(0);
    expect(out).toMatch(
      /Content OK: tests\/fixtures\/bad-content\/articles\/good\.md checked against \d+ articles/,
    );
  });

  it('names a path that is not a content file', () => {
    const { status, out } = check('tests/fixtures/corpus', 'README.md');
    expect(status).toBe(2);
    expect(out).toMatch(
      /README\.md is not a \.md file in tests\/fixtures\/corpus\/articles or \/entities/,
    );
  });
});
