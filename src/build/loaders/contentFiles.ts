/**
 * Reads the content folders from disk for the contract's validation pass. The
 * content root is `content/` unless CONTENT_DIR points elsewhere (benchmarks and
 * fixture corpora use that, so they never touch the real content).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { SourceFile } from '@/lib/contract/validateContent.ts';

/** Absolute path of the content root. */
export function contentRoot(root = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** The paths of all `*.md` files below a folder, sorted so reports are stable; none when it does not exist. */
export function markdownPaths(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));
}

/** All `*.md` files below a folder, with their text. */
export function readMarkdownFiles(folder: string, root = process.cwd()): SourceFile[] {
  return markdownPaths(folder).map((path) => {
    // Paths inside the project read as `content/articles/x.md`; others stay absolute.
    const shown = relative(root, path);
    return {
      path: shown.startsWith('..') || isAbsolute(shown) ? path : shown,
      source: readFileSync(path, 'utf8'),
    };
  });
}

/** Both collections' files. */
export function readContentFiles(root = process.cwd()): {
  articles: SourceFile[];
  entities: SourceFile[];
} {
  const base = contentRoot(root);
  return {
    articles: readMarkdownFiles(join(base, 'articles'), root),
    entities: readMarkdownFiles(join(base, 'entities'), root),
  };
}
