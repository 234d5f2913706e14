import { describe, expect, it, vi } from 'vitest';
import { entityProfile } from '@/lib/entities/entityProfile.ts';
import { indexEntities, type IndexedArticle } from '@/lib/entities/indexEntities.ts';
import { buildMentionMatcher, firstMentions } from '@/lib/entities/mentions.ts';
import { mergeEvents } from '@/lib/timeline/mergeEvents.ts';
import { fakeArticle, fakeEvent } from './helpers.ts';

const names: Record<string, string> = {
  ruto: 'William Ruto',
  kenya: 'Kenya',
  haiti: 'Haiti',
  jamaica: 'Jamaica',
  un: 'United Nations',
};
const targets = [
  { id: 'ruto', names: ['William Ruto', 'Ruto'] },
  { id: 'kenya', names: ['Kenya'] },
  { id: 'haiti', names: ['Haiti'] },
  { id: 'jamaica', names: ['Jamaica'] },
  { id: 'un', names: ['United Nations'] },
];
const matcher = buildMentionMatcher(targets);
/** What the content loader stores: plain text and each first mention's offsets. */
const article = (
  slug: string,
  text: string,
  tagged: string[] = [],
  skips: [number, number][] = [],
): IndexedArticle => ({
  slug,
  tagged,
  text,
  mentions: firstMentions(matcher, text, skips),
});

const articles = [
  article('newest', 'Ruto flew to Haiti. Later Ruto met Kenya officers.\n', ['un']),
  article('middle', 'Kenya and Haiti signed. Haiti agreed.\n'),
  article('oldest', 'Jamaica sent troops to Haiti with Kenya.\n'),
];
const events = mergeEvents([
  fakeArticle('newest', '2024-09-23', [
    fakeEvent({ date: '2024-09-21', id: 'visit', entities: ['ruto', 'haiti'] }),
  ]),
]).events;
const index = indexEntities(articles, events, {
  relatedLimit: 10,
  nameOf: (id) => names[id] ?? id,
});

describe('indexEntities', () => {
  it('lists the entities of an article in reading order, then the tagged ones', () => {
    expect(index.entitiesOf('newest')).toEqual(['ruto', 'haiti', 'kenya', 'un']);
  });

  it('lists the articles of an entity in the given order, with the sentence of the first mention', () => {
    const shown = (id: string) =>
      index.articlesOf(id).map(({ article, context }) => ({ article, context }));
    expect(shown('haiti')).toEqual([
      { article: 'newest', context: 'Ruto flew to Haiti.' },
      { article: 'middle', context: 'Kenya and Haiti signed.' },
      { article: 'oldest', context: 'Jamaica sent troops to Haiti with Kenya.' },
    ]);
    expect(shown('un')).toEqual([{ article: 'newest', context: undefined }]);
    expect(index.mentionCount('haiti')).toBe(3);
    expect(index.mentionCount('nobody')).toBe(0);
  });

  it('ranks related entities by articles in common, then by name', () => {
    expect(index.relatedOf('haiti')).toEqual([
      { id: 'kenya', count: 3 },
      { id: 'jamaica', count: 1 },
      { id: 'un', count: 1 },
      { id: 'ruto', count: 1 },
    ]);
  });

  it('keeps only the top entries', () => {
    const top = indexEntities(articles, events, {
      relatedLimit: 2,
      nameOf: (id) => names[id] ?? id,
    });
    expect(top.relatedOf('haiti').map((entry) => entry.id)).toEqual(['kenya', 'jamaica']);
  });

  it('lists the events that involve an entity', () => {
    expect(index.eventsOf('ruto').map((event) => event.id)).toEqual(['visit']);
    expect(index.eventsOf('jamaica')).toEqual([]);
  });

  it('keeps only the first mention of each entity, in reading order, outside link text, code and URLs', () => {
    const text =
      'Kenya and Haiti; Kenya again. See https://x.org/Jamaica and [Jamaica](https://x.org).\n';
    const linkText = text.indexOf('[Jamaica]') + 1;
    expect(
      firstMentions(matcher, text, [[linkText, linkText + 'Jamaica'.length]]).map((mention) => [
        mention.id,
        mention.start,
      ]),
    ).toEqual([
      ['kenya', 0],
      ['haiti', 10],
    ]);
  });

  it('never scans a text: the index is counting over stored mentions', () => {
    const find = vi.spyOn(matcher, 'find');
    const many = Array.from({ length: 50 }, (_, i) => ({
      slug: `a${i}`,
      tagged: [],
      text: 'Kenya and Haiti.\n',
      mentions: [{ id: 'kenya', start: 0, end: 5 }],
    }));
    const built = indexEntities(many, [], { relatedLimit: 10, nameOf: (id) => id });
    built.articlesOf('kenya');
    built.relatedOf('kenya');
    expect(find).not.toHaveBeenCalled();
    expect(built.mentionCount('kenya')).toBe(50);
  });

  it("reads an article's text once for the sentence, however many pages show it", () => {
    let reads = 0;
    const lazy = {
      slug: 'a',
      tagged: [],
      mentions: [{ id: 'kenya', start: 0, end: 5 }],
      get text() {
        reads++;
        return 'Kenya and Haiti.\n';
      },
    };
    const built = indexEntities([lazy], [], { relatedLimit: 10, nameOf: (id) => id });
    expect(reads).toBe(0);
    // The entity page in each of the three editions.
    for (let edition = 0; edition < 3; edition++)
      expect(built.articlesOf('kenya')[0]!.context).toBe('Kenya and Haiti.');
    expect(reads).toBe(1);
  });

  it('serialises a mention as what a page shows of it, not the whole article (for cache keys)', () => {
    const text = `Kenya and Haiti.\n${'A long body. '.repeat(1000)}`;
    const built = indexEntities(
      [{ slug: 'a', tagged: [], text, mentions: [{ id: 'kenya', start: 0, end: 5 }] }],
      [],
      { relatedLimit: 10, nameOf: (id) => id },
    );
    expect(JSON.parse(JSON.stringify(built.articlesOf('kenya')))).toEqual([
      { article: 'a', context: 'Kenya and Haiti.' },
    ]);
  });

  it('gives an entity page its latest events and how many there are in all', () => {
    const dated = mergeEvents([
      fakeArticle(
        'a',
        '2024-09-30',
        ['2024-01-05', '2024-03-09', '2024-06-01', '2024-09-21'].map((date, i) =>
          fakeEvent({ date, id: `e${i}`, entities: ['kenya'] }),
        ),
      ),
    ]).events;
    const profile = entityProfile(
      'kenya',
      indexEntities([], dated, { relatedLimit: 10, nameOf: (id) => id }),
      new Map(),
      [],
      { articles: 5, events: 2 },
    );
    expect(profile.eventCount).toBe(4);
    expect(
      profile.events.flatMap((year) =>
        year.months.flatMap((month) => month.events.map((event) => event.id)),
      ),
    ).toEqual(['e2', 'e3']);
  });
});
