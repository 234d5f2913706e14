/**
 * What the content loader stores per entry: the contract's fields plus what
 * the pages need from the body, derived once (summary, reading time and the
 * first mention of each entity), and where the rendered body is kept. Only that: Astro compiles the
 * whole store into one module per build, so every stored byte costs build time.
 * These schemas give the collections their types; the contract itself is
 * checked by the loader (src/build/loaders/contentLoader.ts).
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { entitySchema } from './entity.ts';
import { LANGUAGES } from './fields.ts';

/** An article as stored: its fields and its per-file derivations. */
export const storedArticleSchema = articleSchema.extend({
  /** The article's own summary, else its first paragraph, cut near 320 characters. */
  summaryText: z.string(),
  /** Whole minutes to read the body. */
  readingMinutes: z.number().int().positive(),
  /** The first mention of each entity in the body's plain text, in reading order: [id, start, end]. */
  mentions: z.array(
    z.tuple([z.string(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
  ),
  /**
   * The file holding the rendered HTML and the plain text (src/build/loaders/bodyCache.ts): kept out of
   * the store, which Astro compiles into one module per build.
   */
  bodyFile: z.string(),
});

/**
 * An entity as stored: the contract's fields, and its body rendered once per edition (its mention
 * links go to the entity pages of the edition showing it). Entity bodies are a few sentences.
 */
export const storedEntitySchema = entitySchema.extend({
  bodyHtml: z.partialRecord(z.enum(LANGUAGES), z.string()),
});

export type StoredArticle = z.output<typeof storedArticleSchema>;
export type StoredEntity = z.output<typeof storedEntitySchema>;
