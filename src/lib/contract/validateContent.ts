/**
 * The content contract's validation (shared/design/content-format.md): every
 * file is read, every rule checked, and every problem returned at once, so a
 * contributor who commits three bad files sees three messages in one run.
 *
 * Split in two so the content loader can skip files it has seen: the checks of
 * one file on its own ({@link checkArticleFile}, {@link checkEntityFile}: YAML,
 * schema, quotes in the body, plain text) depend only on that file's text;
 * the checks that join files ({@link checkCorpus}: ids exist and have the right
 * kind, ids are unique, event dates agree) run on every build. Pure: takes
 * file texts, returns validated entries and problems.
 */
import { articleSchema, type ArticleData } from '@/schemas/article.ts';
import { entitySchema, type EntityData, type EntityKind } from '@/schemas/entity.ts';
import { SLUG } from '@/schemas/fields.ts';
import { eventDateConflicts } from '@/lib/timeline/mergeEvents.ts';
import { mdastToText, parseMarkdown, type PlainText } from '@/lib/markdown/plainText.ts';
import { indexQuotes } from './quotes.ts';
import { parseContentFile } from './frontmatter.ts';
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

/** An article marked `draft: true`: checked, never published. */
export interface DraftEntry {
  readonly slug: string;
  readonly file: string;
  /** Values left empty that must be filled before `draft: true` is removed. */
  readonly toFill: ContentProblem[];
}

export interface ValidatedContent {
  /** Articles to publish (drafts are not among them). */
  readonly articles: ArticleEntry[];
  readonly entities: EntityEntry[];
  /** Articles marked `draft: true`, with what is still to fill. */
  readonly drafts: DraftEntry[];
  /** Empty when the content is valid. */
  readonly problems: ContentProblem[];
}

/** What the corpus-wide checks need of one file: its fields as written and where they are. */
export interface CheckedFile {
  readonly id: string;
  readonly file: string;
  /** The fields as written (or as validated, for a file known to be valid). */
  readonly raw: Record<string, unknown>;
  /** 1-based line of a field path, for messages. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The result of checking one file on its own. */
export interface FileCheck<T> {
  /** Absent when the file could not be read as frontmatter at all. */
  readonly checked?: CheckedFile;
  /** The schema's output; absent when the file broke the schema or its quotes. */
  readonly data?: T;
  readonly body: string;
  readonly problems: ContentProblem[];
  /** For a draft: the values left empty, which are not problems until `draft: true` is removed. */
  readonly toFill?: ContentProblem[];
  /** True when the file is marked `draft: true`. */
  readonly draft?: boolean;
}

/** The id a file gets: its name without `.md`. */
export function idFromPath(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}

interface Schema<T> {
  safeParse(
    data: unknown,
    params?: { reportInput?: boolean },
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: import('astro/zod').z.core.$ZodIssue[] } };
}

function checkFile<T>(id: string, file: SourceFile, schema: Schema<T>): FileCheck<T> {
  const parsed = parseContentFile(file.path, file.source);
  if (Array.isArray(parsed)) return { body: '', problems: parsed };
  const result = schema.safeParse(parsed.data, { reportInput: true });
  return {
    checked: { id, file: file.path, raw: parsed.data, lineOf: parsed.lineOf },
    data: result.success ? result.data : undefined,
    body: parsed.body,
    problems: result.success ? [] : zodProblems(file.path, result.error.issues, parsed.lineOf),
  };
}

/** An entity file on its own: YAML and schema. */
export function checkEntityFile(id: string, file: SourceFile): FileCheck<EntityData> {
  return checkFile(id, file, entitySchema);
}

/** The lists of an article whose items carry a quote that must occur in the body. */
const QUOTED_LISTS = ['events', 'deployments', 'funding', 'mandates'] as const;

/** An article file on its own: YAML, schema, and every quote found in its body. */
export function checkArticleFile(
  id: string,
  file: SourceFile,
): FileCheck<ArticleData> & { readonly plainText?: PlainText } {
  const result = checkFile(id, file, articleSchema);
  if (!result.checked) return result;
  const plainText = mdastToText(parseMarkdown(result.body));
  const quotes = indexQuotes(plainText.text);
  const problems = [...result.problems];
  const { raw, lineOf } = result.checked;
  for (const list of QUOTED_LISTS) {
    eachItem(raw[list], (item, i) => {
      const quote = item.quote;
      if (typeof quote !== 'string' || quote.trim() === '' || quotes.contains(quote)) return;
      const path = [list, i, 'quote'];
      problems.push({
        file: file.path,
        field: fieldPath(path),
        line: lineOf(path),
        message: `"${shorten(quote)}" does not occur in the article body; expected a passage copied from the body (spaces, curly quotes and emphasis may differ)`,
      });
    });
  }
  if (raw.draft !== true)
    return {
      ...result,
      data: problems.length === 0 ? result.data : undefined,
      problems,
      plainText,
    };
  // A draft: what the drafter (or the editor) left empty is to fill, not wrong.
  const toFill = problems.filter((problem) => isUnfilled(valueAt(raw, problem.field)));
  const wrong = problems.filter((problem) => !toFill.includes(problem));
  return {
    ...result,
    data: wrong.length === 0 && toFill.length === 0 ? result.data : undefined,
    problems: wrong,
    toFill,
    draft: true,
    plainText,
  };
}

/** A value a draft has not filled yet: absent, null or blank text. */
function isUnfilled(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The raw value at a field path as problems write it (`deployments[1].quote`). */
function valueAt(raw: Record<string, unknown>, field: string): unknown {
  let value: unknown = raw;
  for (const key of field.match(/[^.[\]]+/g) ?? []) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[
      /^\d+$/.test(key) && Array.isArray(value) ? Number(key) : key
    ];
  }
  return value;
}

/**
 * The rules that join files: every entity id an article or entity names
 * exists (and is of the kind the field needs), and events that share an id
 * have dates that agree. `entityKinds` holds the kind of every entity whose
 * file is valid; `entityIds` every entity file, valid or not, so one bad
 * entity file is one problem rather than one per article that names it.
 */
export function checkCorpus(input: {
  readonly articles: readonly CheckedFile[];
  readonly entities: readonly CheckedFile[];
  readonly entityIds: ReadonlySet<string>;
  readonly entityKinds: ReadonlyMap<string, EntityKind>;
  /** Valid articles, for the event-date rule. */
  readonly validArticles: readonly { slug: string; file: string; data: ArticleData }[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refProblem = (file: CheckedFile, path: readonly PropertyKey[], message: string): void => {
    problems.push({ file: file.file, field: fieldPath(path), line: file.lineOf(path), message });
  };
  /** Checks that an id names an entity file and, when `kinds` is given, one of those kinds. */
  const checkEntity = (
    file: CheckedFile,
    id: string,
    path: (string | number)[],
    kinds?: readonly string[],
  ): void => {
    const kind = input.entityKinds.get(id);
    if (!input.entityIds.has(id)) {
      refProblem(
        file,
        path,
        `unknown entity id "${id}"; expected the name of a file in content/entities/ (create content/entities/${id}.md)`,
      );
    } else if (kinds && kind !== undefined && !kinds.includes(kind)) {
      refProblem(
        file,
        path,
        `"${id}" is an entity of kind ${kind}; expected an entity of kind ${kinds.join(' or ')}`,
      );
    }
  };

  for (const entity of input.entities) {
    eachId([entity.raw.country], (id) => checkEntity(entity, id, ['country'], ['country']));
  }
  for (const article of input.articles) {
    const raw = article.raw;
    eachId(raw.entities, (id, i) => checkEntity(article, id, ['entities', i]));
    eachItem(raw.events, (event, i) =>
      eachId(event.entities, (id, j) => checkEntity(article, id, ['events', i, 'entities', j])),
    );
    eachItem(raw.deployments, (figure, i) =>
      eachId([figure.country], (id) =>
        checkEntity(article, id, ['deployments', i, 'country'], ['country']),
      ),
    );
    eachItem(raw.funding, (figure, i) => {
      eachId([figure.donor], (id) =>
        checkEntity(article, id, ['funding', i, 'donor'], ['country', 'organization']),
      );
      eachId([figure.recipient], (id) => checkEntity(article, id, ['funding', i, 'recipient']));
    });
    eachItem(raw.mandates, (mandate, i) => {
      eachId([mandate.mission], (id) =>
        checkEntity(article, id, ['mandates', i, 'mission'], ['mission']),
      );
      eachId([mandate.by], (id) => checkEntity(article, id, ['mandates', i, 'by']));
    });
  }

  const byFile = new Map(input.articles.map((article) => [article.file, article]));
  for (const { id, first, second } of eventDateConflicts(
    input.validArticles.map((article) => ({
      ...article.data,
      slug: article.slug,
      file: article.file,
    })),
  )) {
    const article = byFile.get(second.file);
    const path = ['events', second.index, 'date'];
    problems.push({
      file: second.file,
      field: fieldPath(path),
      line: article?.lineOf(path),
      message: `"${second.date}" contradicts "${first.date}" given for event id "${id}" in ${first.file}; expected dates that agree (one may be less precise, such as 2025-01 and 2025-01-18)`,
    });
  }
  return problems;
}

/** The file-name rule and uniqueness: the files with their ids, and a problem for each that breaks it. */
export function checkIds(
  files: readonly SourceFile[],
  what: string,
): { files: { id: string; file: SourceFile }[]; problems: ContentProblem[] } {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  const result: { id: string; file: SourceFile }[] = [];
  for (const file of files) {
    const id = idFromPath(file.path);
    if (!SLUG.test(id)) {
      problems.push({
        file: file.path,
        field: '',
        message: `the file name "${id}" is not a valid ${what}; expected lowercase letters, digits and hyphens, such as ruto-visits-haiti.md`,
      });
      continue;
    }
    const other = seen.get(id);
    if (other !== undefined) {
      problems.push({
        file: file.path,
        field: '',
        message: `duplicate ${what} "${id}", also used by ${other}; expected each ${what} once`,
      });
      continue;
    }
    seen.set(id, file.path);
    result.push({ id, file });
  }
  return { files: result, problems };
}

/**
 * Validates both collections and the rules that join them, in one pass over the given files.
 *
 * With `focus` (paths as in {@link SourceFile.path}), only the problems of those files are
 * returned: the other files are read for what the focused ones need (entity ids and kinds,
 * slugs, the dates of shared event ids) without the work of checking their own bodies, which
 * is what `npm run check -- <file>` asks for in an editor's save-and-check loop.
 */
export function validateContent(
  input: { articles: readonly SourceFile[]; entities: readonly SourceFile[] },
  options: { focus?: ReadonlySet<string> } = {},
): ValidatedContent {
  const focus = options.focus;
  const entityIds = checkIds(input.entities, 'entity id');
  const articleIds = checkIds(input.articles, 'article slug');
  const problems = [...entityIds.problems, ...articleIds.problems];

  const entityChecks = entityIds.files.map(({ id, file }) => ({
    id,
    result: checkEntityFile(id, file),
  }));
  const articleChecks = articleIds.files.map(({ id, file }) => ({
    id,
    result:
      !focus || focus.has(file.path) ? checkArticleFile(id, file) : checkArticleFields(id, file),
  }));
  for (const { result } of [...entityChecks, ...articleChecks]) problems.push(...result.problems);

  const entities = entityChecks.flatMap(({ id, result }) =>
    result.data && result.checked
      ? [{ id, file: result.checked.file, data: result.data, body: result.body }]
      : [],
  );
  const articles = articleChecks.flatMap(({ id, result }) =>
    result.data && result.checked && result.plainText && !result.draft
      ? [
          {
            slug: id,
            file: result.checked.file,
            data: result.data,
            body: result.body,
            plainText: result.plainText.text,
            skips: result.plainText.skips,
          },
        ]
      : [],
  );
  const drafts = articleChecks.flatMap(({ id, result }) =>
    result.draft && result.checked && (!focus || focus.has(result.checked.file))
      ? [{ slug: id, file: result.checked.file, toFill: result.toFill ?? [] }]
      : [],
  );
  problems.push(
    ...checkCorpus({
      articles: articleChecks.flatMap(({ result }) => (result.checked ? [result.checked] : [])),
      entities: entityChecks.flatMap(({ result }) => (result.checked ? [result.checked] : [])),
      entityIds: new Set(entityIds.files.map(({ id }) => id)),
      entityKinds: new Map(entities.map((entity) => [entity.id, entity.data.kind])),
      validArticles: articles,
    }),
  );
  return {
    articles,
    entities,
    drafts,
    problems: focus ? problems.filter((problem) => focus.has(problem.file)) : problems,
  };
}

/**
 * An article's frontmatter alone (YAML and schema, no body): what the corpus-wide rules need of
 * a file that is not being checked. Its text is stood in by an empty plain text.
 */
function checkArticleFields(
  id: string,
  file: SourceFile,
): FileCheck<ArticleData> & { readonly plainText?: PlainText } {
  const result = checkFile(id, file, articleSchema);
  return {
    ...result,
    draft: result.checked?.raw.draft === true,
    plainText: { text: '', skips: [] },
  };
}

/** Calls `visit` for each object in a raw list field; ignores anything else (the schema reports it). */
function eachItem(
  list: unknown,
  visit: (item: Record<string, unknown>, index: number) => void,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item))
      visit(item as Record<string, unknown>, index);
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
