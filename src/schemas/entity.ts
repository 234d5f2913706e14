import { z } from 'astro/zod';
import {
  choiceField,
  entityRef,
  listField,
  strictFields,
  textField,
  translationsField,
} from './fields.ts';

export const ENTITY_KINDS = ['person', 'organization', 'country', 'place', 'mission'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Frontmatter of `content/entities/<id>.md`. */
export const entitySchema = strictFields({
  /** Display name; also counts as a mention when it occurs in an article body. */
  name: textField(200),
  /** person | organization | country | place | mission. */
  kind: choiceField(ENTITY_KINDS),
  /** Other exact spellings that count as a mention. */
  aliases: listField(textField(200)),
  /** One line. */
  description: textField(300).optional(),
  /** Id of the country entity it belongs to. */
  country: entityRef(['country']).optional(),
  /** Wikidata id: Q followed by digits. */
  wikidata: z
    .string({ error: 'expected a Wikidata id such as Q114' })
    .regex(/^Q[1-9]\d*$/, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a Wikidata id; expected Q followed by digits, such as Q114`,
    })
    .optional(),
  /** Name, description and aliases in other languages; aliases count as mentions in articles of that language. */
  translations: translationsField({
    name: textField(200),
    description: textField(300),
    aliases: z.array(textField(200), { error: 'expected a list of names' }),
  }),
});

export type EntityData = z.output<typeof entitySchema>;
