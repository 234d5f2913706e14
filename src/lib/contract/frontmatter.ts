/**
 * Reads a content file's frontmatter the strict way. Astro's own loader uses
 * YAML 1.1, which silently turns `2024-02-30` into 1 March; the YAML 1.2 core
 * schema keeps dates as the text the contributor wrote, so the contract can
 * refuse impossible dates. Sizes and alias expansion are capped so hostile YAML
 * fails fast instead of hanging the build or exhausting memory.
 *
 * Plain frontmatter (no anchors or aliases, which editors never need) is read
 * with js-yaml's core schema, about 8× faster than building a `yaml` Document;
 * the Document, which knows lines and caps alias expansion, is built only for
 * frontmatter that uses anchors or aliases, and lazily when a line is asked for.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** Frontmatter larger than this is refused before parsing. */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;
/** Whole files larger than this are refused before anything else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases (`*name`) a frontmatter block may use; billion-laughs needs thousands. */
export const MAX_ALIASES = 50;

/** A content file split into parsed frontmatter and markdown body. */
export interface ParsedFile {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Finds the 1-based line of a field, for error messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Splits and parses a file; returns problems instead when it cannot. */
export function parseContentFile(file: string, source: string): ParsedFile | ContentProblem[] {
  const problem = (message: string, line?: number): ContentProblem[] => [
    { file, field: '', message, line },
  ];
  if (source.length > MAX_FILE_BYTES) {
    return problem(
      `the file is ${Math.round(source.length / 1024)} KiB; expected at most ${MAX_FILE_BYTES / 1024} KiB`,
    );
  }
  const opening = OPENING.exec(source);
  if (!opening)
    return problem(
      'has no frontmatter; expected the file to start with a line "---", the fields, then "---"',
      1,
    );
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing)
    return problem('the frontmatter is never closed; expected a line "---" after the fields', 1);
  const yamlText = rest.slice(0, closing.index);
  if (yamlText.length > MAX_FRONTMATTER_BYTES) {
    return problem(
      `the frontmatter is ${Math.round(yamlText.length / 1024)} KiB; expected at most ${MAX_FRONTMATTER_BYTES / 1024} KiB`,
      1,
    );
  }
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const firstYamlLine = 2;
  let document: { doc: Document; lineAt: (offset: number) => number } | undefined;
  const documentOf = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(yamlText, {
        schema: 'core',
        uniqueKeys: true,
        prettyErrors: false,
        lineCounter,
      });
      document = { doc, lineAt: (offset) => lineCounter.linePos(offset).line + firstYamlLine - 1 };
    }
    return document;
  };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const { doc, lineAt } = documentOf();
    for (let depth = path.length; depth > 0; depth--) {
      // A missing field has no node of its own; point at its parent instead.
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const notFields = (): ContentProblem[] =>
    problem('the frontmatter is not a set of fields; expected "field: value" lines', firstYamlLine);

  if (!USES_ALIASES.test(yamlText)) {
    let data: unknown;
    try {
      data = load(yamlText, { schema: CORE_SCHEMA, filename: file });
    } catch (error) {
      const mark = (error as { mark?: { line?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message;
      return problem(
        `the frontmatter is not valid YAML: ${firstLine(reason)}; expected "field: value" lines`,
        mark?.line === undefined ? 1 : mark.line + firstYamlLine,
      );
    }
    if (data === null || data === undefined) data = {};
    if (typeof data !== 'object' || Array.isArray(data)) return notFields();
    return { data: data as Record<string, unknown>, body, lineOf };
  }

  let doc: Document;
  try {
    doc = documentOf().doc;
  } catch (error) {
    // Pathological nesting can overflow the parser's stack; say so instead of crashing.
    return problem(
      `the frontmatter could not be read (${(error as Error).message}); expected plain YAML fields`,
      1,
    );
  }
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      field: '',
      line: documentOf().lineAt(error.pos[0]),
      message: `the frontmatter is not valid YAML: ${firstLine(error.message)}; expected "field: value" lines`,
    }));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return problem(
      `the frontmatter could not be expanded (${firstLine((error as Error).message)}); expected plain fields without alias bombs`,
      1,
    );
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents ?? {})) {
    if (doc.contents !== null) return notFields();
  }
  return { data: data as Record<string, unknown>, body, lineOf };
}

/** Anchors (`&name`) or aliases (`*name`) outside quoted text: read with the capped parser. */
const USES_ALIASES = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
