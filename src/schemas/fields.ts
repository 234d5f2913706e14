/**
 * Field types shared by the article and entity schemas. Each refinement says
 * what was wrong and what was expected, because contributors read these messages.
 */
import { z } from 'astro/zod';
import { isFullDate, parsePartialDate } from './dates.ts';
import { LANGUAGES, type Language } from './languages.ts';

/** Lowercase letters, digits and hyphens: the rule for file names, ids and URLs. */
export const SLUG = /^[a-z0-9-]+$/;

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString();
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

/** "is missing" or "got <value>": the first half of every message. */
export const got = (value: unknown): string =>
  value === undefined ? 'is missing' : `got ${shown(value)}`;

/**
 * YAML parsers hand dates over in different shapes: the contract's own pass
 * (YAML 1.2 core schema) gives `2024` as a number and `2024-06-01` as text;
 * Astro's loader (YAML 1.1) gives unquoted full dates as Date objects. All
 * become the text the contributor wrote.
 */
function dateAsText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export const partialDateField = z.preprocess(
  dateAsText,
  z
    .string({
      error: (issue) => `${got(issue.input)}; expected a date as YYYY, YYYY-MM or YYYY-MM-DD`,
    })
    .refine((text) => parsePartialDate(text) !== null, {
      error: (issue) =>
        `${shown(issue.input)} is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD (months 01-12, days that exist in that month)`,
    }),
);

/** A full calendar date `YYYY-MM-DD`, quoted or not. */
export const fullDateField = z.preprocess(
  dateAsText,
  z
    .string({ error: (issue) => `${got(issue.input)}; expected a full date as YYYY-MM-DD` })
    .refine(isFullDate, {
      error: (issue) =>
        `${shown(issue.input)} is not a full calendar date; expected YYYY-MM-DD (a day that exists)`,
    }),
);

/** An id of another file: lowercase letters, digits and hyphens. */
export const idField = z
  .string({
    error: (issue) => `${got(issue.input)}; expected an id (lowercase letters, digits and hyphens)`,
  })
  .regex(SLUG, {
    error: (issue) =>
      `${shown(issue.input)} is not an id; expected lowercase letters, digits and hyphens`,
  });

/** What an entity reference carries for tools that read the schemas (the desk): the kinds it may name. */
export interface EntityRefMeta {
  /** Entity kinds the id may name; empty for any kind. */
  readonly entityKinds: readonly string[];
}

/**
 * An id of an entity file (`content/entities/<id>.md`), optionally of given kinds. The kinds are
 * checked across files (src/lib/contract/validateContent.ts); here they are metadata, so the desk
 * offers a picker over the entities of those kinds.
 */
export const entityRef = (kinds: readonly string[] = []) =>
  idField.meta({ entityKinds: kinds } satisfies EntityRefMeta);

/** Non-empty text up to `max` characters. */
export const textField = (max: number) =>
  z
    .string({ error: (issue) => `${got(issue.input)}; expected text` })
    .trim()
    .min(1, { error: 'is empty; expected some text' })
    .max(max, {
      error: (issue) => `is ${String(issue.input).length} characters long; expected at most ${max}`,
    });

/** An absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused. */
export const httpUrlField = z
  .string({ error: (issue) => `${got(issue.input)}; expected an absolute http(s) URL` })
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `${shown(issue.input)} is not an absolute http(s) URL; expected https://...`,
    },
  );

/** A quote that must occur in the body; checked against the body by the contract pass. */
export const quoteField = z
  .string({
    error: (issue) => `${got(issue.input)}; expected a sentence copied from the article body`,
  })
  .trim()
  .min(1, { error: 'is empty; expected a sentence copied from the article body' });

/** One of a fixed set of words. */
export const choiceField = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `${got(issue.input)}; expected one of ${values.join(' | ')}`,
  });

/** A list that defaults to empty, so later code never checks for undefined. */
export const listField = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: (issue) => `${got(issue.input)}; expected a list` }).default([]);

/** true or false. */
export const flagField = z.boolean({
  error: (issue) => `${got(issue.input)}; expected true or false`,
});

export { LANGUAGES, type Language };

/**
 * `translations:` of a file or item: per language code, some of the given
 * fields. An unknown language or field is an error, like any unknown field.
 */
export const translationsField = <S extends Record<string, z.ZodType>>(fields: S) => {
  const perLanguage = strictFields(
    Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof S]: z.ZodOptional<S[K]>;
    },
  );
  return strictFields({
    en: perLanguage.optional(),
    fr: perLanguage.optional(),
    ht: perLanguage.optional(),
  }).default({});
};

/**
 * The fields that say a value is the editors' reading rather than the source's
 * words (content contract, "What the editors inferred"). Spread into an item's shape.
 */
export const inferenceShape = {
  /** The date (or count) is the editors' reading, not the source's words. */
  inferred: flagField.default(false),
  /** How the editors read it; required when `inferred` is true. */
  note: textField(400).optional(),
};

/** `note` is required when `inferred: true`; added to every list item that can be inferred. */
export function requireNoteWhenInferred(
  item: { inferred: boolean; note?: string },
  context: z.RefinementCtx,
): void {
  if (item.inferred && item.note === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['note'],
      message:
        'is missing; expected a note saying how the editors inferred the value when inferred is true',
    });
  }
}

/**
 * An object that refuses unknown fields, naming the closest known one: a
 * misspelt `kidn:` is a typo, and silently ignoring it would lose data.
 */
export function strictFields<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const hint = closest(key, known);
        return `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected only ${known.join(', ')}`;
      }
      if (issue.code === 'invalid_type')
        return `${got(issue.input)}; expected a set of fields (key: value)`;
      return undefined;
    },
  });
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
