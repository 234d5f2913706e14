import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/draft/dates.ts';
import { draftStory, mainClause, type Knowledge } from '@/lib/draft/draft.ts';
import { evaluateDraft } from '@/lib/draft/evaluate.ts';
import { extractStory } from '@/lib/draft/extract.ts';
import { makeKnowledge } from '@/lib/draft/knowledge.ts';
import { findNames } from '@/lib/draft/names.ts';
import { findNumbers, isHedged, numberValue, splitSentences } from '@/lib/draft/text.ts';

// A small world of our own: stories below are invented to test the rules, not taken from the seeds.
const knowledge: Knowledge = makeKnowledge([
  { id: 'kenya', kind: 'country', name: 'Kenya' },
  { id: 'el-salvador', kind: 'country', name: 'El Salvador' },
  { id: 'canada', kind: 'country', name: 'Canada', aliases: ['Ottawa'] },
  { id: 'haiti', kind: 'country', name: 'Haiti' },
  { id: 'gsf', kind: 'mission', name: 'Gang Suppression Force', aliases: ['GSF'] },
  {
    id: 'un-security-council',
    kind: 'organization',
    name: 'UN Security Council',
    aliases: ['Security Council'],
  },
  {
    id: 'mission-fund',
    kind: 'organization',
    name: 'UN trust fund for the mission',
    aliases: ['trust fund'],
  },
  { id: 'fund-donors', kind: 'organization', name: 'Donors to the UN trust fund (combined)' },
]);

describe('sentences', () => {
  it('are verbatim spans, not split after abbreviations or initials', () => {
    const text =
      'The U.S. Army sent Gen. J. Smith to Haiti. He arrived on Monday! “We are ready,” he said.\nA headline line\nMore text follows.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'The U.S. Army sent Gen. J. Smith to Haiti.',
      'He arrived on Monday!',
      '“We are ready,” he said.',
      'A headline line',
      'More text follows.',
    ]);
    for (const sentence of sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('numbers', () => {
  it.each<[string, number]>([
    ['400', 400],
    ['1,000', 1000],
    ['two dozen', 24],
    ['a dozen', 12],
    ['twenty-four', 24],
    ['three hundred', 300],
    ['2.5 million', 2_500_000],
    ['13bn', 13_000_000_000],
    ['five thousand', 5000],
  ])('%s is %d', (words, value) => expect(numberValue(words)).toBe(value));

  it('finds counts in a sentence but not years', () => {
    expect(
      findNumbers('In 2024, nearly 400 officers and two dozen soldiers arrived.').map(
        (number) => number.value,
      ),
    ).toEqual([400, 24]);
  });

  it.each([
    ['nearly 400 officers', true],
    ['around two dozen soldiers', true],
    ['some 150 troops', true],
    ['about 20 police', true],
    ['400 officers', false],
    ['up to 2,500 personnel', true],
  ])('"%s" is hedged: %s', (text, hedged) => {
    const number = findNumbers(text)[0]!;
    expect(isHedged(text, number.start)).toBe(hedged);
  });
});

describe('dates, against a publication date (Monday 10 March 2025)', () => {
  const published = '2025-03-10';
  it.each<[string, string, boolean]>([
    ['The troops arrived on Saturday.', '2025-03-08', true],
    ['A week ago, the ministers met.', '2025-03', true],
    ['The mandate expires next month.', '2025-04', true],
    ['The first group landed in June 2024.', '2024-06', false],
    ['The council met on 21 September 2024.', '2024-09-21', false],
    ['He was elected in 2021.', '2021', false],
    ['The minister arrived yesterday.', '2025-03-09', true],
    ['The delegation visited over the weekend.', '2025-03-08', true],
    ['The talks come just days before the vote.', '2025-03', true],
  ])('"%s" → %s (worked out: %s)', (sentence, date, relative) => {
    const [found] = findDates(sentence, published);
    expect(found?.date).toBe(date);
    expect(found?.relative).toBe(relative);
  });

  it('marks a total "since June 2024", so a figure is dated by the article and not by the since', () => {
    expect(findDates('With 800 officers on the ground since June 2024.', published)).toMatchObject([
      { date: '2024-06', since: true },
    ]);
  });

  it('is not fooled by "now" or by a span from another event', () => {
    expect(findDates('The mission is now stronger, 100 days after it began.', published)).toEqual(
      [],
    );
  });
});

describe('draftStory on a story of our own', () => {
  const story = [
    'Some 150 Salvadoran soldiers arrived in Port-au-Prince on Wednesday to join the Gang Suppression Force.',
    'El Salvador had pledged 300 troops in January 2025.',
    'Kenya will send an additional 200 police officers next month.',
    'Last year 50 Kenyan officers left Haiti after their tour ended.',
    'Canada said it had disbursed $12.5 million to the trust fund, part of a $60 million pledge.',
    'To date, USD20 million of the USD45 million pledged has been disbursed.',
    'The Security Council renewed the mission’s mandate until October 2026, with a ceiling of 2,500 personnel.',
    'Officials called for the renewal of the GSF mandate.',
  ].join(' ');
  const draft = draftStory(story, '2025-03-14', knowledge, findNames);

  it('reads personnel figures: number, noun, demonym or name, status from the verb, hedges, dates', () => {
    expect(
      draft.deployments.map(({ country, count, status, approximate, date }) => ({
        country,
        count,
        status,
        approximate,
        date,
      })),
    ).toEqual([
      {
        country: 'el-salvador',
        count: 150,
        status: 'deployed',
        approximate: true,
        date: '2025-03-12',
      },
      {
        country: 'el-salvador',
        count: 300,
        status: 'pledged',
        approximate: false,
        date: '2025-01',
      },
      { country: 'kenya', count: 200, status: 'announced', approximate: false, date: '2025-04' },
      { country: 'kenya', count: 50, status: 'withdrawn', approximate: false, date: '2024' },
    ]);
    expect(draft.deployments[0]).toMatchObject({
      personnel: 'military',
      inferred: true,
      quote:
        'Some 150 Salvadoran soldiers arrived in Port-au-Prince on Wednesday to join the Gang Suppression Force.',
    });
    expect(draft.deployments[0]?.note).toMatch(/"on Wednesday"/);
    expect(draft.deployments[2]).toMatchObject({ personnel: 'police' });
  });

  it('reads money: currency and scale, the verb, donor and recipient, a participle that belongs to its amount', () => {
    expect(
      draft.funding.map(({ donor, recipient, amount, currency, status }) => ({
        donor,
        recipient,
        amount,
        currency,
        status,
      })),
    ).toEqual([
      {
        donor: 'canada',
        recipient: 'mission-fund',
        amount: 12_500_000,
        currency: 'USD',
        status: 'disbursed',
      },
      {
        donor: 'canada',
        recipient: 'mission-fund',
        amount: 60_000_000,
        currency: 'USD',
        status: 'pledged',
      },
      {
        donor: 'fund-donors',
        recipient: 'mission-fund',
        amount: 20_000_000,
        currency: 'USD',
        status: 'disbursed',
      },
      {
        donor: 'fund-donors',
        recipient: 'mission-fund',
        amount: 45_000_000,
        currency: 'USD',
        status: 'pledged',
      },
    ]);
  });

  it('reads a mandate renewal with its end and ceiling, and not a call for one', () => {
    expect(draft.mandates).toHaveLength(1);
    expect(draft.mandates[0]).toMatchObject({
      mission: 'gsf',
      action: 'renewed',
      until: '2026-10',
      ceiling: 2500,
      by: 'un-security-council',
    });
  });

  it('proposes events for dated actions, titled by the main clause, and tags known entities', () => {
    expect(draft.events.map((event) => event.date)).toContain('2025-03-12');
    expect(draft.events.find((event) => event.date === '2025-03-12')?.title).toBe(
      'Some 150 Salvadoran soldiers arrived in Port-au-Prince on Wednesday to join the Gang Suppression Force',
    );
    expect(draft.entities).toEqual(
      expect.arrayContaining(['el-salvador', 'kenya', 'canada', 'gsf', 'un-security-council']),
    );
  });

  it('gives every proposal a verbatim quote and a reason', () => {
    for (const item of [
      ...draft.deployments,
      ...draft.funding,
      ...draft.mandates,
      ...draft.events,
    ]) {
      expect(story).toContain(item.quote);
      expect(item.why.length).toBeGreaterThan(10);
    }
  });

  it('lists names the site does not know', () => {
    expect(draft.unknownEntities.map((entity) => entity.name)).toContain('Port-au-Prince');
  });
});

describe('mainClause', () => {
  it.each([
    [
      'On Tuesday, the council voted to extend the mission.',
      'The council voted to extend the mission',
    ],
    [
      'NAIROBI, Kenya, Aug 20 — President Ruto has called for a support office.',
      'President Ruto has called for a support office',
    ],
    [
      'The envoy met the prime minister, who later left for Paris.',
      'The envoy met the prime minister',
    ],
  ])('%s → %s', (sentence, title) => expect(mainClause(sentence)).toBe(title));
});

describe('extractStory (Readability over linkedom)', () => {
  it('keeps the article and drops navigation, asides and footers', () => {
    const story = extractStory(
      readFileSync(join(import.meta.dirname, '../fixtures/draft/page.html'), 'utf8'),
    );
    expect(story.title).toMatch(/Salvadoran soldiers land in Port-au-Prince/);
    expect(story.siteName).toBe('The Island Courier');
    expect(story.published).toBe('2025-03-14');
    expect(story.text).toContain(
      'Some 150 Salvadoran soldiers arrived in Port-au-Prince on Wednesday',
    );
    expect(story.text).toContain('The Security Council renewed the mission');
    expect(story.text).not.toMatch(/Most read|Storm warning|All rights reserved|Sport/);
  });
});

describe('evaluateDraft', () => {
  it('scores recall and precision per kind, matching figures on country, count, status and date', () => {
    const base = { inferred: false, approximate: false, quote: 'q' };
    const recorded = {
      deployments: [
        { ...base, country: 'kenya', date: '2024-06', count: 400, status: 'deployed' as const },
        { ...base, country: 'kenya', date: '2024-09', count: 600, status: 'announced' as const },
      ],
      funding: [],
      mandates: [],
      events: [
        {
          date: '2024-06',
          title: 't',
          kind: 'other' as const,
          entities: [],
          inferred: false,
          translations: {},
        },
      ],
    };
    const draft = draftStory(
      'The first group of 400 Kenyan officers was deployed in June 2024. Another 600 Kenyan officers arrived.',
      '2024-09-23',
      knowledge,
    );
    const score = evaluateDraft(recorded, draft);
    expect(score.personnel).toMatchObject({
      recorded: 2,
      proposed: 2,
      matched: 1,
      recall: 0.5,
      precision: 0.5,
    });
    expect(score.events).toMatchObject({ recorded: 1, matched: 1 });
  });
});
