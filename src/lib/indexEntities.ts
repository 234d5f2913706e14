/**
 * The entity index: which articles mention which entities (by name or alias in
 * the body, or tagged by hand), in what sentence, which events involve them,
 * and which entities appear together. Built once per build from the first
 * mentions the content loader stored with each article: no text is scanned here.
 */
import { sentenceAround, type Mention } from './mentions.ts';
import type { MergedEvent } from './mergeEvents.ts';


/** What the index needs to know about an article. */
export interface IndexedArticle {
  readonly slug: string;
  /** The body's plain text. */
  readonly text: string;
  /** The first mention of each entity in `text`, in reading order ({@link firstMentions}). */
  readonly mentions: readonly Mention[];
  /** Ids tagged in the frontmatter (entities, event entities, figure countries). */
  readonly tagged: readonly string[];
}

/** An article that mentions an entity, with the sentence of the first mention. */
export interface ArticleMention {
  readonly article: string;
  /** Undefined when the entity is only tagged, not named in the text. */
  readonly context?: string;
}

export interface RelatedEntity {
  readonly id: string;
  /** Articles that mention both. */
  readonly count: number;
}

export interface EntityIndex {
  /** Ids each article mentions: named ones in reading order, then tagged ones. */
  readonly entitiesOf: (article: string) => readonly string[];
  /** Articles mentioning an entity, in the order the articles were given (newest first). */
  readonly articlesOf: (id: string) => readonly ArticleMention[];
  readonly eventsOf: (id: string) => readonly MergedEvent[];
  /** Up to `relatedLimit` entities most often mentioned in the same articles. */
  readonly relatedOf: (id: string) => readonly RelatedEntity[];
  readonly mentionCount: (id: string) => number;
}

export interface IndexOptions {
  readonly relatedLimit: number;
  /** Display names, to break ties in the related ranking alphabetically. */
  readonly nameOf: (id: string) => string;
}

/** Builds the whole index: counting over each article's stored mentions. */
export function indexEntities(articles: readonly IndexedArticle[], events: readonly MergedEvent[], options: IndexOptions): EntityIndex {
  const entitiesByArticle = new Map<string, string[]>();
  const articlesByEntity = new Map<string, ArticleMention[]>();
  const together = new Map<string, Map<string, number>>();

  for (const article of articles) {
    const first = new Map<string, Mention | undefined>(article.mentions.map((mention) => [mention.id, mention]));
    for (const id of article.tagged) if (!first.has(id)) first.set(id, undefined);

    const ids = [...first.keys()];
    entitiesByArticle.set(article.slug, ids);
    for (const [id, mention] of first) push(articlesByEntity, id, articleMention(article, mention));
    for (const a of ids) {
      const counts = together.get(a) ?? new Map<string, number>();
      together.set(a, counts);
      for (const b of ids) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }

  const eventsByEntity = new Map<string, MergedEvent[]>();
  for (const event of events) for (const id of event.entities) push(eventsByEntity, id, event);

  const related = new Map<string, RelatedEntity[]>();
  for (const [id, counts] of together) {
    const ranked = [...counts]
      .map(([other, count]) => ({ id: other, count }))
      .sort((x, y) => y.count - x.count || options.nameOf(x.id).localeCompare(options.nameOf(y.id), 'en') || x.id.localeCompare(y.id));
    related.set(id, ranked.slice(0, options.relatedLimit));
  }

  return {
    entitiesOf: (article) => entitiesByArticle.get(article) ?? [],
    articlesOf: (id) => articlesByEntity.get(id) ?? [],
    eventsOf: (id) => eventsByEntity.get(id) ?? [],
    relatedOf: (id) => related.get(id) ?? [],
    mentionCount: (id) => articlesByEntity.get(id)?.length ?? 0,
  };
}

/**
 * The sentence is cut out only when a page shows it (entity pages list a few
 * dozen articles, while the index holds a mention for every article × entity),
 * and then kept.
 */
function articleMention(article: IndexedArticle, mention: Mention | undefined): ArticleMention {
  // Cut once: the same sentence shows on the entity's page in every edition.
  let context: { readonly text: string | undefined } | undefined;
  return {
    article: article.slug,
    get context() {
      context ??= { text: mention ? sentenceAround(article.text, mention.start, mention.end) : undefined };
      return context.text;
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
