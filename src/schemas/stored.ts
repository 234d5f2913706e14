/**
 * What the content loader stores per entry: the contract's fields plus what is
 * derived from the file once (plain text, where mentions cannot be, the first
 * mention of each entity). These schemas give the collections their types; the
 * contract itself is checked by the loader (src/loaders/contentLoader.ts).
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { entitySchema } from './entity.ts';

const offset = z.number().int().nonnegative();

/** An article as stored: its fields and its per-file derivations. */
export const storedArticleSchema = articleSchema.extend({
  /** The body without markdown, one line per block. */
  plainText: z.string(),
  /** [start, end) ranges of `plainText` that are link text or code. */
  skips: z.array(z.tuple([offset, offset])),
  /** The first mention of each entity in `plainText`, in reading order: [id, start, end]. */
  mentions: z.array(z.tuple([z.string(), offset, offset])),
});

/** An entity as stored: the contract's fields. */
export const storedEntitySchema = entitySchema;

export type StoredArticle = z.output<typeof storedArticleSchema>;
