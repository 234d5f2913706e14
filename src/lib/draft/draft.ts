/**
 * The drafter: reads a news story and proposes what the contract records,
 * each item with the sentence it rests on (its verbatim `quote`) and why it was
 * proposed. Rules read news English in general: a number with a personnel
 * noun and a country is a personnel figure, its status from the verb nearest
 * to it; a currency amount is money; "authorised", "renewed", "expires" near a
 * mission are mandate statements; a sentence with a date and an action is an
 * event. The editor reviews every proposal: this is a draft (`draft: true`).
 */
import nlp from 'compromise';
import { findDates, reportMonth, type FoundDate } from './dates.ts';
import { findNumbers, isHedged, splitSentences, type NumberMention, type Span } from './text.ts';

/** What the drafter knows of the world: the entity files, and countries' names and demonyms. */
export interface Knowledge {
  /** Every entity: its id, kind and the exact spellings that name it (name, aliases). */
  readonly entities: readonly { id: string; kind: string; names: readonly string[] }[];
  /** Country names and demonyms ("Kenyan", "Salvadoran") → the id a country entity has or would have. */
  readonly countries: ReadonlyMap<string, string>;
}

/** Why an item was proposed, and what is left for the editor. */
interface Proposal {
  readonly quote: string;
  readonly why: string;
}

export interface PersonnelProposal extends Proposal {
  readonly country?: string;
  readonly date: string;
  readonly date_basis?: 'reported';
  readonly count: number;
  readonly status: 'pledged' | 'announced' | 'deployed' | 'withdrawn';
  readonly approximate: boolean;
  readonly personnel?: 'police' | 'military' | 'mixed';
  readonly inferred: boolean;
  readonly note?: string;
}

export interface MoneyProposal extends Proposal {
  readonly donor?: string;
  readonly recipient?: string;
  readonly date: string;
  readonly date_basis?: 'reported';
  readonly amount: number;
  readonly currency: string;
  readonly status: 'pledged' | 'disbursed';
  readonly approximate: boolean;
  readonly inferred: boolean;
  readonly note?: string;
}

export interface MandateProposal extends Proposal {
  readonly mission?: string;
  readonly date: string;
  readonly date_basis?: 'reported';
  readonly action: 'authorised' | 'renewed' | 'expires' | 'ended';
  readonly ceiling?: number;
  readonly until?: string;
  readonly by?: string;
  readonly inferred: boolean;
  readonly note?: string;
}

export interface EventProposal extends Proposal {
  readonly date: string;
  readonly title: string;
  readonly kind: string;
  readonly entities: readonly string[];
  readonly inferred: boolean;
  readonly note?: string;
}

/** What the drafter proposes for one story. */
export interface Draft {
  readonly events: EventProposal[];
  readonly deployments: PersonnelProposal[];
  readonly funding: MoneyProposal[];
  readonly mandates: MandateProposal[];
  /** Entity ids the story names (by a name or alias the site knows). */
  readonly entities: string[];
  /** Names of people, places and organisations the site has no entity for, with their kind. */
  readonly unknownEntities: {
    name: string;
    kind: 'person' | 'place' | 'organization' | 'country';
  }[];
}

/** Finds names the site does not know (people, places, organisations), e.g. with compromise. */
export type NameFinder = (
  text: string,
) => { name: string; kind: 'person' | 'place' | 'organization' }[];

/** After a number: up to four modifiers (a name or demonym, "more", "senior military"…), then a personnel noun. */
const PERSONNEL_NOUN =
  /^(?:[\s-]+(?:[A-Z][\w’'-]*|more|additional|extra|new|other|armed|security|senior|junior|military|police|army|national|foreign|multinational|uniformed|international|elite|specialized|specialised|of\s+(?:its|their|the|his|her)(?:\s+own)?)){0,4}[\s-]+([Oo]fficers?|[Pp]olice(?:men|women)?|[Tt]roops|[Ss]oldiers|[Pp]ersonnel|[Ss]ervice(?:men|women| members)|[Gg]endarmes|[Mm]arines|[Mm]ilitary|[Ff]orces|[Pp]eacekeepers|[Cc]ontingent|members of the (?:police|military|armed forces))\b/;
const MILITARY =
  /\b(?:troops|soldiers|military|servicemen|servicewomen|service members|marines|army|armed forces|peacekeepers)\b/i;
const POLICE = /\b(?:police|policemen|policewomen|officers|gendarmes)\b/i;

/** Verbs and phrases that say what a personnel figure is, each with the status it gives. */
const STATUS_CUES: readonly [RegExp, PersonnelProposal['status']][] = [
  [
    /\b(?:withdr[ae]w\w*|pull(?:ed|ing)? out|left (?:the country|haiti)|leav(?:e|es|ing) (?:the country|haiti)|repatriat\w+|returned home|went home|departed)\b/gi,
    'withdrawn',
  ],
  [/\b(?:pledg\w*|promis\w*|vow\w*|offer\w*|commit(?:ted|ment|s)?)\b/gi, 'pledged'],
  [
    /\b(?:will (?:send|deploy|dispatch|join|arrive|be (?:sent|deployed))|plans? to|planning|preparing|prepares|set to|expected to|next batch|additional|extra|reinforcements?|undergoing (?:\w+ )?training|in training|being trained|scheduled|awaiting|announced)\b/gi,
    'announced',
  ],
  // "to send 1,000 troops" says what a pledge or a plan is about: weaker than the verb that governs it (see nearestCue's penalty).
  [/\bto (?:send|deploy|dispatch)\b/gi, 'announced'],
  [
    /\b(?:arriv\w*|deploy(?:ed|ment)|landed|on the ground|stationed|based in|already|serving|currently|in the country|joined|has sent|have sent|had sent|sent|dispatched|patrol\w*|operating)\b/gi,
    'deployed',
  ],
];

/** Verbs of money, with the status they give. */
const MONEY_CUES: readonly [RegExp, MoneyProposal['status']][] = [
  [
    /\b(?:disburs\w+|paid|pays|deliver(?:ed|s)|provided|contributed|gave|given|transferred|released|spent|handed over|received)\b/gi,
    'disbursed',
  ],
  [
    /\b(?:pledg\w*|promis\w*|commit\w*|offer\w*|announc\w+|will (?:provide|give|contribute|fund)|to (?:provide|give|contribute|fund)|allocat\w+|approv\w+|earmark\w*)\b/gi,
    'pledged',
  ],
];

const CURRENCY_BEFORE: readonly [RegExp, string][] = [
  [/(?:US\$|USD\s?|\$)$/, 'USD'],
  [/(?:Ksh\.?\s?|KSh\.?\s?|KES\s?|Kshs\.?\s?)$/, 'KES'],
  [/(?:€|EUR\s?)$/, 'EUR'],
  [/(?:£|GBP\s?)$/, 'GBP'],
  [/(?:C\$|CAD\s?)$/, 'CAD'],
  [/(?:HTG\s?|G\s)$/, 'HTG'],
];
const CURRENCY_AFTER: readonly [RegExp, string][] = [
  [/^\s*(?:million |billion )?(?:US )?dollars\b/i, 'USD'],
  [/^\s*(?:million |billion )?(?:Kenyan )?shillings\b/i, 'KES'],
  [/^\s*(?:million |billion )?euros?\b/i, 'EUR'],
  [/^\s*(?:million |billion )?(?:pounds|sterling)\b/i, 'GBP'],
  [/^\s*(?:million |billion )?gourdes\b/i, 'HTG'],
];

const MANDATE_CUES: readonly [RegExp, MandateProposal['action']][] = [
  [/\b(?:expir\w+|runs? out|lapses?|set to end|due to end)\b/gi, 'expires'],
  [/\b(?:renew\w*|extend\w*|extension|prolong\w*)\b/gi, 'renewed'],
  [
    /\b(?:authori[sz](?:ed|ation|ing)|approved|approval|green-?l(?:it|ighted)|sanctioned|established|set up)\b/gi,
    'authorised',
  ],
  [
    /\b(?:ended|came to an end|terminated|wound down|was replaced|replaced by|transitioned into|dissolved)\b/gi,
    'ended',
  ],
];

const EVENT_KINDS: readonly [RegExp, string][] = [
  [/\b(?:visit\w*|tour\w*|travel\w*|trip)\b/i, 'visit'],
  [/\b(?:deploy\w*|arriv\w*|landed|contingent|troops|officers|soldiers)\b/i, 'deployment'],
  [/\b(?:security council|resolution|united nations|u\.?n\.?\b|general assembly)\b/i, 'un-action'],
  [/\b(?:fund\w*|pledg\w* \$|\$\d|million|billion|donat\w*)\b/i, 'funding'],
  [
    /\b(?:gang\w*|attack\w*|kill\w*|violence|clash\w*|arrest\w*|shoot\w*|patrol\w*|assassinat\w*)\b/i,
    'security',
  ],
  [
    /\b(?:call(?:ed)?|talks?|meet\w*|met|summit|agree\w*|bilateral|diplomat\w*|minister|secretary)\b/i,
    'diplomacy',
  ],
  [/\b(?:said|says|stated|announced|told|statement)\b/i, 'statement'],
];
/** A sentence reports an action when compromise finds a verb in it other than a bare "to be". */
const hasAction = (sentence: string): boolean =>
  (nlp(sentence).verbs().out('array') as string[]).some(
    (verb) => !/^(?:is|are|was|were|be|been|being)$/i.test(verb.trim()),
  );

/** A name of the site's knowledge found in a sentence. */
interface Mention {
  readonly id: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/** A name the drafter looks for, with its pattern (compiled once per story). */
interface NamePattern {
  readonly name: string;
  readonly id: string;
  readonly kind: string;
  readonly pattern: RegExp;
}

/** Every known name and country name or demonym as a whole-word pattern, longest first. */
function namePatterns(knowledge: Knowledge): NamePattern[] {
  return [
    ...knowledge.entities.flatMap((entity) =>
      entity.names.map((name) => ({ name, id: entity.id, kind: entity.kind })),
    ),
    ...[...knowledge.countries].map(([name, id]) => ({ name, id, kind: 'country' })),
  ]
    .filter(({ name }) => name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length)
    .map((entry) => ({
      ...entry,
      pattern: new RegExp(
        `(?<![\\w-])${entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`,
        'g',
      ),
    }));
}

/** Finds known entities and country names or demonyms in a sentence, longest names first, never overlapping. */
function mentionsIn(sentence: string, names: readonly NamePattern[]): Mention[] {
  const taken: Mention[] = [];
  for (const { name, id, kind, pattern } of names) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + name.length;
      if (taken.some((other) => start < other.end && end > other.start)) continue;
      taken.push({ id, kind, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Words that make what follows a wish or a demand rather than a fact. */
const ADVOCACY =
  /\b(?:advocat\w+|call(?:ed|s|ing)?\s+for|urg\w+|seek\w*|sought|push\w*\s+for|lobb\w+|ask\w*\s+for|plead\w*|demand\w*)(?:\s+for)?\s+(?:the\s+|a\s+|an\s+|its\s+)?$/i;

/** The cue nearest to a position, by characters to either edge, with the value it gives. */
function nearestCue<S>(
  sentence: string,
  at: Span,
  cues: readonly [RegExp, S][],
  skip: ReadonlySet<string> = new Set(),
): { value: S; words: string; distance: number } | undefined {
  let best: { value: S; words: string; distance: number } | undefined;
  for (const [pattern, value] of cues) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      if (skip.has(match[0].toLowerCase())) continue;
      // "called for the renewal", "urged Kenya to send": wishes, not facts.
      if (ADVOCACY.test(sentence.slice(Math.max(0, start - 28), start))) continue;
      const end = start + match[0].length;
      const weak = /^to (?:send|deploy|dispatch)$/i.test(match[0]) ? 60 : 0;
      const distance =
        (end <= at.start ? at.start - end : start >= at.end ? start - at.end : 0) + weak;
      if (!best || distance < best.distance) best = { value, words: match[0], distance };
    }
  }
  return best;
}

/** The country a figure belongs to: the demonym or name inside its noun phrase, else the nearest in the sentence. */
function countryOf(
  sentence: string,
  number: NumberMention,
  phraseEnd: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const countries = mentions.filter((mention) => mention.kind === 'country');
  const inside = countries.find(
    (mention) => mention.start >= number.end && mention.end <= phraseEnd,
  );
  if (inside) return inside;
  // "troops from Kenya", "officers of El Salvador"
  const after = countries.find(
    (mention) =>
      mention.start >= phraseEnd &&
      /^\s*(?:from|of)\s+(?:the\s+)?$/i.test(sentence.slice(phraseEnd, mention.start)),
  );
  if (after) return after;
  const before = countries.filter(
    (mention) => mention.end <= number.start && mention.id !== 'haiti',
  );
  if (before.length > 0) return before.at(-1);
  return countries.find((mention) => mention.id !== 'haiti');
}

/** The date a figure refers to, and how the drafter read it. */
function figureDate(
  dates: readonly FoundDate[],
  at: Span,
  status: string,
  published: string,
): Pick<PersonnelProposal, 'date' | 'date_basis' | 'inferred' | 'note'> & { why: string } {
  const usable = dates.filter((date) => !date.since);
  const nearest = usable.toSorted(
    (a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start),
  )[0];
  if (nearest) {
    return nearest.relative
      ? {
          date: nearest.date,
          inferred: true,
          note: `The text says "${nearest.words}"; the date is worked out from the publication date, ${published}.`,
          why: `dated by "${nearest.words}"`,
        }
      : { date: nearest.date, inferred: false, why: `dated by "${nearest.words}"` };
  }
  const since = dates.find((date) => date.since);
  if (status === 'deployed' || status === 'withdrawn') {
    return {
      date: reportMonth(published),
      inferred: true,
      note: since
        ? `A total "since ${since.words.replace(/^since\s+/i, '')}": dated by the article, ${published}.`
        : `The text gives no date; the figure is stated as of the article, ${published}.`,
      why: since
        ? `a total since ${since.date}, dated by the article`
        : 'no date in the sentence: the month of publication',
    };
  }
  return {
    date: reportMonth(published),
    date_basis: 'reported',
    inferred: false,
    why: 'no date in the sentence: reported by the month of publication',
  };
}

/** Proposes personnel figures in one sentence. */
function personnelIn(
  sentence: Span,
  dates: readonly FoundDate[],
  mentions: readonly Mention[],
  published: string,
  previousCountry?: string,
): PersonnelProposal[] {
  const found: PersonnelProposal[] = [];
  for (const number of findNumbers(sentence.text)) {
    const rest = sentence.text.slice(number.end);
    const noun = PERSONNEL_NOUN.exec(rest);
    if (!noun || number.value !== Math.floor(number.value) || number.value > 100_000) continue;
    // "a ceiling of 2,500 personnel", "authorised strength of 2,500": what a mission may have, a mandate's ceiling.
    if (
      /\b(?:ceiling|cap|authori[sz]ed (?:strength|force|size)|strength)\s+of\s*$|\bup to\s*$/i.test(
        sentence.text.slice(Math.max(0, number.start - 30), number.start),
      ) &&
      /\bmandate|authori[sz]|resolution|ceiling/i.test(sentence.text)
    )
      continue;
    // Money or a percentage is not a head count.
    if (
      /[$€£%]|Ksh/i.test(sentence.text.slice(Math.max(0, number.start - 4), number.start)) ||
      /^\s*(?:per ?cent|%|million|billion)/i.test(rest)
    )
      continue;
    const phraseEnd = number.end + noun.index + noun[0].length;
    const named = countryOf(sentence.text, number, phraseEnd, mentions);
    // "his initial pledge … to send 1,000 troops": the country of the sentences before.
    const country =
      named ??
      (previousCountry ? { id: previousCountry, kind: 'country', start: -1, end: -1 } : undefined);
    const phrase = {
      text: sentence.text.slice(number.start, phraseEnd),
      start: number.start,
      end: phraseEnd,
    };
    const cue = nearestCue(sentence.text, phrase, STATUS_CUES);
    const status = cue?.value ?? 'deployed';
    const date = figureDate(dates, phrase, status, published);
    const personnel =
      MILITARY.test(phrase.text) && POLICE.test(phrase.text)
        ? 'mixed'
        : MILITARY.test(phrase.text)
          ? 'military'
          : POLICE.test(phrase.text)
            ? 'police'
            : undefined;
    const { why: dateWhy, ...dated } = date;
    found.push({
      country: country?.id,
      ...dated,
      count: number.value,
      status,
      approximate: isHedged(sentence.text, number.start),
      ...(personnel ? { personnel } : {}),
      quote: sentence.text,
      why: `"${phrase.text}"${named ? '' : country ? ` (no country in the sentence: ${country.id}, named just before)` : ' (no country named: to fill)'}; ${cue ? `status from "${cue.words}"` : 'no status verb: deployed'}; ${dateWhy}`,
    });
  }
  return found;
}

/** Proposes money figures in one sentence. */
function moneyIn(
  sentence: Span,
  dates: readonly FoundDate[],
  mentions: readonly Mention[],
  published: string,
  context: MoneyContext,
): MoneyProposal[] {
  const found: MoneyProposal[] = [];
  let lastEnd = -1;
  // "USD85.3 million of the USD96.8 million pledged has been disbursed": a participle right after an amount is that
  // amount's; the sentence's main verb is for the others.
  const own = new Map<number, { value: MoneyProposal['status']; words: string }>();
  const amounts = findNumbers(sentence.text);
  for (const number of amounts) {
    const follow =
      /^(?:\s*(?:million|billion|thousand|bn|m))?\s*(?:in\s+)?(pledged|promised|committed|disbursed|paid|delivered|received|contributed)\b/i.exec(
        sentence.text.slice(number.end),
      );
    if (follow)
      own.set(number.start, {
        value: /pledged|promised|committed/i.test(follow[1]!) ? 'pledged' : 'disbursed',
        words: follow[1]!,
      });
  }
  const taken = new Set([...own.values()].map((cue) => cue.words.toLowerCase()));
  for (const number of findNumbers(sentence.text)) {
    const before = sentence.text.slice(Math.max(0, number.start - 6), number.start);
    const after = sentence.text.slice(number.end, number.end + 24);
    const currency =
      CURRENCY_BEFORE.find(([pattern]) => pattern.test(before))?.[1] ??
      CURRENCY_AFTER.find(([pattern]) => pattern.test(after))?.[1];
    if (!currency) continue;
    // "$100 million (Ksh 13 billion)": the amount in brackets is the same money, converted.
    const opening = sentence.text.slice(lastEnd, number.start);
    lastEnd = number.end;
    if (/^\s*\(\s*\S*\s*$/.test(opening)) continue;
    const amount = /million|billion|thousand/i.test(number.text)
      ? number.value
      : number.value *
        (/^\s*million\b/i.test(after)
          ? 1_000_000
          : /^\s*billion\b/i.test(after)
            ? 1_000_000_000
            : 1);
    const span = { text: number.text, start: number.start, end: number.end };
    const nearest = nearestCue(sentence.text, span, MONEY_CUES, taken);
    const cue = own.get(number.start) ?? nearest;
    const status = cue?.value ?? 'pledged';
    const donors = mentions.filter(
      (mention) =>
        ['country', 'organization'].includes(mention.kind) &&
        mention.end <= number.start &&
        !context.funds.has(mention.id),
    );
    const recipient =
      mentions.find(
        (mention) =>
          mention.start > number.end &&
          /\b(?:to|for|into|towards)\s+(?:the\s+)?$/i.test(
            sentence.text.slice(Math.max(number.end, mention.start - 12), mention.start),
          ),
      ) ??
      mentions.find((mention) => context.funds.has(mention.id)) ??
      (context.previousFund
        ? { id: context.previousFund, kind: 'organization', start: -1, end: -1 }
        : undefined);
    // A fund's totals with no donor named: the site's combined donors of that fund, when it has them.
    const donor =
      donors.at(-1) ??
      (recipient && context.fundDonors.get(recipient.id)
        ? { id: context.fundDonors.get(recipient.id)!, kind: 'organization', start: -1, end: -1 }
        : undefined);
    const { why: dateWhy, ...dated } = figureDate(dates, span, status, published);
    found.push({
      donor: donor?.id,
      ...(recipient ? { recipient: recipient.id } : {}),
      ...dated,
      amount: Math.round(amount),
      currency,
      status,
      approximate: isHedged(sentence.text, number.start - (before.match(/\S+$/)?.[0].length ?? 0)),
      quote: sentence.text,
      why: `"${sentence.text.slice(number.start - (before.match(/\S+$/)?.[0].length ?? 0), number.end)}" in ${currency}${donor ? '' : ' (no donor named: to fill)'}; ${cue ? `status from "${cue.words}"` : 'no money verb: pledged'}; ${dateWhy}`,
    });
  }
  return found;
}

/** What money proposals need from the rest of the story and the site. */
interface MoneyContext {
  /** Entities that are funds (an organization with "fund" in its name). */
  readonly funds: ReadonlySet<string>;
  /** A fund → the site's entity for its donors counted together ("Donors to the … fund"). */
  readonly fundDonors: ReadonlyMap<string, string>;
  /** The fund the sentence before named, if any. */
  readonly previousFund?: string;
}

/** Proposes mandate statements in one sentence: a mission named with a decision or an end. */
function mandatesIn(
  sentence: Span,
  dates: readonly FoundDate[],
  mentions: readonly Mention[],
  published: string,
  storyMission?: string,
): MandateProposal[] {
  const named = mentions.filter((mention) => mention.kind === 'mission');
  // "the operation", "the mission": the one mission the story names elsewhere.
  const MISSION_WORDS =
    /\b(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}(?:mission|force|operation)\b/i;
  const at = sentence.text.search(MISSION_WORDS);
  const missions =
    named.length > 0 || !storyMission || at === -1
      ? named
      : [
          {
            id: storyMission,
            kind: 'mission',
            start: at,
            end: at + (MISSION_WORDS.exec(sentence.text)?.[0].length ?? 0),
          },
        ];
  const refersToMission = missions.length > 0 || at !== -1 || /\bmandate\b/i.test(sentence.text);
  if (
    !refersToMission ||
    !/\bmandate|security council|authori[sz]|resolution|approv/i.test(sentence.text)
  )
    return [];
  const anchor = missions[0] ?? {
    start: sentence.text.search(/mission|mandate|force|operation/i),
    end: sentence.text.search(/mission|mandate|force|operation/i) + 7,
  };
  const cue = nearestCue(
    sentence.text,
    { text: '', start: anchor.start, end: anchor.end },
    MANDATE_CUES,
  );
  if (!cue) return [];
  const action = cue.value;
  const untilDate = dates.find(
    (date) =>
      /\b(?:until|through|to|till|in|on|by)\s*$/i.test(
        sentence.text.slice(Math.max(0, date.start - 10), date.start),
      ) &&
      (action === 'expires' || action === 'renewed') &&
      /until|through|till|expire|end/i.test(
        sentence.text.slice(Math.max(0, date.start - 30), date.start + 5),
      ),
  );
  const otherDates = dates.filter((date) => date !== untilDate);
  const ceiling = findNumbers(sentence.text).find(
    (number) =>
      PERSONNEL_NOUN.test(sentence.text.slice(number.end)) ||
      /\b(?:up to|ceiling of|of)\s*$/i.test(
        sentence.text.slice(Math.max(0, number.start - 12), number.start),
      ),
  );
  const body = mentions.find(
    (mention) =>
      mention.kind === 'organization' &&
      /security council|united nations|\bun\b/i.test(
        sentence.text.slice(mention.start, mention.end),
      ),
  );
  const { why: dateWhy, ...dated } =
    action === 'expires'
      ? {
          date: reportMonth(published),
          inferred: false,
          why: 'a stated end: dated by the month of publication',
        }
      : figureDate(
          otherDates,
          { text: '', start: anchor.start, end: anchor.end },
          'authorised',
          published,
        );
  return [
    {
      mission: missions[0]?.id,
      ...dated,
      action,
      ...(ceiling && PERSONNEL_NOUN.test(sentence.text.slice(ceiling.end))
        ? { ceiling: ceiling.value }
        : {}),
      ...(untilDate ? { until: untilDate.date } : {}),
      ...(body ? { by: body.id } : {}),
      quote: sentence.text,
      why: `"${cue.words}" about ${missions[0] ? 'the mission' : 'a mission (to fill)'}; ${dateWhy}${untilDate ? `; until "${untilDate.words}"` : ''}`,
    },
  ];
}

/** "NAIROBI, Kenya, Aug 20 — ": where and when the story was filed, not what happened. */
const DATELINE =
  /^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(\w+\)\s*)?[—–-]+\s*/;

/** The main clause of a sentence, as an event title: leading time or place phrases, quotes and trailing clauses left out. */
export function mainClause(sentence: string): string {
  let title = sentence
    .replace(DATELINE, '')
    .replace(/^["“‘']|["”’']$/g, '')
    .replace(
      /^(?:(?:On|In|At|During|After|Before|Since|Over|From|Following|Amid|Earlier|Later|Meanwhile|Last (?:week|month|year|weekend)|This (?:week|month|year|weekend)|A (?:week|month|year|day) ago)\b[^,]{0,60},\s+)+/,
      '',
    )
    .replace(
      /,\s+(?:which|who|where|while|as|after|before|when|bringing|making|adding|according|amid|with|following|saying|during)\b.*$/i,
      '',
    )
    .replace(/\s+(?:—|–|-)\s+.*$/, '')
    .replace(/[.!?;:]+["”’']?$/, '')
    .trim();
  if (title.length > 140) title = `${title.slice(0, 137).replace(/\s+\S*$/, '')}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Proposes an event for a sentence with a date it can resolve and an action. */
function eventIn(
  sentence: Span,
  dates: readonly FoundDate[],
  mentions: readonly Mention[],
  published: string,
): EventProposal | undefined {
  // A date still to come, worked out from words ("in a few weeks"), is not an event yet; a dateline's date is the story's.
  const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
  const inText = dates.find(
    (found) =>
      !found.since && !(found.relative && found.date > published) && found.start >= dateline,
  );
  // A sentence dated only by its dateline ("NAIROBI, Aug 20 — Ruto has called…") happened by then: its month.
  const byDateline = dates.find((found) => found.start < dateline);
  const date =
    inText ??
    (byDateline
      ? {
          ...byDateline,
          date: byDateline.date.slice(0, 7),
          precision: 'month' as const,
          words: `${byDateline.words} (the dateline)`,
        }
      : undefined);
  if (
    !date ||
    !hasAction(sentence.text) ||
    sentence.text.length < 25 ||
    !/[.!?"”’]$/.test(sentence.text)
  )
    return undefined;
  const kind = EVENT_KINDS.find(([pattern]) => pattern.test(sentence.text))?.[1] ?? 'other';
  return {
    date: date.date,
    title: mainClause(sentence.text),
    kind,
    entities: [...new Set(mentions.map((mention) => mention.id))],
    quote: sentence.text,
    inferred: date.relative,
    ...(date.relative
      ? {
          note: `The text says "${date.words}"; the date is worked out from the publication date, ${published}.`,
        }
      : {}),
    why: `dated by "${date.words}" (${date.precision}); kind from its words: ${kind}`,
  };
}

/**
 * Drafts what a story records. `published` is its YYYY-MM-DD date; `knowledge` the site's entities
 * and the countries' names; `findNames` finds names the site does not know.
 */
export function draftStory(
  text: string,
  published: string,
  knowledge: Knowledge,
  findNames?: NameFinder,
): Draft {
  const draft: Draft = {
    events: [],
    deployments: [],
    funding: [],
    mandates: [],
    entities: [],
    unknownEntities: [],
  };
  const seenEvents = new Set<string>();
  const entityIds = new Set<string>();
  const names = namePatterns(knowledge);
  const sentences = splitSentences(text).map((sentence) => ({
    sentence,
    mentions: mentionsIn(sentence.text, names),
  }));
  const storyMissions = new Set(
    sentences.flatMap(({ mentions }) =>
      mentions.filter((mention) => mention.kind === 'mission').map((mention) => mention.id),
    ),
  );
  // "the operation" in a story that names no mission: the one the site knows, when it knows one only.
  const siteMissions = knowledge.entities.filter((entity) => entity.kind === 'mission');
  const storyMission =
    storyMissions.size === 1
      ? [...storyMissions][0]
      : storyMissions.size === 0 && siteMissions.length === 1
        ? siteMissions[0]!.id
        : undefined;
  let previousCountry: string | undefined;
  const funds = new Set(
    knowledge.entities
      .filter((entity) => entity.kind === 'organization' && /\bfund\b/i.test(entity.names[0] ?? ''))
      .map((entity) => entity.id),
  );
  // The site's entity for a fund's donors counted together: "Donors to the … fund".
  const fundDonorsEntity = knowledge.entities.find((entity) =>
    /^donors to\b.*\bfund\b/i.test(entity.names[0] ?? ''),
  );
  const fundDonors = new Map<string, string>(
    fundDonorsEntity ? [...funds].map((fund) => [fund, fundDonorsEntity.id] as const) : [],
  );
  let previousFund: string | undefined;
  for (const { sentence, mentions } of sentences) {
    const dates = findDates(sentence.text, published);
    for (const mention of mentions)
      if (knowledge.entities.some((entity) => entity.id === mention.id)) entityIds.add(mention.id);
    draft.deployments.push(...personnelIn(sentence, dates, mentions, published, previousCountry));
    draft.funding.push(
      ...moneyIn(sentence, dates, mentions, published, { funds, fundDonors, previousFund }),
    );
    previousFund = mentions.find((mention) => funds.has(mention.id))?.id ?? previousFund;
    draft.mandates.push(...mandatesIn(sentence, dates, mentions, published, storyMission));
    previousCountry =
      mentions.filter((mention) => mention.kind === 'country' && mention.id !== 'haiti').at(-1)
        ?.id ?? previousCountry;
    const event = eventIn(sentence, dates, mentions, published);
    if (event && !seenEvents.has(`${event.date}|${event.title}`)) {
      seenEvents.add(`${event.date}|${event.title}`);
      draft.events.push(event);
    }
  }
  draft.entities.push(...entityIds);

  // A country the site has no entity file for yet: left to fill, with the file to create listed below.
  const known = new Set(knowledge.entities.map((entity) => entity.id));
  const missing = new Map<string, string>();
  const check = <T extends { why: string }>(item: T, field: keyof T & string): T => {
    const id = item[field];
    if (typeof id !== 'string' || known.has(id)) return item;
    const name = [...knowledge.countries].find(([, country]) => country === id)?.[0] ?? id;
    missing.set(id, name);
    return {
      ...item,
      [field]: undefined,
      why: `${item.why}; ${field} ${name} (${id}) has no entity file yet: to fill once created`,
    };
  };
  draft.deployments.splice(
    0,
    Infinity,
    ...draft.deployments.map((figure) => check(figure, 'country')),
  );
  draft.funding.splice(
    0,
    Infinity,
    ...draft.funding.map((figure) => check(check(figure, 'donor'), 'recipient')),
  );
  for (const event of draft.events)
    (event.entities as string[]).splice(
      0,
      Infinity,
      ...event.entities.filter((id) => known.has(id)),
    );
  for (const [, name] of missing) draft.unknownEntities.push({ name, kind: 'country' });
  if (findNames) {
    const known = new Set(
      knowledge.entities.flatMap((entity) => entity.names.map((name) => name.toLowerCase())),
    );
    for (const country of knowledge.countries.keys()) known.add(country.toLowerCase());
    const seen = new Set<string>();
    for (const candidate of findNames(text)) {
      const key = candidate.name.toLowerCase();
      if (
        known.has(key) ||
        seen.has(key) ||
        [...known].some((name) => name.includes(key) || key.includes(name))
      )
        continue;
      seen.add(key);
      draft.unknownEntities.push(candidate);
    }
  }
  return draft;
}
