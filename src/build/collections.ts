/**
 * The content contract (see CONTRIBUTING.md): two collections, `articles` and `entities`, filled by
 * one loader that reads each file once, checks every rule of the contract (all problems at once)
 * and stores each entry with what is derived from its file (loaders/contentLoader.ts). A third,
 * `history`, holds the corrections read from the content's git history (loaders/contentHistory.ts).
 * Astro reads them from src/content.config.ts: the build's second door, for Astro alone.
 */
import { defineCollection } from 'astro:content';
import { contentLoaders } from './loaders/contentLoader.ts';

const loaders = contentLoaders();

export const collections = {
  articles: defineCollection({ loader: loaders.articles }),
  entities: defineCollection({ loader: loaders.entities }),
  history: defineCollection({ loader: loaders.history }),
};
