/**
 * The entity index: which articles mention which entities (by name or alias in
 * the body, or tagged by hand), in what sentence, which events involve them,
 * and which entities appear together. Built once per build from the first
 * mentions the content loader stored with each article: no text is scanned here.
 */
import { sentenceAround, type Mention } from './mentions.ts';
import type { MergedEvent } from '@/lib/timeline/mergeEvents.ts';

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
export function indexEntities(
  articles: readonly IndexedArticle[],
  events: readonly MergedEvent[],
  options: IndexOptions,
): EntityIndex {
  const entitiesByArticle = new Map<string, string[]>();
  const articlesByEntity = new Map<string, ArticleMention[]>();
  // Every article adds ids² pairs: they are counted once each (the count is the same both ways), under
  // small integers, and with the mentions made by a class the index takes 0.6x the time it took
  // (1,000 articles naming ~36 entities each: 74 against 125 ms, medians of 15 runs).
  const numberOf = new Map<string, number>();
  const idOf: string[] = [];
  const together: Map<number, number>[] = [];

  for (const article of articles) {
    const first = new Map<string, Mention | undefined>(
      article.mentions.map((mention) => [mention.id, mention]),
    );
    for (const id of article.tagged) if (!first.has(id)) first.set(id, undefined);

    const ids = [...first.keys()];
    entitiesByArticle.set(article.slug, ids);
    const numbers = ids.map((id) => {
      let n = numberOf.get(id);
      if (n === undefined) {
        numberOf.set(id, (n = idOf.length));
        idOf.push(id);
        together.push(new Map());
      }
      return n;
    });
    for (const [id, mention] of first)
      push(articlesByEntity, id, new LazyMention(article, mention));
    // Each pair once, under its smaller number (the count is the same both ways).
    for (const a of numbers) {
      const counts = together[a]!;
      for (const b of numbers) if (a < b) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }

  const eventsByEntity = new Map<string, MergedEvent[]>();
  for (const event of events) for (const id of event.entities) push(eventsByEntity, id, event);

  // Ties go alphabetically by name: one collator, each name looked up once.
  const collator = new Intl.Collator('en');
  const names = idOf.map((id) => options.nameOf(id));
  const related = new Map<string, RelatedEntity[]>();
  // Each pair both ways, for ranking.
  const both = together.map((counts) => new Map(counts));
  together.forEach((counts, a) => {
    for (const [b, count] of counts) both[b]!.set(a, count);
  });
  both.forEach((counts, a) => {
    const ranked = [...counts]
      .sort(
        ([x, cx], [y, cy]) =>
          cy - cx ||
          collator.compare(names[x]!, names[y]!) ||
          (idOf[x]! < idOf[y]! ? -1 : idOf[x]! > idOf[y]! ? 1 : 0),
      )
      .slice(0, options.relatedLimit)
      .map(([other, count]) => ({ id: idOf[other]!, count }));
    related.set(idOf[a]!, ranked);
  });

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
 * and then kept: the same sentence shows on the entity's page in every edition.
 * A class, not an object with a closure: there is one per article × entity.
 */
class LazyMention implements ArticleMention {
  private cut = false;
  private sentence: string | undefined;
  constructor(
    private readonly source: IndexedArticle,
    private readonly mention: Mention | undefined,
  ) {}
  get article(): string {
    return this.source.slug;
  }
  get context(): string | undefined {
    if (!this.cut && this.mention)
      this.sentence = sentenceAround(this.source.text, this.mention.start, this.mention.end);
    this.cut = true;
    return this.sentence;
  }
  /** What a page shows of it (a cache key digests this, not the article's whole text). */
  toJSON(): ArticleMention {
    return { article: this.article, context: this.context };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
