/**
 * The one content pipeline: Astro content-layer loaders for `articles` and
 * `entities` that read each file once, check the whole contract (one report,
 * every problem of every file), and store each entry with what is derived from
 * its file: validated fields, summary, reading time and the first mention of
 * each entity. An article's rendered HTML (first-mention links, sanitised raw
 * HTML) and plain text go to a file beside the store (./bodyCache.ts), which
 * its page reads: the store stays small, and Astro compiles it into a module.
 *
 * Entries are stored under a digest of their file (and, for articles, of the
 * entity names their mentions depend on): a file that has not changed since
 * the last build or the last save in `astro dev` is neither parsed nor
 * rendered again; only the checks that join files run on every pass.
 *
 * On a broken contract `astro build` and `astro check` print the report and
 * exit 1; `astro dev` keeps the last good entries (the browser shows the
 * report, see src/build/integrations/contentContract.ts).
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { formatReport, type ContentProblem } from '@/lib/contract/problems.ts';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import {
  checkArticleFile,
  checkCorpus,
  checkEntityFile,
  checkIds,
  type CheckedFile,
  type SourceFile,
} from '@/lib/contract/validateContent.ts';
import { mentionDigest, mentionTargets } from '@/lib/entities/entityNames.ts';
import { mentionLinks } from '@/lib/markdown/mentionLinks.ts';
import { sanitizeHtml } from '@/lib/markdown/sanitizeHtml.ts';
import { readingMinutes, summaryOf } from '@/lib/articles/articles.ts';
import {
  buildMentionMatcher,
  firstMentions,
  type MentionMatcher,
} from '@/lib/entities/mentions.ts';
import { urlsFor } from '@/lib/routes.ts';
import type { Language } from '@/i18n/index.ts';
import { EDITIONS } from '@/site.config.ts';
import type { ArticleData } from '@/schemas/article.ts';
import type { EntityData, EntityKind } from '@/schemas/entity.ts';
import {
  storedArticleSchema,
  storedEntitySchema,
  type StoredArticle,
  type StoredEntity,
} from '@/schemas/stored.ts';
import { bodyCache, type BodyCache } from './bodyCache.ts';
import { contentRoot, readMarkdownFiles } from './contentFiles.ts';
import { historyLoader } from './contentHistory.ts';
import { CONTENT_LOADER_NAMES, devPassFile, writeDevPass } from './devRefresh.ts';

/** Bumped when what the loader stores per file changes, so old caches are rebuilt. */
const STORE_VERSION = 'mss-content-3';

/** What the entities pass hands to the articles pass. */
interface EntityStage {
  readonly checked: CheckedFile[];
  readonly ids: ReadonlySet<string>;
  readonly kinds: ReadonlyMap<string, EntityKind>;
  readonly names: ReadonlyMap<string, string>;
  readonly matcher: MentionMatcher;
  /** Changes whenever any entity's name or aliases change. */
  readonly mentionDigest: string;
  readonly problems: ContentProblem[];
  /** Renders a body; `mentioned` lists the entities it mentions when already known, sparing a scan. */
  readonly render: (
    body: string,
    file: string,
    mentioned?: ReadonlySet<string>,
    lang?: string,
  ) => Promise<StoredRender>;
}

type StoredRender = NonNullable<Parameters<DataStore['set']>[0]['rendered']>;

function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((done, fail) => ((resolve = done), (reject = fail)));
  return { promise, resolve, reject };
}

/** Lines of a stored (valid) file, found again only when a message needs them. */
function lazyLines(file: SourceFile): CheckedFile['lineOf'] {
  let parsed: ReturnType<typeof parseContentFile> | undefined;
  return (path) => {
    parsed ??= parseContentFile(file.path, file.source);
    return Array.isArray(parsed) ? undefined : parsed.lineOf(path);
  };
}

/** The path Astro's store wants: relative to the project root, with forward slashes. */
function storePath(context: LoaderContext, path: string): string {
  return relative(fileURLToPath(context.config.root), resolve(path)).split(sep).join('/');
}

/** Removes stored entries whose files are gone. */
function prune(store: DataStore, keep: ReadonlySet<string>): void {
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** The renderer of bodies: Astro's Sätteri pipeline plus first-mention links and the sanitiser. */
async function makeRenderer(
  context: LoaderContext,
  matcher: MentionMatcher,
  names: ReadonlyMap<string, string>,
  digest: string,
): Promise<EntityStage['render']> {
  const { markdown, image } = context.config;
  // The loader runs before Astro sets up the pages' environment: the base comes from its config.
  const languages = EDITIONS.map(({ lang }) => lang);
  const urls = new Map(
    languages.map((lang) => [
      lang as string,
      urlsFor(lang, { base: context.config.base, languages }),
    ]),
  );
  // Renders run one at a time (each is awaited), so the plugin reads the current document's mentions
  // and language here: an article's mention links go to the entity pages of its own language's edition.
  let current: ReadonlySet<string> | undefined;
  let currentLang = 'en';
  const processor = await createSatteriMarkdownProcessor({
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    mdastPlugins: [
      mentionLinks({
        matcher,
        hrefOf: (id) => (urls.get(currentLang) ?? urls.get('en')!).routes.entity(id),
        nameOf: (id) => names.get(id) ?? id,
        digest,
        mentioned: () => current,
      }),
    ],
    hastPlugins: [sanitizeHtml()],
    // Raw HTML becomes real elements so the sanitiser can inspect it.
    features: { rawHtml: true },
  });
  return async (body, file, mentioned, lang = 'en') => {
    current = mentioned;
    currentLang = lang;
    const { code, metadata } = await processor
      .render(body, { fileURL: pathToFileURL(file) })
      .finally(() => (current = undefined));
    return {
      html: code,
      metadata: {
        ...metadata,
        imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
      },
    };
  };
}

async function loadEntities(context: LoaderContext, root: string): Promise<EntityStage> {
  const { store, generateDigest } = context;
  const ids = checkIds(readMarkdownFiles(`${root}/entities`), 'entity id');
  const problems = [...ids.problems];
  const checked: CheckedFile[] = [];
  const valid: {
    id: string;
    file: SourceFile;
    data: EntityData;
    body: string;
    digest: string;
    cached: boolean;
  }[] = [];
  for (const { id, file } of ids.files) {
    const digest = generateDigest(`${STORE_VERSION}\n${file.source}`);
    const existing = store.get<StoredEntity>(id);
    // Stored under `<file digest>|<names digest>` (below): the file is unchanged, whatever the names.
    if (existing && String(existing.digest).startsWith(`${digest}|`)) {
      const { bodyHtml: _rendered, ...fields } = existing.data;
      checked.push({ id, file: file.path, raw: fields, lineOf: lazyLines(file) });
      valid.push({ id, file, data: fields, body: existing.body ?? '', digest, cached: true });
      continue;
    }
    const result = checkEntityFile(id, file);
    problems.push(...result.problems);
    if (result.checked) checked.push(result.checked);
    if (result.data)
      valid.push({ id, file, data: result.data, body: result.body, digest, cached: false });
  }

  const targets = mentionTargets(valid);
  const names = new Map(valid.map((entity) => [entity.id, entity.data.name]));
  const matcher = buildMentionMatcher(targets);
  const digest = mentionDigest(targets);
  const render = await makeRenderer(context, matcher, names, digest);
  // An entity's own body links the other entities it names, so it depends on every name.
  const renderedUnder = context.meta.get('mention-digest');
  for (const entity of valid) {
    if (entity.cached && renderedUnder === digest) continue;
    const bodyHtml: Partial<Record<Language, string>> = {};
    for (const { lang } of EDITIONS)
      bodyHtml[lang] = (await render(entity.body, entity.file.path, undefined, lang)).html;
    store.set({
      id: entity.id,
      data: { ...entity.data, bodyHtml },
      body: entity.body,
      filePath: storePath(context, entity.file.path),
      // Its body links the other entities by name: Astro keeps an entry whose digest is unchanged, so
      // the digest says both what the file is and under which names its body was rendered.
      digest: `${entity.digest}|${digest}`,
    });
  }
  context.meta.set('mention-digest', digest);
  prune(store, new Set(valid.map((entity) => entity.id)));
  return {
    checked,
    ids: new Set(ids.files.map(({ id }) => id)),
    kinds: new Map(valid.map((entity) => [entity.id, entity.data.kind])),
    names,
    matcher,
    mentionDigest: digest,
    problems,
    render,
  };
}

async function loadArticles(
  context: LoaderContext,
  root: string,
  entities: EntityStage,
  bodies: BodyCache,
): Promise<ContentProblem[]> {
  const { store, generateDigest } = context;
  const digests = new Set<string>();
  const ids = checkIds(readMarkdownFiles(`${root}/articles`), 'article slug');
  const problems = [...entities.problems, ...ids.problems];
  const checked: CheckedFile[] = [];
  const valid: { slug: string; file: string; data: ArticleData }[] = [];
  const toStore: Parameters<DataStore['set']>[0][] = [];
  const drafts = new Map<string, string>();
  for (const [index, { id, file }] of ids.files.entries()) {
    // In builds, the event loop turns every 64 files: what runs beside this pass (the history's git
    // processes, ./contentHistory.ts; the body writes) waits for it, as renders only await settled
    // promises. Not in `astro dev`, where the server's requests would run in between and an edit
    // would show later.
    if (index % 64 === 63 && !context.watcher) await new Promise((done) => setImmediate(done));
    // Mentions and links depend on every entity's names, not only on the file.
    const digest = generateDigest(`${STORE_VERSION}\n${entities.mentionDigest}\n${file.source}`);
    const existing = store.get<StoredArticle>(id);
    if (existing?.digest === digest && bodies.has(digest)) {
      checked.push({ id, file: file.path, raw: existing.data, lineOf: lazyLines(file) });
      valid.push({ slug: id, file: file.path, data: existing.data });
      digests.add(digest);
      continue;
    }
    const result = checkArticleFile(id, file);
    problems.push(...result.problems);
    if (result.checked) checked.push(result.checked);
    // A draft is checked like any article and never published: nothing of it is stored.
    if (result.draft) {
      drafts.set(
        id,
        `${file.path}${result.toFill?.length ? ` (${result.toFill.length} to fill)` : ''}`,
      );
      continue;
    }
    if (!result.data || !result.plainText) continue;
    const { text, skips } = result.plainText;
    // Offsets, not sentences: an entity page cuts out the few sentences it shows (storing every
    // sentence made the store, which Astro compiles into a module, a third larger at 10,000 articles).
    const mentions = firstMentions(entities.matcher, text, skips).map(
      (mention) => [mention.id, mention.start, mention.end] as [string, number, number],
    );
    valid.push({ slug: id, file: file.path, data: result.data });
    const { html } = await entities.render(
      result.body,
      file.path,
      new Set(mentions.map(([entity]) => entity)),
      result.data.lang,
    );
    // Neither the raw body nor the rendered one goes into the store: Astro compiles the whole store
    // into one module per build, whose cost grows faster than its size (bench/RESULTS.md).
    const bodyFile = bodies.write(digest, { html, text });
    digests.add(digest);
    const data: StoredArticle = {
      ...result.data,
      summaryText: summaryOf(result.data.summary, text),
      readingMinutes: readingMinutes(text),
      mentions,
      bodyFile,
    };
    toStore.push({ id, data, filePath: storePath(context, file.path), digest });
  }
  await bodies.flush();
  if (drafts.size > 0)
    context.logger.info(`Drafts, not published: ${[...drafts.values()].join(', ')}`);
  problems.push(
    ...checkCorpus({
      articles: checked,
      entities: entities.checked,
      entityIds: entities.ids,
      entityKinds: entities.kinds,
      validArticles: valid,
    }),
  );
  // Nothing is half-published: a build with problems stores nothing new.
  if (problems.length > 0 && !context.watcher) return problems;
  for (const entry of toStore) store.set(entry);
  // In `astro dev` a broken file keeps its last good entry (the browser shows the report meanwhile);
  // only entries whose files are gone, or that became drafts, are removed.
  prune(
    store,
    new Set(
      context.watcher
        ? ids.files.map(({ id }) => id).filter((id) => !drafts.has(id))
        : valid.map((article) => article.slug),
    ),
  );
  // Not in `astro dev`: until Astro has written the new store, pages still render from the old one
  // and read its bodies (the next build prunes what dev left).
  if (problems.length === 0 && !context.watcher) bodies.keepOnly(digests);
  return problems;
}

/**
 * The two loaders, sharing one pass: the entities loader hands its names and
 * kinds to the articles loader, which runs the checks that join files and
 * reports every problem once. And the loader of the content's git history
 * (./contentHistory.ts), which runs beside them. In `astro dev` the dev server
 * runs all three again through Astro's `refreshContent` when a content file is
 * saved (src/build/integrations/contentContract.ts): Astro then writes the store at
 * once, where a loader's own watcher waited for its 500 ms debounce.
 */
export function contentLoaders(options: { root?: string } = {}): {
  articles: Loader & { schema: typeof storedArticleSchema };
  entities: Loader & { schema: typeof storedEntitySchema };
  history: ReturnType<typeof historyLoader>;
} {
  const root = options.root ?? contentRoot();
  let stage = deferred<EntityStage>();
  let bodies: BodyCache | undefined;
  const bodiesOf = (context: LoaderContext): BodyCache =>
    (bodies ??= bodyCache(context.config.cacheDir, root, { background: !context.watcher }));

  const report = (context: LoaderContext, problems: readonly ContentProblem[]): void => {
    const text = problems.length > 0 ? formatReport(problems) : undefined;
    // In `astro dev`, the dev server shows this report instead of the pages (src/build/integrations/devContentReport.ts).
    if (context.watcher) writeDevPass(devPassFile(context.config.cacheDir), text);
    if (text === undefined) return;
    context.logger.error(`\n${text}`);
    // In build and check, stop with the report alone: a stack trace would only hide it.
    if (!context.watcher) process.exit(1);
  };

  return {
    history: historyLoader(root),
    entities: {
      name: CONTENT_LOADER_NAMES.entities,
      schema: storedEntitySchema,
      load: async (context) => {
        try {
          stage.resolve(await loadEntities(context, root));
        } catch (error) {
          stage.reject(error);
          throw error;
        }
      },
    },
    articles: {
      name: CONTENT_LOADER_NAMES.articles,
      schema: storedArticleSchema,
      load: async (context) => {
        const entities = await stage.promise;
        stage = deferred();
        report(context, await loadArticles(context, root, entities, bodiesOf(context)));
      },
    },
  };
}
