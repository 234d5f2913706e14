/**
 * The committed history of the articles, read from git in one pass: one
 * `git log` over `articles/` (every commit, with the blob ids of what each
 * changed) and one `git cat-file --batch` for the versions of files that were
 * changed after they were added. Never one git call per file.
 *
 * Without history (no git, not a repository, a shallow clone) the site builds
 * and says "history not available". Same history, same result: commits are
 * read oldest first, dates are commit dates.
 *
 * `historyLoader` is the content-layer loader of the `history` collection: it
 * reads the history while the other loaders read the files (git works in its
 * own process; on two cores its CPU time still shows, measured in
 * bench/RESULTS.md) and stores the corrections found, with the commit they
 * were read at. While HEAD stays there (a rebuild, an edit in `astro dev`),
 * git is asked for HEAD and nothing more.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import { idFromPath } from '@/lib/contract/validateContent.ts';
import {
  correctionsNewestFirst,
  correctionsOf,
  type ArticleVersion,
  type Correction,
} from '@/lib/articles/corrections.ts';
import { articleSchema, type ArticleData } from '@/schemas/article.ts';
import { CONTENT_LOADER_NAMES } from './devRefresh.ts';

export type ContentHistory =
  /** `commits`: the commits that changed something in the articles' folder. */
  | {
      readonly available: true;
      readonly commits: number;
      readonly versions: ReadonlyMap<string, readonly ArticleVersion[]>;
    }
  | { readonly available: false; readonly reason: string };

const RECORD = '\x1e';
const FIELD = '\x1f';
const NO_BLOB = /^0+$/;
/** The articles' folder, as git names paths relative to the content folder. */
const ARTICLES = 'articles/';
const article = (path: string): boolean => path.startsWith(ARTICLES) && path.endsWith('.md');

/**
 * Runs git in a child process, its input and output in files: the build goes on meanwhile (git log
 * takes seconds at 10,000 commits). Not pipes: while the loaders keep the main thread busy, nothing
 * would read a pipe, and git would wait for room in it, many times slower.
 */
function git(
  cwd: string,
  args: readonly string[],
  input?: string,
): Promise<{ ok: boolean; stdout: Buffer; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mss-git-'));
  const files = { in: join(dir, 'in'), out: join(dir, 'out') };
  if (input !== undefined) writeFileSync(files.in, input);
  const fds = {
    in: input === undefined ? undefined : openSync(files.in, 'r'),
    out: openSync(files.out, 'w'),
  };
  let finished = false;
  const done = (ok: boolean, stderr: string) => {
    // A git that could not start may report both an error and its close.
    if (finished) return { ok: false, stdout: Buffer.alloc(0), stderr };
    finished = true;
    for (const fd of [fds.in, fds.out]) if (fd !== undefined) closeSync(fd);
    const stdout = ok ? readFileSync(files.out) : Buffer.alloc(0);
    rmSync(dir, { recursive: true, force: true });
    return { ok, stdout, stderr };
  };
  return new Promise((resolve) => {
    const child = spawn('git', ['-C', cwd, ...args], {
      stdio: [fds.in ?? 'ignore', fds.out, 'pipe'],
    });
    const err: Buffer[] = [];
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => resolve(done(false, error.message)));
    child.on('close', (code) => resolve(done(code === 0, Buffer.concat(err).toString())));
  });
}

interface FileEvent {
  readonly commit: string;
  readonly time: string;
  readonly message: string;
  /** The blob after the commit; undefined when the commit deleted the file. */
  readonly blob?: string;
}

/** Reads many blobs through one `git cat-file --batch`. */
async function readBlobs(root: string, blobs: readonly string[]): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  if (blobs.length === 0) return contents;
  const { ok, stdout } = await git(root, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  if (!ok) return contents;
  let offset = 0;
  while (offset < stdout.length) {
    const lineEnd = stdout.indexOf(10, offset);
    const [sha, type, size] = stdout.subarray(offset, lineEnd).toString('latin1').split(' ');
    offset = lineEnd + 1;
    if (type !== 'blob') continue;
    contents.set(sha!, stdout.subarray(offset, offset + Number(size)).toString('utf8'));
    offset += Number(size) + 1;
  }
  return contents;
}

function parseArticle(path: string, source: string | undefined): ArticleData | undefined {
  if (source === undefined) return undefined;
  const parsed = parseContentFile(path, source);
  if (Array.isArray(parsed)) return undefined;
  const result = articleSchema.safeParse(parsed.data);
  return result.success ? result.data : undefined;
}

/** Every committed version of every article that was changed after it was added, oldest first. */
export async function readContentHistory(contentRoot: string): Promise<ContentHistory> {
  const probe = await git(contentRoot, ['rev-parse', '--is-shallow-repository']);
  if (!probe.ok)
    return {
      available: false,
      reason: probe.stderr.includes('ENOENT')
        ? 'git is not installed'
        : 'the content is not in a git repository',
    };
  if (probe.stdout.toString().trim() === 'true')
    return { available: false, reason: 'the site was built from a shallow clone' };

  // No pathspec: `-- articles` made git test every commit against it, twice as slow or more, for
  // the same lines once the rest is dropped below.
  // `--relative` keeps to the content folder when it is part of a larger repository.
  const log = await git(contentRoot, [
    'log',
    '--reverse',
    '--raw',
    '--no-abbrev',
    '-M',
    '--relative',
    `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`,
  ]);
  if (!log.ok) return { available: false, reason: 'git log failed' };

  const events = new Map<string, FileEvent[]>();
  const add = (path: string, event: FileEvent): void =>
    void events.set(path, [...(events.get(path) ?? []), event]);
  let commits = 0;
  for (const record of log.stdout.toString('utf8').split(RECORD).slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', time = '', message = ''] = header.split(FIELD);
    let touched = false;
    for (const line of lines) {
      if (!line.startsWith(':')) continue;
      const [meta = '', ...paths] = line.split('\t');
      const [, , , blob = '', status = ''] = meta.split(' ');
      const before = paths[0]!;
      const after = paths.at(-1)!;
      touched ||= paths.some((path) => path.startsWith(ARTICLES));
      if (status.startsWith('R') && article(before)) {
        const earlier = events.get(before) ?? [];
        events.delete(before);
        // A renamed article keeps its history under its new name; moved out of the articles, it is gone.
        if (article(after)) events.set(after, [...earlier, { commit, time, message, blob }]);
        else events.set(before, [...earlier, { commit, time, message }]);
        continue;
      }
      if (!article(after)) continue;
      add(after, {
        commit,
        time,
        message,
        blob: NO_BLOB.test(blob) || status === 'D' ? undefined : blob,
      });
    }
    if (touched) commits++;
  }

  // Only files with more than one version can hold a correction.
  const changed = [...events].filter(([, list]) => list.length > 1);
  const contents = await readBlobs(contentRoot, [
    ...new Set(
      changed.flatMap(([, list]) => list.flatMap((event) => (event.blob ? [event.blob] : []))),
    ),
  ]);
  const versions = new Map<string, ArticleVersion[]>();
  for (const [path, list] of changed) {
    const slug = idFromPath(path);
    versions.set(
      slug,
      list.map((event) => ({
        commit: event.commit,
        time: event.time,
        date: event.time.slice(0, 10),
        message: event.message,
        data: event.blob ? parseArticle(path, contents.get(event.blob)) : undefined,
        deleted: event.blob === undefined,
      })),
    );
  }
  return { available: true, commits, versions };
}

/** Bumped when what is stored changes (what a correction is, how versions are read), so it is read again. */
const HISTORY_VERSION = 'mss-history-1';
/** The one entry of the `history` collection. */
export const HISTORY_ENTRY = 'history';

/** What the `history` collection stores: whether there is a history, and every correction in it, newest first. */
export const storedHistorySchema = z.object({
  available: z.boolean(),
  /** Why there is no history (a shallow clone...). */
  reason: z.string().optional(),
  commits: z.number().int().nonnegative(),
  corrections: z.array(z.custom<Correction>()),
});
export type StoredHistory = z.output<typeof storedHistorySchema>;

/** The history's corrections, as stored. */
export async function readStoredHistory(contentRoot: string): Promise<StoredHistory> {
  const history = await readContentHistory(contentRoot);
  if (!history.available)
    return { available: false, reason: history.reason, commits: 0, corrections: [] };
  return {
    available: true,
    commits: history.commits,
    corrections: correctionsNewestFirst(
      [...history.versions].flatMap(([slug, versions]) => correctionsOf(slug, versions)),
    ),
  };
}

/** The commit HEAD names, or undefined when there is none to name (not a repository, no commit yet). */
async function headOf(contentRoot: string): Promise<string | undefined> {
  const { ok, stdout } = await git(contentRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  return ok ? stdout.toString().trim() : undefined;
}

/** The loader of the `history` collection (see the top of this file). */
export function historyLoader(
  contentRoot: string,
): Loader & { schema: typeof storedHistorySchema } {
  const load = async (context: LoaderContext): Promise<void> => {
    const started = performance.now();
    const head = await headOf(contentRoot);
    // The key of what is stored: the content folder, HEAD, and how it was read (builds of other content
    // folders share the cache: the test sites, benchmarks). Without a HEAD there is nothing to keep.
    const key = head && `${HISTORY_VERSION}\n${contentRoot}\n${head}`;
    const reused =
      key !== undefined && context.meta.get('read-at') === key && context.store.has(HISTORY_ENTRY);
    if (!reused) {
      const data = await readStoredHistory(contentRoot);
      context.store.set({
        id: HISTORY_ENTRY,
        data,
        digest: context.generateDigest(JSON.stringify(data)),
      });
      // No history is not kept: a shallow clone deepened by `git fetch --unshallow` keeps its HEAD.
      if (key && data.available) context.meta.set('read-at', key);
      else context.meta.delete('read-at');
    }
    // Read by bench/run.ts: what the history costs at scale.
    if (process.env.MSS_BUILD_STATS) {
      const stored = context.store.get<StoredHistory>(HISTORY_ENTRY)?.data;
      console.log(
        `[build-stats] history ${((performance.now() - started) / 1000).toFixed(2)} s, ${stored?.commits ?? 0} commits, ${stored?.corrections.length ?? 0} corrections, ${reused ? 'kept from the last read at the same HEAD' : 'read from git'}`,
      );
    }
  };
  return { name: CONTENT_LOADER_NAMES.history, schema: storedHistorySchema, load };
}
