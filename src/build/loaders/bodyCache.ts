/**
 * Rendered bodies kept beside Astro's data store, one file per article under
 * the digest of what made it. Astro compiles its whole store into one module
 * per build; at 10,000 articles the rendered HTML and plain text made that
 * module huge and its compile a large part of the build (bench/RESULTS.md). Kept
 * here, the store holds only fields and each page reads its own body.
 *
 * Files are content-addressed (same source and entity names, same file), so
 * builds of the same content share them and a stale file is never read; each
 * content root has its own folder, pruned to the entries of its last pass.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What is kept per article body. */
export interface StoredBody {
  /** The rendered, sanitised HTML with first-mention links. */
  readonly html: string;
  /** The body without markdown, one line per block (entity pages cut mention sentences from it). */
  readonly text: string;
}

export interface BodyCache {
  /** Where the body stored under `digest` lives (whether or not it exists yet). */
  fileOf(digest: string): string;
  has(digest: string): boolean;
  /**
   * Writes a body (or starts writing it, in the background) and returns its file: `flush` before reading.
   */
  write(digest: string, body: StoredBody): string;
  /** Resolves when every body written so far is on disk; rejects with the first failure. */
  flush(): Promise<void>;
  /** Deletes every body not under one of these digests. */
  keepOnly(digests: ReadonlySet<string>): void;
}

/**
 * A body cache under Astro's cache folder, one folder per content root. With `background`, writes
 * run off the main thread (a cold `astro sync` of many articles is faster without them on it); a
 * build wants that. `astro dev` does not: there Node's I/O threads are busy with the dev server's own work
 * when an edit comes in, and the one body it rewrites would wait before the page could reload.
 */
export function bodyCache(
  cacheDir: URL,
  contentRoot: string,
  options: { background: boolean },
): BodyCache {
  const folder = join(
    fileURLToPath(cacheDir),
    'mss-bodies',
    createHash('sha256').update(contentRoot).digest('hex').slice(0, 12),
  );
  mkdirSync(folder, { recursive: true });
  const fileOf = (digest: string): string => join(folder, `${digest}.json`);
  let writing: Promise<void>[] = [];
  return {
    fileOf,
    has: (digest) => existsSync(fileOf(digest)),
    write(digest, body) {
      const file = fileOf(digest);
      if (!options.background) {
        writeFileSync(file, JSON.stringify(body));
        return file;
      }
      const written = writeFile(file, JSON.stringify(body));
      // Reported by flush; a pass that stops early must not leave it unhandled.
      written.catch(() => undefined);
      writing.push(written);
      return file;
    },
    async flush() {
      const pending = writing;
      writing = [];
      await Promise.all(pending);
    },
    keepOnly(digests) {
      for (const name of readdirSync(folder))
        if (!digests.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
    },
  };
}

/** Reads a stored body; the message says what to do when the cache was removed under a running build. */
export function readStoredBody(file: string): StoredBody {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredBody;
  } catch (error) {
    throw new Error(
      `The rendered body ${file} is missing or unreadable (${(error as Error).message}). Run the build again: the content loader writes it.`,
    );
  }
}
