import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { entitySchema } from '../../src/schemas/entity.ts';

const validArticle = {
  title: 'Ruto makes surprise visit to Haiti',
  published: '2024-09-23',
  events: [{ date: '2024-09-21', title: 'Visit', quote: 'made a surprise visit' }],
  deployments: [{ country: 'kenya', date: '2024-06', count: 400, status: 'deployed', quote: 'The first group of 400' }],
  funding: [{ donor: 'united-states', recipient: 'mss', date: '2024', amount: 100000000, currency: 'USD', status: 'pledged', quote: 'pledged $100 million' }],
};

/** A copy of the valid article with one field path replaced (undefined deletes it). */
function withField(path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(validArticle) as Record<string, unknown>;
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function firstIssue(data: unknown, schema: typeof articleSchema | typeof entitySchema = articleSchema) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? undefined : result.error.issues[0];
}

describe('article schema accepts', () => {
  it.each<[string, (string | number)[], unknown]>([
    ['the minimal article', ['events'], undefined],
    ['an unquoted YAML date (a Date from YAML 1.1)', ['published'], new Date('2024-09-23T00:00:00Z')],
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
  ])('%s', (_, path, value) => {
    expect(firstIssue(withField(path, value))).toBeUndefined();
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
    expect(articleSchema.parse(withField(['events', 0, 'date'], 2021)).events[0]?.date).toBe('2021');
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
    ['an unknown status', ['deployments', 0, 'status'], 'arrived', /expected one of pledged \| announced \| deployed \| withdrawn/],
    ['a missing quote on a figure', ['deployments', 0, 'quote'], undefined, /is missing/],
    ['an unknown personnel kind', ['deployments', 0, 'personnel'], 'navy', /expected one of police/],
    ['approximate as text', ['deployments', 0, 'approximate'], 'yes', /true or false/],
    ['a misspelt field', ['kidn'], 'visit', /unknown field "kidn"/],
    ['a misspelt event field', ['events', 0, 'qoute'], 'x', /unknown field "qoute" \(did you mean "quote"\?\)/],
    ['a lower-case currency', ['funding', 0, 'currency'], 'usd', /not an ISO 4217 currency code/],
    ['an unknown currency', ['funding', 0, 'currency'], 'XYZ', /not an ISO 4217 currency code/],
    ['a currency symbol', ['funding', 0, 'currency'], '$', /not an ISO 4217 currency code/],
    ['a zero amount', ['funding', 0, 'amount'], 0, /positive amount/],
    ['a negative amount', ['funding', 0, 'amount'], -5, /positive amount/],
    ['an amount as text', ['funding', 0, 'amount'], '100 million', /expected an amount as a plain number/],
    ['a funding status that is not pledged or disbursed', ['funding', 0, 'status'], 'deployed', /expected one of pledged \| disbursed/],
    ['a missing donor', ['funding', 0, 'donor'], undefined, /is missing/],
    ['a funding figure without quote', ['funding', 0, 'quote'], undefined, /is missing/],
  ])('%s', (_, path, value, message) => {
    const issue = firstIssue(withField(path, value));
    expect(issue?.message).toMatch(message);
  });

  it('reports the path of the bad field', () => {
    expect(firstIssue(withField(['deployments', 0, 'count'], -1))?.path).toEqual(['deployments', 0, 'count']);
  });
});

describe('entity schema', () => {
  const entity = { name: 'William Ruto', kind: 'person', aliases: ['Ruto'], country: 'kenya', wikidata: 'Q1174545' };

  it('accepts a full entity', () => {
    expect(firstIssue(entity, entitySchema)).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a missing name', { name: undefined }, /is missing/],
    ['an unknown kind', { kind: 'company' }, /expected one of person \| organization \| country \| place \| mission/],
    ['a bad Wikidata id', { wikidata: 'Ruto' }, /Q followed by digits/],
    ['a country id with capitals', { country: 'Kenya' }, /not an id/],
    ['an unknown field', { birthday: '1966' }, /unknown field "birthday"/],
    ['aliases that are not a list', { aliases: 'Ruto' }, /expected a list/],
  ])('rejects %s', (_, change, message) => {
    const data = { ...entity, ...change };
    for (const key of Object.keys(change)) if (change[key] === undefined) delete (data as Record<string, unknown>)[key];
    expect(firstIssue(data, entitySchema)?.message).toMatch(message);
  });
});
