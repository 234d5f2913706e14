import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/schemas/article.ts';
import { entitySchema } from '@/schemas/entity.ts';

const validArticle = {
  title: 'Ruto makes surprise visit to Haiti',
  published: '2024-09-23',
  events: [{ date: '2024-09-21', title: 'Visit', quote: 'made a surprise visit' }],
  deployments: [
    {
      country: 'kenya',
      date: '2024-06',
      count: 400,
      status: 'deployed',
      quote: 'The first group of 400',
    },
  ],
  funding: [
    {
      donor: 'united-states',
      recipient: 'mss',
      date: '2024',
      amount: 100000000,
      currency: 'USD',
      status: 'pledged',
      quote: 'pledged $100 million',
    },
  ],
  mandates: [
    {
      mission: 'mss',
      date: '2023-10',
      action: 'authorised',
      ceiling: 2500,
      until: '2024-10',
      by: 'un-security-council',
      quote: 'authorised a force of up to 2,500 personnel',
    },
  ],
};

/** A copy of the valid article with one field path replaced (undefined deletes it). */
function withField(path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(validArticle) as Record<string, unknown>;
  setField(copy, path, value);
  return copy;
}

function setField(data: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let target = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

function firstIssue(
  data: unknown,
  schema: typeof articleSchema | typeof entitySchema = articleSchema,
) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? undefined : result.error.issues[0];
}

describe('article schema accepts', () => {
  it.each<[string, (string | number)[], unknown, (string | number)[]?, unknown?]>([
    ['the minimal article', ['events'], undefined],
    [
      'an unquoted YAML date (a Date from YAML 1.1)',
      ['published'],
      new Date('2024-09-23T00:00:00Z'),
    ],
    ['a year given as a YAML number', ['events', 0, 'date'], 2021],
    ['a month date', ['events', 0, 'date'], '2023-07'],
    ['an http URL', ['url'], 'http://example.org/story'],
    ['an https URL', ['url'], 'https://example.org/story?id=1'],
    ['an outlet', ['outlet'], 'Capital News'],
    ['an author', ['author'], 'Faith Nyasuguta'],
    ['a summary of 400 characters', ['summary'], 'x'.repeat(400)],
    ['tags', ['tags'], ['diplomacy', 'deployment']],
    ['every event kind', ['events', 0, 'kind'], 'un-action'],
    ['an event id', ['events', 0, 'id'], 'ruto-haiti-visit-2024-09'],
    ['approximate figures', ['deployments', 0, 'approximate'], true],
    ['personnel kind', ['deployments', 0, 'personnel'], 'mixed'],
    ['status withdrawn', ['deployments', 0, 'status'], 'withdrawn'],
    ['funding without recipient', ['funding', 0, 'recipient'], undefined],
    ['a disbursed amount in another currency', ['funding', 0, 'currency'], 'KES'],
    ['a fractional amount', ['funding', 0, 'amount'], 85.3e6 + 0.5],
    ['editors-supplied article fields', ['inferred'], ['title', 'published', 'outlet', 'author']],
    [
      "an article-level editors' note",
      ['note'],
      'Published date inferred from "over the weekend".',
    ],
    [
      'an inferred event date with its note',
      ['events', 0],
      {
        date: '2024-09-21',
        title: 'Visit',
        inferred: true,
        note: 'The article says "on Saturday".',
      },
    ],
    [
      'an inferred figure with its note',
      ['deployments', 0, 'inferred'],
      true,
      ['deployments', 0, 'note'],
      "The month is the article's.",
    ],
    ['a note without inferred', ['funding', 0, 'note'], 'Converted from the text.'],
    [
      'a mandate without ceiling or end',
      ['mandates', 0],
      {
        mission: 'mss',
        date: '2023-10',
        action: 'authorised',
        quote: 'authorized by the UN Security Council in October 2023',
      },
    ],
    ['every mandate action', ['mandates', 0, 'action'], 'expires'],
    ['an approximate ceiling', ['mandates', 0, 'approximate'], true],
    [
      'an inferred mandate with its note',
      ['mandates', 0, 'inferred'],
      true,
      ['mandates', 0, 'note'],
      '"next month" read from the article\'s date.',
    ],
    ['an article in Haitian Creole', ['lang'], 'ht'],
    [
      'title and summary translations',
      ['translations'],
      {
        fr: { title: 'Ruto en visite surprise en Haïti', summary: 'Résumé.' },
        ht: { title: 'Ruto fè yon vizit sipriz ann Ayiti' },
      },
    ],
    ['an event title translation', ['events', 0, 'translations'], { fr: { title: 'Visite' } }],
  ])('%s', (_, path, value, secondPath?: (string | number)[], secondValue?: unknown) => {
    const data = withField(path, value);
    if (secondPath) setField(data, secondPath, secondValue);
    expect(firstIssue(data)).toBeUndefined();
  });

  it('fills defaults so later code never checks for undefined', () => {
    const data = articleSchema.parse({ title: 'T', published: '2024-01-01' });
    expect(data).toMatchObject({ tags: [], entities: [], events: [], deployments: [] });
    const figure = articleSchema.parse(validArticle).deployments[0];
    expect(figure?.approximate).toBe(false);
    expect(articleSchema.parse(validArticle).events[0]?.kind).toBe('other');
  });

  it('turns dates into the text the contributor wrote', () => {
    const data = articleSchema.parse(withField(['published'], new Date('2024-09-23T00:00:00Z')));
    expect(data.published).toBe('2024-09-23');
    expect(articleSchema.parse(withField(['events', 0, 'date'], 2021)).events[0]?.date).toBe(
      '2021',
    );
  });
});

describe('article schema rejects', () => {
  it.each<[string, (string | number)[], unknown, RegExp]>([
    ['a missing title', ['title'], undefined, /is missing/],
    ['an empty title', ['title'], '  ', /is empty/],
    ['a title over 200 characters', ['title'], 'x'.repeat(201), /at most 200/],
    ['a missing published date', ['published'], undefined, /is missing; expected a full date/],
    ['a partial published date', ['published'], '2024-09', /not a full calendar date/],
    ['an impossible published date', ['published'], '2024-02-30', /not a full calendar date/],
    ['a month 13 event date', ['events', 0, 'date'], '2024-13-01', /not a real date/],
    ['a slash date', ['events', 0, 'date'], '2024/06/01', /not a real date/],
    ['a javascript: URL', ['url'], 'javascript:alert(1)', /not an absolute http\(s\) URL/],
    ['a data: URL', ['url'], 'data:text/html,hi', /not an absolute http\(s\) URL/],
    ['a relative URL', ['url'], '/story', /not an absolute http\(s\) URL/],
    ['a summary over 400 characters', ['summary'], 'x'.repeat(401), /at most 400/],
    ['an unknown event kind', ['events', 0, 'kind'], 'parade', /expected one of visit/],
    ['an event without title', ['events', 0, 'title'], undefined, /is missing/],
    ['an event id with capitals', ['events', 0, 'id'], 'Ruto-Visit', /not an id/],
    ['an entity id with spaces', ['entities'], ['william ruto'], /not an id/],
    ['a negative count', ['deployments', 0, 'count'], -5, /positive/],
    ['a zero count', ['deployments', 0, 'count'], 0, /positive/],
    ['a fractional count', ['deployments', 0, 'count'], 2.5, /fraction/],
    ['a count as text', ['deployments', 0, 'count'], '400', /expected a whole number/],
    [
      'an unknown status',
      ['deployments', 0, 'status'],
      'arrived',
      /expected one of pledged \| announced \| deployed \| withdrawn/,
    ],
    ['a missing quote on a figure', ['deployments', 0, 'quote'], undefined, /is missing/],
    [
      'an unknown personnel kind',
      ['deployments', 0, 'personnel'],
      'navy',
      /expected one of police/,
    ],
    ['approximate as text', ['deployments', 0, 'approximate'], 'yes', /true or false/],
    ['a misspelt field', ['kidn'], 'visit', /unknown field "kidn"/],
    [
      'a misspelt event field',
      ['events', 0, 'qoute'],
      'x',
      /unknown field "qoute" \(did you mean "quote"\?\)/,
    ],
    ['a lower-case currency', ['funding', 0, 'currency'], 'usd', /not an ISO 4217 currency code/],
    ['an unknown currency', ['funding', 0, 'currency'], 'XYZ', /not an ISO 4217 currency code/],
    ['a currency symbol', ['funding', 0, 'currency'], '$', /not an ISO 4217 currency code/],
    ['a zero amount', ['funding', 0, 'amount'], 0, /positive amount/],
    ['a negative amount', ['funding', 0, 'amount'], -5, /positive amount/],
    [
      'an amount as text',
      ['funding', 0, 'amount'],
      '100 million',
      /expected an amount as a plain number/,
    ],
    [
      'a funding status that is not pledged or disbursed',
      ['funding', 0, 'status'],
      'deployed',
      /expected one of pledged \| disbursed/,
    ],
    ['a missing donor', ['funding', 0, 'donor'], undefined, /is missing/],
    ['a funding figure without quote', ['funding', 0, 'quote'], undefined, /is missing/],
    [
      'an inferred event without a note',
      ['events', 0, 'inferred'],
      true,
      /^is missing; expected a note saying how the editors inferred the value/,
    ],
    ['an inferred figure without a note', ['deployments', 0, 'inferred'], true, /expected a note/],
    [
      'an inferred money figure without a note',
      ['funding', 0, 'inferred'],
      true,
      /expected a note/,
    ],
    ['an inferred mandate without a note', ['mandates', 0, 'inferred'], true, /expected a note/],
    ['inferred as text', ['events', 0, 'inferred'], 'yes', /true or false/],
    [
      'an article field that cannot be inferred',
      ['inferred'],
      ['summary'],
      /expected one of title \| published \| outlet \| author/,
    ],
    ['an article note over 400 characters', ['note'], 'x'.repeat(401), /at most 400/],
    [
      'an unknown mandate action',
      ['mandates', 0, 'action'],
      'extended',
      /expected one of authorised \| renewed \| expires \| ended/,
    ],
    ['a fractional ceiling', ['mandates', 0, 'ceiling'], 2500.5, /fraction/],
    ['a zero ceiling', ['mandates', 0, 'ceiling'], 0, /positive/],
    ['an impossible end date', ['mandates', 0, 'until'], '2024-02-30', /not a real date/],
    ['a mandate without quote', ['mandates', 0, 'quote'], undefined, /is missing/],
    [
      'a misspelt mandate field',
      ['mandates', 0, 'untill'],
      '2024-10',
      /unknown field "untill" \(did you mean "until"\?\)/,
    ],
    ['an unknown language', ['lang'], 'es', /expected one of en \| fr \| ht/],
    [
      'a translation into an unknown language',
      ['translations'],
      { es: { title: 'Visita' } },
      /unknown field "es"/,
    ],
    [
      'a translation of a field that has none',
      ['translations'],
      { fr: { body: 'x' } },
      /unknown field "body"/,
    ],
  ])('%s', (_, path, value, message) => {
    const issue = firstIssue(withField(path, value));
    expect(issue?.message).toMatch(message);
  });

  it('reports the path of the bad field', () => {
    expect(firstIssue(withField(['deployments', 0, 'count'], -1))?.path).toEqual([
      'deployments',
      0,
      'count',
    ]);
    expect(firstIssue(withField(['events', 0, 'inferred'], true))?.path).toEqual([
      'events',
      0,
      'note',
    ]);
  });

  it('defaults the extensions so older files build unchanged', () => {
    const data = articleSchema.parse(withField(['mandates'], undefined));
    expect(data).toMatchObject({ mandates: [], inferred: [], lang: 'en', translations: {} });
    expect(data.events[0]).toMatchObject({ inferred: false, translations: {} });
    expect(articleSchema.parse(validArticle).mandates[0]?.approximate).toBe(false);
  });
});

describe('entity schema', () => {
  const entity = {
    name: 'William Ruto',
    kind: 'person',
    aliases: ['Ruto'],
    country: 'kenya',
    wikidata: 'Q1174545',
  };

  it('accepts a full entity', () => {
    expect(firstIssue(entity, entitySchema)).toBeUndefined();
  });

  it('accepts translations of name, description and aliases', () => {
    const translated = {
      ...entity,
      translations: {
        fr: {
          name: 'William Ruto',
          description: 'Président du Kenya',
          aliases: ['le président Ruto'],
        },
        ht: { description: 'Prezidan Kenya' },
      },
    };
    expect(firstIssue(translated, entitySchema)).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a missing name', { name: undefined }, /is missing/],
    [
      'an unknown kind',
      { kind: 'company' },
      /expected one of person \| organization \| country \| place \| mission/,
    ],
    ['a bad Wikidata id', { wikidata: 'Ruto' }, /Q followed by digits/],
    ['a country id with capitals', { country: 'Kenya' }, /not an id/],
    ['an unknown field', { birthday: '1966' }, /unknown field "birthday"/],
    ['aliases that are not a list', { aliases: 'Ruto' }, /expected a list/],
    [
      'a translation into an unknown language',
      { translations: { de: { name: 'Ruto' } } },
      /unknown field "de"/,
    ],
    [
      'a translated field the contract does not have',
      { translations: { fr: { title: 'Ruto' } } },
      /unknown field "title"/,
    ],
  ])('rejects %s', (_, change, message) => {
    const data = { ...entity, ...change };
    for (const key of Object.keys(change))
      if (change[key] === undefined) delete (data as Record<string, unknown>)[key];
    expect(firstIssue(data, entitySchema)?.message).toMatch(message);
  });
});
