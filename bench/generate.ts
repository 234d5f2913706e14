/**
 * Writes a synthetic corpus that is valid under the content contract, for
 * benchmarks and large-corpus tests: N articles of 600-1,200 words, 0-4 events
 * 0-3 deployment figures, some money figures and mandate statements each
 * (quotes taken from the body, a tenth of event dates marked inferred), mentions of
 * 200-500 generated entities by name and alias, dates over several years and
 * events shared between articles. Deterministic: the same seed and N give the
 * same files, byte for byte.
 *
 *   tsx bench/generate.ts <out-dir> [articles=1000] [seed=1]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEPLOYMENT_STATUSES,
  EVENT_KINDS,
  FUNDING_STATUSES,
  MANDATE_ACTIONS,
  PERSONNEL_KINDS,
} from '@/schemas/article.ts';

/** mulberry32: a tiny, fast, well-distributed seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the mission police officers security council gangs capital patrols district support government statement ' +
  'report week month year funding contingent training arrival operations city residents aid agencies talks ' +
  'leaders meeting vote resolution mandate renewal budget trust fund pledge deployment commanders border ' +
  'airport port roads schools clinics violence displaced families community response plan review progress ' +
  'officials ministers envoy delegation summit partners donors shortfall logistics equipment vehicles base ' +
  'night morning weekend region coast north south east west across during after before while since under'
).split(' ');
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'to',
  'ne',
  'su',
  'vi',
  'do',
  'ba',
  'ri',
  'mo',
  'ta',
  'le',
  'zu',
  'pa',
  'sa',
  'ko',
  'ni',
  'fe',
];
const KINDS = EVENT_KINDS;
const STATUSES = DEPLOYMENT_STATUSES;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Entity {
  id: string;
  name: string;
  alias?: string;
  kind: 'person' | 'organization' | 'country' | 'place' | 'mission';
}

/** Generates the corpus into `dir` (replacing it). Returns the counts written. */
export function generateCorpus(
  dir: string,
  articleCount: number,
  seed = 1,
): { articles: number; entities: number } {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const between = (low: number, high: number): number =>
    low + Math.floor(rand() * (high - low + 1));
  const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
  const usedNames = new Set<string>();
  const uniqueName = (parts: number): string => {
    for (;;) {
      const name = Array.from({ length: parts }, () =>
        capital(Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join('')),
      ).join(' ');
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'entities'), { recursive: true });

  const entityCount = Math.min(500, Math.max(200, Math.round(articleCount / 20)));
  const entities: Entity[] = [];
  const countries: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const kind =
      i < 30
        ? 'country'
        : i === 30
          ? 'mission'
          : pick(['person', 'person', 'organization', 'place'] as const);
    const name = uniqueName(kind === 'person' ? 2 : 1);
    const entity: Entity = {
      id: `e${String(i).padStart(3, '0')}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      name,
      kind,
    };
    if (kind === 'person') entity.alias = name.split(' ')[1];
    if (kind === 'organization') entity.alias = name.slice(0, 3).toUpperCase() + String(i);
    entities.push(entity);
    if (kind === 'country') countries.push(entity);
    const aliases = entity.alias ? `\naliases: ["${entity.alias}"]` : '';
    writeFileSync(
      join(dir, 'entities', `${entity.id}.md`),
      `---\nname: "${name}"\nkind: ${kind}${aliases}\ndescription: "A generated ${kind} for benchmarks"\n---\nGenerated entity ${name}.\n`,
    );
  }

  const mission = entities.find((entity) => entity.kind === 'mission')!;

  // Events that several articles report, each with one true date.
  const shared = Array.from({ length: Math.max(10, Math.round(articleCount / 25)) }, (_, i) => ({
    id: `shared-event-${i}`,
    date: `${between(2021, 2026)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
  }));

  const sentence = (): string => {
    const words = Array.from({ length: between(9, 18) }, () => pick(WORDS));
    if (rand() < 0.5) {
      const entity = pick(entities);
      words.splice(
        between(1, words.length - 1),
        0,
        rand() < 0.3 && entity.alias ? entity.alias : entity.name,
      );
    }
    return `${capital(words.join(' '))}.`;
  };

  for (let n = 0; n < articleCount; n++) {
    const year = between(2021, 2026);
    const published = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    let words = 0;
    const target = between(600, 1200);
    while (words < target) {
      const paragraph = Array.from({ length: between(3, 6) }, sentence).join(' ');
      words += paragraph.split(' ').length;
      paragraphs.push(paragraph);
      if (rand() < 0.15) paragraphs.push(`## ${capital(pick(WORDS))} ${pick(WORDS)}`);
    }

    const events: string[] = [];
    for (let e = between(0, 4); e > 0; e--) {
      const quote = `Officials said the ${pick(WORDS)} ${pick(WORDS)} went ahead as planned in case ${n}-${e}.`;
      paragraphs.splice(between(0, paragraphs.length), 0, quote);
      const sharedEvent = rand() < 0.3 ? pick(shared) : undefined;
      const date = sharedEvent
        ? sharedEvent.date
        : rand() < 0.3
          ? `${year}`
          : rand() < 0.5
            ? `${year}-${String(between(1, 12)).padStart(2, '0')}`
            : published;
      const involved = [pick(entities).id, pick(entities).id].filter(
        (id, i, list) => list.indexOf(id) === i,
      );
      events.push(
        [
          `  - date: "${date}"`,
          `    title: "${capital(pick(WORDS))} ${pick(WORDS)} ${pick(WORDS)} reported in case ${n}-${e}"`,
          sharedEvent ? `    id: ${sharedEvent.id}` : '',
          `    kind: ${pick(KINDS)}`,
          `    entities: [${involved.join(', ')}]`,
          `    quote: "${quote}"`,
          rand() < 0.1
            ? `    inferred: true\n    note: "Generated: the date is read from the article's own."`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }

    const deployments: string[] = [];
    for (let d = between(0, 3); d > 0; d--) {
      const country = pick(countries);
      const count = between(2, 250) * (rand() < 0.3 ? 10 : 1);
      const month = between(1, 12);
      const approximate = rand() < 0.3;
      const status = pick(STATUSES);
      const quote = `${approximate ? 'About' : 'Exactly'} ${count.toLocaleString('en')} personnel from ${country.name} were ${status} in ${MONTHS[month - 1]} ${year}.`;
      paragraphs.splice(between(0, paragraphs.length), 0, quote);
      deployments.push(
        [
          `  - country: ${country.id}`,
          `    date: "${year}-${String(month).padStart(2, '0')}"`,
          `    count: ${count}`,
          `    status: ${status}`,
          `    approximate: ${approximate}`,
          `    personnel: ${pick(PERSONNEL_KINDS)}`,
          `    quote: "${quote}"`,
        ].join('\n'),
      );
    }

    const funding: string[] = [];
    if (rand() < 0.2) {
      const donor = pick(countries);
      const amount = between(1, 500) * 100_000;
      const status = pick(FUNDING_STATUSES);
      const quote = `${donor.name} ${status} USD ${amount.toLocaleString('en')} for the mission in ${year}.`;
      paragraphs.splice(between(0, paragraphs.length), 0, quote);
      funding.push(
        [
          `  - donor: ${donor.id}`,
          `    recipient: ${mission.id}`,
          `    date: "${year}"`,
          `    amount: ${amount}`,
          `    currency: USD`,
          `    status: ${status}`,
          `    quote: "${quote}"`,
        ].join('\n'),
      );
    }

    const mandates: string[] = [];
    if (rand() < 0.03) {
      const action = pick(MANDATE_ACTIONS);
      const ceiling = between(10, 60) * 100;
      const quote = `The mandate was ${action} in ${year} for up to ${ceiling.toLocaleString('en')} personnel until ${year + 1}.`;
      paragraphs.splice(between(0, paragraphs.length), 0, quote);
      mandates.push(
        [
          `  - mission: ${mission.id}`,
          `    date: "${year}"`,
          `    action: ${action}`,
          `    ceiling: ${ceiling}`,
          `    until: "${year + 1}"`,
          `    quote: "${quote}"`,
        ].join('\n'),
      );
    }

    const frontmatter = [
      '---',
      `title: "${capital(pick(WORDS))} ${pick(WORDS)} ${pick(WORDS)}: report number ${n}"`,
      `published: ${published}`,
      rand() < 0.7 ? `outlet: "${capital(pick(WORDS))} News"` : '',
      `tags: [${pick(WORDS)}, ${pick(WORDS)}]`,
      `entities: [${pick(countries).id}]`,
      events.length ? `events:\n${events.join('\n')}` : '',
      deployments.length ? `deployments:\n${deployments.join('\n')}` : '',
      funding.length ? `funding:\n${funding.join('\n')}` : '',
      mandates.length ? `mandates:\n${mandates.join('\n')}` : '',
      '---',
    ]
      .filter(Boolean)
      .join('\n');
    writeFileSync(
      join(dir, 'articles', `generated-${String(n).padStart(5, '0')}.md`),
      `${frontmatter}\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return { articles: articleCount, entities: entities.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '1000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx bench/generate.ts <out-dir> [articles=1000] [seed=1]');
    process.exit(2);
  }
  const result = generateCorpus(dir, Number(count), Number(seed));
  console.log(`Wrote ${result.articles} articles and ${result.entities} entities to ${dir}`);
}
