import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdownFiles } from '@/build/loaders/contentFiles.ts';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import { formatReport, sortProblems, type ContentProblem } from '@/lib/contract/problems.ts';
import { validateContent, type SourceFile } from '@/lib/contract/validateContent.ts';

const fixture = join(import.meta.dirname, '../fixtures/bad-content');
const files = {
  articles: readMarkdownFiles(join(fixture, 'articles'), fixture),
  entities: readMarkdownFiles(join(fixture, 'entities'), fixture),
};
const { problems } = validateContent(files);
const problemsOf = (file: string): ContentProblem[] =>
  problems.filter((problem) => problem.file === file);

describe('the all-errors-at-once report on a folder of bad files', () => {
  it.each<[string, string, RegExp]>([
    ['articles/bad-date.md', 'published', /"2024-02-30" is not a full calendar date/],
    ['articles/unknown-entity.md', 'entities[1]', /unknown entity id "william-ruto"/],
    [
      'articles/not-a-country.md',
      'deployments[0].country',
      /kind place; expected an entity of kind country/,
    ],
    ['articles/missing-quote.md', 'deployments[1].quote', /does not occur in the article body/],
    ['articles/typo-field.md', 'sumary', /unknown field "sumary" \(did you mean "summary"\?\)/],
    ['articles/javascript-url.md', 'url', /not an absolute http\(s\) URL/],
    ['articles/fractional-count.md', 'deployments[0].count', /fraction/],
    ['articles/Bad_Name.md', '', /not a valid article slug/],
    ['articles/alias-bomb.md', '', /resource exhaustion/],
    [
      'articles/conflicting-date.md',
      'events[0].date',
      /"2024-07" contradicts "2024-06" given for event id "first-contingent" in articles\/good\.md/,
    ],
    [
      'articles/nested/good.md',
      '',
      /duplicate article slug "good", also used by articles\/good\.md/,
    ],
    ['entities/bad-kind.md', 'kind', /got "company"; expected one of person/],
    [
      'articles/mandate-not-a-mission.md',
      'mandates[0].mission',
      /"kenya" is an entity of kind country; expected an entity of kind mission/,
    ],
    [
      'articles/inferred-without-note.md',
      'events[0].note',
      /is missing; expected a note saying how the editors inferred the value when inferred is true/,
    ],
  ])('%s gets exactly one message, at %j', (file, field, message) => {
    const found = problemsOf(file);
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe(field);
    expect(found[0]?.message).toMatch(message);
    expect(found[0]?.message).toMatch(/expected/);
  });

  it('reports nothing for the valid files', () => {
    expect(problemsOf('articles/good.md')).toEqual([]);
    expect(problemsOf('entities/kenya.md')).toEqual([]);
    expect(problemsOf('entities/port-au-prince.md')).toEqual([]);
  });

  it('has one message per bad file and nothing else', () => {
    expect(problems).toHaveLength(14);
    expect(new Set(problems.map((problem) => problem.file)).size).toBe(14);
  });

  it('gives the line of the field where YAML knows it', () => {
    expect(problemsOf('articles/bad-date.md')[0]?.line).toBe(3);
    expect(problemsOf('articles/missing-quote.md')[0]?.line).toBe(14);
    expect(problemsOf('articles/typo-field.md')[0]?.line).toBe(4);
    // A missing note points at the event that needs it.
    expect(problemsOf('articles/inferred-without-note.md')[0]?.line).toBe(6);
  });

  it('prints a report with a count and one line per problem', () => {
    const report = formatReport(problems).split('\n');
    expect(report[0]).toBe('Content check failed: 14 problems in 14 files.');
    expect(report).toContain(
      'articles/missing-quote.md:14  deployments[1].quote: "600 more officers are coming" does not occur in the article body; expected a passage copied from the body (spaces, curly quotes and emphasis may differ)',
    );
  });
});

describe('checking one file (npm run check -- <file>)', () => {
  const only = (...paths: string[]) => validateContent(files, { focus: new Set(paths) }).problems;

  it('reports only the named file, with what it needs of the others: entity kinds, shared event ids, slugs', () => {
    expect(only('articles/good.md')).toEqual([]);
    expect(only('articles/missing-quote.md').map((problem) => problem.field)).toEqual([
      'deployments[1].quote',
    ]);
    expect(only('articles/not-a-country.md')[0]?.message).toMatch(
      /kind place; expected an entity of kind country/,
    );
    // The other file of the shared event id is read, not reported.
    expect(only('articles/conflicting-date.md')).toEqual(
      problemsOf('articles/conflicting-date.md'),
    );
    expect(only('articles/nested/good.md')).toEqual(problemsOf('articles/nested/good.md'));
    expect(only('entities/bad-kind.md')).toEqual(problemsOf('entities/bad-kind.md'));
  });

  it('gives the same messages as the whole check for every file named', () => {
    const named = ['articles/typo-field.md', 'articles/bad-date.md', 'entities/kenya.md'];
    expect(sortProblems(only(...named))).toEqual(
      sortProblems(problems.filter((problem) => named.includes(problem.file))),
    );
  });
});

describe('validated output', () => {
  const article = (slug: string, frontmatter: string, body = 'Body.'): SourceFile => ({
    path: `articles/${slug}.md`,
    source: `---\n${frontmatter}\n---\n${body}\n`,
  });

  it('returns typed entries with plain text for valid content', () => {
    const result = validateContent({
      articles: [article('a', 'title: A\npublished: 2024-01-02', 'Some *emphasised* text.')],
      entities: [],
    });
    expect(result.problems).toEqual([]);
    expect(result.articles[0]).toMatchObject({
      slug: 'a',
      data: { title: 'A', published: '2024-01-02' },
      plainText: 'Some emphasised text.\n',
    });
  });

  it('reports a schema problem and a missing quote of the same file together', () => {
    const result = validateContent({
      articles: [
        article(
          'a',
          'title: A\npublished: 2024-13-01\nevents:\n  - date: 2024\n    title: E\n    quote: not here',
        ),
      ],
      entities: [],
    });
    expect(result.problems.map((problem) => problem.field)).toEqual([
      'published',
      'events[0].quote',
    ]);
  });

  it('checks funding donors, recipients and quotes', () => {
    const entity = (id: string, kind: string): SourceFile => ({
      path: `entities/${id}.md`,
      source: `---\nname: ${id}\nkind: ${kind}\n---\n`,
    });
    const funding = (donor: string, recipient: string, quote: string) =>
      `title: A\npublished: 2024-01-02\nfunding:\n  - donor: ${donor}\n    recipient: ${recipient}\n    date: 2024\n    amount: 5\n    currency: USD\n    status: pledged\n    quote: ${quote}`;
    const entities = [
      entity('usa', 'country'),
      entity('fund', 'organization'),
      entity('capital', 'place'),
      entity('mss', 'mission'),
    ];
    const result = validateContent({
      entities,
      articles: [
        article('good', funding('usa', 'mss', 'five dollars'), 'They gave five dollars.'),
        article('org-donor', funding('fund', 'usa', 'five dollars'), 'They gave five dollars.'),
        article(
          'place-donor',
          funding('capital', 'mss', 'five dollars'),
          'They gave five dollars.',
        ),
        article(
          'unknown-recipient',
          funding('usa', 'nobody', 'five dollars'),
          'They gave five dollars.',
        ),
        article('bad-quote', funding('usa', 'mss', 'ten dollars'), 'They gave five dollars.'),
      ],
    });
    expect(
      sortProblems(result.problems).map((problem) => [
        problem.file,
        problem.field,
        problem.message.split(';')[0],
      ]),
    ).toEqual([
      [
        'articles/bad-quote.md',
        'funding[0].quote',
        '"ten dollars" does not occur in the article body',
      ],
      ['articles/place-donor.md', 'funding[0].donor', '"capital" is an entity of kind place'],
      ['articles/unknown-recipient.md', 'funding[0].recipient', 'unknown entity id "nobody"'],
    ]);
  });

  it('accepts an empty content folder', () => {
    expect(validateContent({ articles: [], entities: [] })).toEqual({
      articles: [],
      entities: [],
      drafts: [],
      problems: [],
    });
  });
});

describe('hostile and broken frontmatter fails fast with a message', () => {
  const parse = (source: string) => parseContentFile('x.md', source);
  const message = (source: string): string => {
    const result = parse(source);
    return Array.isArray(result) ? result.map((problem) => problem.message).join(' | ') : '';
  };

  it('refuses a huge frontmatter before parsing it', () => {
    const started = performance.now();
    expect(message(`---\nbig: &a "${'x'.repeat(70 * 1024)}"\n---\n`)).toMatch(
      /KiB; expected at most 64 KiB/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(message(`---\na: ${deep}\n---\n`)).toMatch(/frontmatter/);
  });

  it.each([
    ['no frontmatter at all', 'Just text.', /has no frontmatter/],
    ['an unclosed frontmatter', '---\ntitle: x\n', /never closed/],
    ['invalid YAML', '---\ntitle: [unclosed\n---\n', /not valid YAML/],
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n', /not valid YAML/],
    ['a list instead of fields', '---\n- a\n- b\n---\n', /not a set of fields/],
  ])('reports %s', (_, source, pattern) => {
    expect(message(source)).toMatch(pattern);
  });

  it('keeps dates as text (YAML 1.2 core schema)', () => {
    const result = parse('---\npublished: 2024-02-30\nyear: 2021\n---\nBody');
    expect(Array.isArray(result) ? result : result.data).toEqual({
      published: '2024-02-30',
      year: 2021,
    });
  });
});
