/** The content check the desk's preview pane shows for the entry being edited. */
import { describe, expect, it } from 'vitest';
import { asSaved, checkEntry, entrySource } from '@/lib/desk/previewCheck.ts';

const entities = [
  { id: 'belize', kind: 'country', name: 'Belize' },
  { id: 'mss', kind: 'mission', name: 'Multinational Security Support mission' },
  { id: 'william-ruto', kind: 'person', name: 'William Ruto' },
];
const body = 'Two officers from Belize arrived in Haiti in November 2024.';
const figure = {
  country: 'belize',
  date: '2024-11',
  count: 2,
  status: 'deployed',
  quote: 'Two officers from Belize arrived in Haiti',
  inferred: false,
  note: '',
};
/** The form as Decap holds it: untouched optional fields are empty strings. */
const form = (over: Record<string, unknown> = {}) => ({
  title: 'Belize officers arrive',
  published: '2024-11-05',
  outlet: '',
  author: '',
  summary: '',
  entities: ['belize'],
  deployments: [figure],
  body,
  ...over,
});

describe("the desk's preview check", () => {
  it('finds nothing wrong in a valid entry, with the fields the editor left empty dropped as a save drops them', () => {
    expect(checkEntry('articles', 'belize-officers-arrive', form(), entities)).toEqual({
      problems: [],
      toFill: [],
    });
    expect(entrySource(form())).not.toMatch(/outlet|author|summary|note/);
    expect(asSaved({ a: '', b: null, c: [{ d: '' }], e: { f: '' }, g: false, h: 0 })).toEqual({
      c: [],
      g: false,
      h: 0,
    });
  });

  it('names a quote that is not in the body, and an inference without its note, by field', () => {
    const { problems } = checkEntry(
      'articles',
      'belize-officers-arrive',
      form({
        deployments: [{ ...figure, quote: 'Three officers from Belize arrived', inferred: true }],
      }),
      entities,
    );
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^deployments\[0\]\.note: .*note/),
      expect.stringMatching(
        /^deployments\[0\]\.quote: "Three officers from Belize arrived" does not occur in the article body/,
      ),
    ]);
  });

  it('knows the entities the site has, and their kinds', () => {
    const unknown = checkEntry('articles', 'x', form({ entities: ['jamaica'] }), entities).problems;
    expect(unknown.map((problem) => problem.field)).toEqual(['entities[0]']);
    const wrongKind = checkEntry(
      'articles',
      'x',
      form({ deployments: [{ ...figure, country: 'william-ruto' }] }),
      entities,
    ).problems;
    expect(wrongKind.map((problem) => problem.field)).toEqual(['deployments[0].country']);
  });

  it('lists what a draft leaves to fill apart from what is wrong', () => {
    const result = checkEntry(
      'articles',
      'x',
      form({ draft: true, deployments: [{ ...figure, country: '' }] }),
      entities,
    );
    expect(result.problems).toEqual([]);
    expect(result.toFill.map((problem) => problem.field)).toEqual(['deployments[0].country']);
  });

  it('checks an entity entry, its own id aside', () => {
    expect(
      checkEntry('entities', 'belize', { name: 'Belize', kind: 'country', body: '' }, entities)
        .problems,
    ).toEqual([]);
    expect(
      checkEntry(
        'entities',
        'haiti',
        { name: 'Haiti', kind: 'nation', body: '' },
        entities,
      ).problems.map((problem) => problem.field),
    ).toEqual(['kind']);
  });
});
