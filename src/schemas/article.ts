import { z } from 'astro/zod';
import {
  choiceField,
  entityRef,
  flagField,
  fullDateField,
  got,
  httpUrlField,
  idField,
  inferenceShape,
  LANGUAGES,
  listField,
  partialDateField,
  quoteField,
  requireNoteWhenInferred,
  strictFields,
  textField,
  translationsField,
} from './fields.ts';

/** What an event is about; shown as a badge and used for timeline filters. */
export const EVENT_KINDS = [
  'visit',
  'deployment',
  'diplomacy',
  'un-action',
  'security',
  'funding',
  'statement',
  'other',
] as const;
/** pledged: a promise; announced: a batch named as coming; deployed: on the ground (a total); withdrawn: left. */
export const DEPLOYMENT_STATUSES = ['pledged', 'announced', 'deployed', 'withdrawn'] as const;
export const PERSONNEL_KINDS = ['police', 'military', 'mixed'] as const;

/** pledged: a promise of money; disbursed: money stated to have been paid out. */
export const FUNDING_STATUSES = ['pledged', 'disbursed'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** What an article says about a mission's mandate (content contract, "Mandates"). */
export const MANDATE_ACTIONS = ['authorised', 'renewed', 'expires', 'ended'] as const;
export type MandateAction = (typeof MANDATE_ACTIONS)[number];

/** stated: the date is when the fact held or happened; reported: the text gives no such date, and the date is when the article reported it. */
export const DATE_BASES = ['stated', 'reported'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** Article fields the editors may have supplied rather than copied from the source. */
export const INFERABLE_ARTICLE_FIELDS = ['title', 'published', 'outlet', 'author'] as const;
export type InferableArticleField = (typeof INFERABLE_ARTICLE_FIELDS)[number];

/** ISO 4217 codes the runtime knows (Intl), so a typo such as "USS" is caught. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export type EventKind = (typeof EVENT_KINDS)[number];
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];

/** A number of personnel: a positive whole number (`example` shows one in the error). */
const personnelCount = (example: number) =>
  z
    .number({
      error: (issue) =>
        `${got(issue.input)}; expected a whole number of personnel, such as ${example}`,
    })
    .int({
      error: (issue) =>
        `got ${String(issue.input)}, a fraction; expected a whole number of personnel`,
    })
    .positive({
      error: (issue) => `got ${String(issue.input)}; expected a positive number of personnel`,
    });

/** A dated happening the article reports. */
export const eventSchema = strictFields({
  /** Partial date of the event. */
  date: partialDateField,
  /** Short headline of the event. */
  title: textField(200),
  /** Shared by every article that reports the same event, so the timeline shows it once. */
  id: idField.optional(),
  /** What kind of event; defaults to `other`. */
  kind: choiceField(EVENT_KINDS).default('other'),
  /** Entity ids involved. */
  entities: listField(entityRef()),
  /** The sentence of the body the event rests on. */
  quote: quoteField.optional(),
  ...inferenceShape,
  /** The title in other languages. */
  translations: translationsField({ title: textField(200) }),
}).superRefine(requireNoteWhenInferred);

/** A personnel figure the article states for one country. */
export const deploymentSchema = strictFields({
  /** Id of an entity of kind country. */
  country: entityRef(['country']),
  /** Partial date the figure refers to. */
  date: partialDateField,
  /** stated (default): the date is when it held or happened; reported: the date is when the article reported it. */
  date_basis: choiceField(DATE_BASES).optional(),
  /** Number of personnel, a positive whole number. */
  count: personnelCount(400),
  /** pledged | announced | deployed | withdrawn. */
  status: choiceField(DEPLOYMENT_STATUSES),
  /** The text hedges the figure ("nearly", "around", "about"). */
  approximate: flagField.default(false),
  /** police | military | mixed, when the text says. */
  personnel: choiceField(PERSONNEL_KINDS).optional(),
  /** The sentence of the body that states the figure. */
  quote: quoteField,
  ...inferenceShape,
}).superRefine(requireNoteWhenInferred);

/** A money figure the article states. */
export const fundingSchema = strictFields({
  /** Id of the entity (country or organization) that gives. */
  donor: entityRef(['country', 'organization']),
  /** Id of the entity that receives (mission, trust fund, country). */
  recipient: entityRef().optional(),
  /** Partial date the figure refers to. */
  date: partialDateField,
  /** stated (default): the date is when it held or happened; reported: the date is when the article reported it. */
  date_basis: choiceField(DATE_BASES).optional(),
  /** Positive amount in whole units of the currency (100000000 for $100 million). */
  amount: z
    .number({
      error: (issue) =>
        `${got(issue.input)}; expected an amount as a plain number, such as 100000000`,
    })
    .positive({ error: (issue) => `got ${String(issue.input)}; expected a positive amount` })
    .refine(Number.isFinite, { error: 'expected a finite amount' }),
  /** ISO 4217 currency code, such as USD. */
  currency: z
    .string({
      error: (issue) => `${got(issue.input)}; expected an ISO 4217 currency code such as USD`,
    })
    .refine((code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code), {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an ISO 4217 currency code; expected three capital letters such as USD, EUR or KES`,
    }),
  /** pledged | disbursed. */
  status: choiceField(FUNDING_STATUSES),
  /** The text hedges the amount. */
  approximate: flagField.default(false),
  /** The sentence of the body that states the amount. */
  quote: quoteField,
  ...inferenceShape,
}).superRefine(requireNoteWhenInferred);

/** A statement about a mission's mandate: its authorisation, renewal, stated end. */
export const mandateSchema = strictFields({
  /** Id of an entity of kind mission. */
  mission: entityRef(['mission']),
  /** Partial date of the decision or statement. */
  date: partialDateField,
  /** stated (default): the date is when it held or happened; reported: the date is when the article reported it. */
  date_basis: choiceField(DATE_BASES).optional(),
  /** authorised | renewed | expires | ended. */
  action: choiceField(MANDATE_ACTIONS),
  /** Authorised personnel, a positive whole number ("up to 2,500" is an exact ceiling). */
  ceiling: personnelCount(2500).optional(),
  /** Partial date the mandate runs to. */
  until: partialDateField.optional(),
  /** Id of the entity (such as un-security-council) that decided. */
  by: entityRef().optional(),
  /** The text hedges the ceiling ("about"); "up to" is exact. */
  approximate: flagField.default(false),
  /** The sentence of the body that states it. */
  quote: quoteField,
  ...inferenceShape,
}).superRefine(requireNoteWhenInferred);

/** Frontmatter of `content/articles/<slug>.md`. */
export const articleSchema = strictFields({
  /** Headline, 1-200 characters. */
  title: textField(200),
  /** Publication date, a full YYYY-MM-DD date. */
  published: fullDateField,
  /** The publication, when the text names it. */
  outlet: textField(200).optional(),
  /** The author, when the text names one. */
  author: textField(200).optional(),
  /** Link to the original story, absolute http(s). */
  url: httpUrlField.optional(),
  /** One or two sentences; the first paragraph is used when absent. */
  summary: textField(400).optional(),
  /** Free-form topic words. */
  tags: listField(textField(60)),
  /** Entity ids tagged by hand (mentions by name are found automatically). */
  entities: listField(entityRef()),
  /** Dated happenings the article reports. */
  events: listField(eventSchema),
  /** Personnel figures the article states. */
  deployments: listField(deploymentSchema),
  /** Money pledged or disbursed that the article states. */
  funding: listField(fundingSchema),
  /** What the article states about a mission's mandate. */
  mandates: listField(mandateSchema),
  /** Which of title | published | outlet | author the editors supplied rather than copied from the source. */
  inferred: listField(choiceField(INFERABLE_ARTICLE_FIELDS)),
  /** The editors' note on what they supplied, up to 400 characters. */
  note: textField(400).optional(),
  /** The language of title, summary and body: en | fr | ht. */
  lang: choiceField(LANGUAGES).default('en'),
  /** Title and summary in other languages. */
  translations: translationsField({ title: textField(200), summary: textField(400) }),
  /** A file still being written: checked, never published; values left empty are listed as to fill. */
  draft: flagField.default(false),
});

export type ArticleData = z.output<typeof articleSchema>;
export type EventData = z.output<typeof eventSchema>;
export type DeploymentData = z.output<typeof deploymentSchema>;
export type FundingData = z.output<typeof fundingSchema>;
export type MandateData = z.output<typeof mandateSchema>;
