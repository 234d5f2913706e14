/**
 * The content contract's own validation pass (shared/design/content-format.md):
 * every file is read, every rule checked, and every problem returned at once, so
 * a contributor who commits three bad files sees three messages in one run.
 * Pure: takes file texts, returns validated entries and problems.
 */
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import { entitySchema, type EntityData } from '../../schemas/entity.ts';
import { SLUG } from '../../schemas/fields.ts';
import { mergeEvents } from '../mergeEvents.ts';
import { mdastToText, parseMarkdown, type PlainText } from '../plainText.ts';
import { indexQuotes } from '../quotes.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import { fieldPath, type ContentProblem } from './problems.ts';
import { zodProblems } from './zodProblems.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, as shown in messages. */
  readonly path: string;
  readonly source: string;
}

/** A validated article with its body and plain text, ready for derivation. */
export interface ArticleEntry {
  readonly slug: string;
  readonly file: string;
  readonly data: ArticleData;
  readonly body: string;
  /** Body without markdown, one line per block; parsed once per build. */
  readonly plainText: string;
  /** Ranges of the plain text that are link text or code (never mentions). */
  readonly skips: PlainText['skips'];
}

/** A validated entity. */
export interface EntityEntry {
  readonly id: string;
  readonly file: string;
  readonly data: EntityData;
  readonly body: string;
}

export interface ValidatedContent {
  readonly articles: ArticleEntry[];
  readonly entities: EntityEntry[];
  /** Empty when the content is valid. */
  readonly problems: ContentProblem[];
}

/** The id a file gets: its name without `.md`. */
export function idFromPath(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}

interface Parsed<T> {
  readonly id: string;
  readonly file: string;
  readonly parsed: ParsedFile;
  /** The fields as written, for checks that must run even when the schema fails. */
  readonly raw: Record<string, unknown>;
  /** The schema's output; undefined when the file broke the schema. */
  readonly data?: T;
}

/** Validates both collections and the rules that join them. */
export function validateContent(input: { articles: readonly SourceFile[]; entities: readonly SourceFile[] }): ValidatedContent {
  const problems: ContentProblem[] = [];
  const entityFiles = checkIds(input.entities, 'entity id', problems);
  const articleFiles = checkIds(input.articles, 'article slug', problems);

  const entities = parseAll(entityFiles, entitySchema, problems);
  const articles = parseAll(articleFiles, articleSchema, problems);
  // Ids of every entity file, even invalid ones, so one bad entity file is one
  // problem rather than one per article that names it.
  const knownEntities = new Set(entityFiles.map((file) => file.id));
  const entityKinds = new Map(entities.flatMap((entity) => (entity.data ? [[entity.id, entity.data.kind] as const] : [])));

  const refProblem = (file: Parsed<unknown>, path: readonly PropertyKey[], message: string): void => {
    problems.push({ file: file.file, field: fieldPath(path), line: file.parsed.lineOf(path), message });
  };
  /** Checks that an id names an entity file and, when `kinds` is given, one of those kinds. */
  const checkEntity = (file: Parsed<unknown>, id: string, path: (string | number)[], kinds?: readonly string[]): void => {
    const kind = entityKinds.get(id);
    if (!knownEntities.has(id)) {
      refProblem(file, path, `unknown entity id "${id}"; expected the name of a file in content/entities/ (create content/entities/${id}.md)`);
    } else if (kinds && kind !== undefined && !kinds.includes(kind)) {
      refProblem(file, path, `"${id}" is an entity of kind ${kind}; expected an entity of kind ${kinds.join(' or ')}`);
    }
  };

  // Reference and quote checks read the raw fields, so a file with a schema
  // problem still gets every other problem reported in the same run.
  for (const entity of entities) {
    const country = entity.raw.country;
    if (typeof country === 'string' && SLUG.test(country)) checkEntity(entity, country, ['country'], ['country']);
  }

  const entries: ArticleEntry[] = [];
  for (const article of articles) {
    const raw = article.raw;
    eachId(raw.entities, (id, i) => checkEntity(article, id, ['entities', i]));
    eachItem(raw.events, (event, i) => eachId(event.entities, (id, j) => checkEntity(article, id, ['events', i, 'entities', j])));
    eachItem(raw.deployments, (figure, i) => eachId([figure.country], (id) => checkEntity(article, id, ['deployments', i, 'country'], ['country'])));
    eachItem(raw.funding, (figure, i) => {
      eachId([figure.donor], (id) => checkEntity(article, id, ['funding', i, 'donor'], ['country', 'organization']));
      eachId([figure.recipient], (id) => checkEntity(article, id, ['funding', i, 'recipient']));
    });
    eachItem(raw.mandates, (mandate, i) => {
      eachId([mandate.mission], (id) => checkEntity(article, id, ['mandates', i, 'mission'], ['mission']));
      eachId([mandate.by], (id) => checkEntity(article, id, ['mandates', i, 'by']));
    });

    const { text: plainText, skips } = mdastToText(parseMarkdown(article.parsed.body));
    const quotes = indexQuotes(plainText);
    for (const list of ['events', 'deployments', 'funding', 'mandates'] as const) {
      eachItem(raw[list], (item, i) => {
        const quote = item.quote;
        if (typeof quote !== 'string' || quote.trim() === '' || quotes.contains(quote)) return;
        const path = [list, i, 'quote'];
        refProblem(article, path, `"${shorten(quote)}" does not occur in the article body; expected a passage copied from the body (spaces, curly quotes and emphasis may differ)`);
      });
    }
    if (article.data) entries.push({ slug: article.id, file: article.file, data: article.data, body: article.parsed.body, plainText, skips });
  }

  const { conflicts } = mergeEvents(entries.map((entry) => ({ ...entry.data, slug: entry.slug, file: entry.file })));
  const byFile = new Map(articles.map((article) => [article.file, article]));
  for (const { id, first, second } of conflicts) {
    const article = byFile.get(second.file);
    problems.push({
      file: second.file,
      field: `events[${second.index}].date`,
      line: article?.parsed.lineOf(['events', second.index, 'date']),
      message: `"${second.date}" contradicts "${first.date}" given for event id "${id}" in ${first.file}; expected dates that agree (one may be less precise, such as 2025-01 and 2025-01-18)`,
    });
  }

  return {
    articles: entries,
    entities: entities.flatMap((entity) => (entity.data ? [{ id: entity.id, file: entity.file, data: entity.data, body: entity.parsed.body }] : [])),
    problems,
  };
}

/** Checks the file-name rule and uniqueness; returns the files with their ids. */
function checkIds(files: readonly SourceFile[], what: string, problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  const result: { id: string; file: SourceFile }[] = [];
  for (const file of files) {
    const id = idFromPath(file.path);
    if (!SLUG.test(id)) {
      problems.push({ file: file.path, field: '', message: `the file name "${id}" is not a valid ${what}; expected lowercase letters, digits and hyphens, such as ruto-visits-haiti.md` });
      continue;
    }
    const other = seen.get(id);
    if (other !== undefined) {
      problems.push({ file: file.path, field: '', message: `duplicate ${what} "${id}", also used by ${other}; expected each ${what} once` });
      continue;
    }
    seen.set(id, file.path);
    result.push({ id, file });
  }
  return result.map(({ id, file }) => ({ id, path: file.path, source: file.source }));
}

interface Schema<T> {
  safeParse(data: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: import('astro/zod').z.core.$ZodIssue[] } };
}

function parseAll<T>(files: readonly { id: string; path: string; source: string }[], schema: Schema<T>, problems: ContentProblem[]): Parsed<T>[] {
  const parsed: Parsed<T>[] = [];
  for (const file of files) {
    const result = parseContentFile(file.path, file.source);
    if (Array.isArray(result)) {
      problems.push(...result);
      continue;
    }
    const checked = schema.safeParse(result.data, { reportInput: true });
    if (!checked.success) problems.push(...zodProblems(file.path, checked.error.issues, result.lineOf));
    parsed.push({ id: file.id, file: file.path, parsed: result, raw: result.data, data: checked.success ? checked.data : undefined });
  }
  return parsed;
}

/** Calls `visit` for each object in a raw list field; ignores anything else (the schema reports it). */
function eachItem(list: unknown, visit: (item: Record<string, unknown>, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) visit(item as Record<string, unknown>, index);
  });
}

/** Calls `visit` for each well-formed id in a raw list of ids. */
function eachId(list: unknown, visit: (id: string, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((id, index) => {
    if (typeof id === 'string' && SLUG.test(id)) visit(id, index);
  });
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
