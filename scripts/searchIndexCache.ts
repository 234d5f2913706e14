/**
 * The last build's search index, kept for the next: Pagefind names every fragment (one page's
 * record), index chunk and filter chunk after a hash of its content, and does not write a file it
 * finds already written, compressing it again (most of its write time). So a rebuild puts the
 * last build's hashed files back into `pagefind/` before Pagefind writes, and afterwards removes
 * those the new index no longer names, which would otherwise pile up in every deploy.
 *
 * Names are short hashes (seven hex digits), so a changed page's new fragment could, by rare
 * chance, be named like an unrelated fragment kept from before, and Pagefind would keep the old
 * one. The kept record of which page each fragment holds catches that: every page of the new
 * index must hold a different page's URL, else the index is written again from nothing. (Not
 * caught: a changed page whose new fragment is named like its own old one, a chance of one in
 * 2^28 per changed page.)
 *
 * The files are hard links where the file system allows (they are never rewritten in place:
 * a new content is a new name), so keeping them costs no copy.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The folders of Pagefind's output whose files are named by their content's hash. */
const HASHED = ['fragment', 'index', 'filter'] as const;
/** What Pagefind writes ahead of its compressed CBOR (pagefind/src/output). */
const SIGNATURE = 'pagefind_dcd';
/** The record of which page each kept fragment holds. */
const PAGES_FILE = 'pages.json';

/** Where a file of `from` goes in `to`: a hard link, or a copy across file systems. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Each hashed file of a Pagefind output, as `folder/name`; the metadata files at its root too. */
function hashedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files = HASHED.flatMap((folder) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder)).map((name) => `${folder}/${name}`)
      : [],
  );
  return [...files, ...readdirSync(dir).filter((name) => name.endsWith('.pf_meta'))];
}

/** Puts the kept files into `output` (Pagefind's output folder, about to be written). */
export function restoreSearchIndex(cache: string, output: string): number {
  for (const folder of HASHED) mkdirSync(join(output, folder), { recursive: true });
  let restored = 0;
  for (const file of hashedFiles(cache)) {
    if (existsSync(join(output, file))) continue;
    try {
      place(join(cache, file), join(output, file));
      restored++;
    } catch {
      // Gone meanwhile (another build settling the same cache): Pagefind writes it.
    }
  }
  return restored;
}

/**
 * A small CBOR reader, for Pagefind's metadata (arrays, maps, strings, numbers): enough to list
 * the names it holds.
 */
function readCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    at += size;
    if (size === 1) return view.getUint8(at - 1);
    if (size === 2) return view.getUint16(at - 2);
    if (size === 4) return view.getUint32(at - 4);
    return Number(view.getBigUint64(at - 8));
  };
  const next = (): unknown => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22 || info === 23) return null;
      if (info === 25) return ((at += 2), null); // half float: not used by the names
      if (info === 26) return ((at += 4), view.getFloat32(at - 4));
      if (info === 27) return ((at += 8), view.getFloat64(at - 8));
      return info;
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return ((at += n), bytes.subarray(at - n, at));
      case 3:
        return ((at += n), new TextDecoder().decode(bytes.subarray(at - n, at)));
      case 4:
        return Array.from({ length: n }, next);
      case 5:
        return Object.fromEntries(Array.from({ length: n }, () => [next(), next()]));
      default:
        return next(); // a tag: its value
    }
  };
  return next();
}

/** Every string of a decoded value. */
function strings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) strings(item, into);
  return into;
}

/** The index Pagefind just wrote: its metadata files, and the pages, chunks and filters they name. */
function currentIndex(output: string): { metas: Set<string>; named: Set<string>; pages: string[] } {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metas = new Set<string>();
  const named = new Set<string>();
  const pages: string[] = [];
  for (const { hash } of Object.values(entry.languages)) {
    const meta = `pagefind.${hash}.pf_meta`;
    metas.add(meta);
    const bytes = gunzipSync(readFileSync(join(output, meta)));
    const decoded = readCbor(bytes.subarray(SIGNATURE.length));
    strings(decoded, named);
    // The metadata's second field lists the pages: [fragment hash, word count, …] each.
    const list = Array.isArray(decoded) ? decoded[1] : undefined;
    if (Array.isArray(list))
      for (const page of list)
        if (Array.isArray(page) && typeof page[0] === 'string') pages.push(page[0]);
  }
  return { metas, named, pages };
}

/** The URL a fragment holds (its JSON, compressed behind the signature). */
function fragmentUrl(file: string): string {
  const text = gunzipSync(readFileSync(file)).subarray(SIGNATURE.length).toString('utf8');
  return (JSON.parse(text) as { url: string }).url;
}

/**
 * After Pagefind wrote into `output` over the restored files: removes the files the new index
 * does not name, checks that each page's fragment is its own, and keeps the files for the next
 * build. False when a fragment kept from before stands for another page: write again from nothing.
 */
export function settleSearchIndex(cache: string, output: string, writtenSince: number): boolean {
  const { metas, named, pages } = currentIndex(output);
  for (const file of hashedFiles(output)) {
    const stem = file.replace(/^.*\//, '').replace(/\.pf_\w+$/, '');
    const current = file.endsWith('.pf_meta') ? metas.has(file) : named.has(stem);
    if (!current) rmSync(join(output, file));
  }
  // Which page each fragment holds: read from the fragments written now, kept for the others.
  const known = existsSync(join(cache, PAGES_FILE))
    ? (JSON.parse(readFileSync(join(cache, PAGES_FILE), 'utf8')) as Record<string, string>)
    : {};
  const urls: Record<string, string> = {};
  for (const hash of pages) {
    const file = join(output, 'fragment', `${hash}.pf_fragment`);
    const url =
      statSync(file).mtimeMs >= writtenSince || known[hash] === undefined
        ? fragmentUrl(file)
        : known[hash];
    urls[hash] = url;
  }
  if (new Set(Object.values(urls)).size !== pages.length) return false;

  // Keep what this index names, and nothing else. The cache only saves time: if another build
  // changes it meanwhile, it is dropped, and the next build writes its index from nothing.
  try {
    const keep = new Set(hashedFiles(output));
    for (const file of hashedFiles(cache)) if (!keep.has(file)) rmSync(join(cache, file));
    for (const folder of HASHED) mkdirSync(join(cache, folder), { recursive: true });
    for (const file of keep)
      if (!existsSync(join(cache, file))) place(join(output, file), join(cache, file));
    writeFileSync(join(cache, PAGES_FILE), JSON.stringify(urls));
  } catch {
    rmSync(cache, { recursive: true, force: true });
  }
  return true;
}

/**
 * Writes Pagefind's index into `output` (`write` calls its `writeFiles`) over the files kept in
 * `cache`, and keeps the new ones; from nothing when a kept fragment stands for another page.
 * Returns how many files were kept from the last build.
 */
export async function writeSearchIndex(
  cache: string,
  output: string,
  write: () => Promise<void>,
): Promise<number> {
  const since = Date.now() - 1;
  const reused = restoreSearchIndex(cache, output);
  await write();
  if (settleSearchIndex(cache, output, since)) return reused;
  rmSync(output, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  await write();
  settleSearchIndex(cache, output, since);
  return 0;
}
