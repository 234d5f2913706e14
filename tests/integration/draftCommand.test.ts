import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'mss-draft-'));
cpSync('tests/fixtures/corpus', work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[], input?: string) => {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    env: { ...process.env, CONTENT_DIR: work },
    encoding: 'utf8',
    input,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

describe('npm run draft', () => {
  it('drafts an HTML news page into a draft the check accepts, and that is an article once draft: true goes', () => {
    const drafted = run('scripts/draft.ts', ['tests/fixtures/draft/page.html']);
    expect(drafted.status, drafted.out).toBe(0);
    const file = join(work, 'articles', 'salvadoran-soldiers-land-in-port-au-prince.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\n# Drafted by `npm run draft`/);
    expect(text).toContain('published: 2025-03-14');
    expect(text).toContain('outlet: The Island Courier');
    // The fixture corpus has no El Salvador: left to fill, with the file to create.
    expect(text).toMatch(
      / {2}# "150 Salvadoran soldiers"; status from "arrived"; dated by "on Wednesday"; country El Salvador \(el-salvador\) has no entity file yet: to fill once created\n {2}- country: null/,
    );
    expect(text).toMatch(
      /# {3}El Salvador \(country\): printf -- '---\\nname: El Salvador\\nkind: country\\n---\\n' > content\/entities\/el-salvador\.md/,
    );
    expect(text).toContain('draft: true');
    expect(text).toMatch(
      /\n---\n(?:.*\n\n)?Some 150 Salvadoran soldiers arrived in Port-au-Prince on Wednesday/,
    );
    expect(drafted.out).toMatch(
      /personnel {2}2025-03-12 {2}\(country to fill\) {2}150 deployed \(approximate\)/,
    );

    const checked = run('scripts/check-content.ts', [file]);
    expect(checked.status, checked.out).toBe(0);
    expect(checked.out).toMatch(
      /Draft \(not published\): .*salvadoran-soldiers-land-in-port-au-prince.*to fill/,
    );
    // The editor creates the entities, fills the ids, removes draft: true: an article.
    for (const [id, name] of [
      ['el-salvador', 'El Salvador'],
      ['canada', 'Canada'],
    ])
      writeFileSync(join(work, 'entities', `${id}.md`), `---\nname: ${name}\nkind: country\n---\n`);
    writeFileSync(
      file,
      text
        .replace(/country: null/g, 'country: el-salvador')
        .replace(/donor: null/g, 'donor: canada')
        .replace('\ndraft: true\n', '\n'),
    );
    const published = run('scripts/check-content.ts', [file]);
    expect(published.status, published.out).toBe(0);
  }, 60_000);

  it('drafts text from standard input with what the editor knows, and leaves what it cannot name to fill', () => {
    const story =
      'An additional 120 officers will arrive in Haiti next month, the ministry said on Thursday.\n\nThe government pledged $3 million for the operation.';
    const drafted = run(
      'scripts/draft.ts',
      [
        '-',
        '--published',
        '2025-05-02',
        '--title',
        'More officers to arrive',
        '--outlet',
        'Test Wire',
      ],
      story,
    );
    expect(drafted.status, drafted.out).toBe(0);
    const file = join(work, 'articles', 'more-officers-to-arrive.md');
    const checked = run('scripts/check-content.ts', [file]);
    expect(checked.status, checked.out).toBe(0);
    expect(checked.out).toMatch(
      /to fill {2}.*more-officers-to-arrive\.md:\d+ {2}deployments\[0\]\.country: got null/,
    );
    expect(checked.out).toMatch(/to fill {2}.*funding\[0\]\.donor: got null/);
    // Once it is no longer a draft, what is left to fill is an error.
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ndraft: true\n', '\n'));
    const published = run('scripts/check-content.ts', [file]);
    expect(published.status).toBe(1);
    expect(published.out).toMatch(/deployments\[0\]\.country: got null; expected an id/);
  }, 60_000);

  it('refuses to overwrite an article', () => {
    const again = run(
      'scripts/draft.ts',
      ['-', '--published', '2025-05-02', '--title', 'More officers to arrive'],
      'Text.',
    );
    expect(again.status).toBe(2);
    expect(again.out).toMatch(/exists; choose another --out or pass --force/);
    expect(
      readdirSync(join(work, 'articles')).filter((name) => name.startsWith('more-officers')),
    ).toHaveLength(1);
  }, 60_000);
});
