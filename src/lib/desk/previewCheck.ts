/**
 * The contract's check of the entry open in the desk, for its preview pane: the same
 * `validateContent` as `npm run check`, on the file the form would save, beside the entities
 * the site has. What it cannot know there (the other articles' shared event ids) is left to
 * `npm run check` and the pull request's check.
 */
import { stringify } from 'yaml';
import type { ContentProblem } from '@/lib/contract/problems.ts';
import { validateContent, type SourceFile } from '@/lib/contract/validateContent.ts';

export interface KnownEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

export interface EntryCheck {
  /** What breaks the contract: the entry would fail the check once saved. */
  readonly problems: readonly ContentProblem[];
  /** For a draft: values left empty that must be filled before `draft: true` is removed. */
  readonly toFill: readonly ContentProblem[];
}

/**
 * What the form holds as the file would hold it: Decap leaves a field it has shown but that was
 * never filled as an empty string or null, and drops it when it saves (`omit_empty_optional_fields`).
 */
export function asSaved(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asSaved).filter((item) => item !== undefined);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, field]) => {
      const saved = asSaved(field);
      return saved === undefined ? [] : [[key, saved] as const];
    });
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value === null || value === '' ? undefined : value;
}

/** The markdown file an entry's fields make (frontmatter and body), as `npm run check` reads it. */
export function entrySource(data: Record<string, unknown>): string {
  const { body, ...fields } = data;
  const frontmatter = (asSaved(fields) as Record<string, unknown> | undefined) ?? {};
  return `---\n${Object.keys(frontmatter).length > 0 ? stringify(frontmatter, { lineWidth: 0 }) : ''}---\n${typeof body === 'string' ? body : ''}`;
}

/** A stand-in for an entity file that is not being checked: its id, kind and name are what an entry needs of it. */
const entityStub = (entity: KnownEntity, folder: string): SourceFile => ({
  path: `${folder}/entities/${entity.id}.md`,
  source: `---\n${stringify({ name: entity.name, kind: entity.kind }, { lineWidth: 0 })}---\n`,
});

/** Checks one entry of the desk (`slug` is its file name, or a stand-in for a new entry) against the contract. */
export function checkEntry(
  collection: 'articles' | 'entities',
  slug: string,
  data: Record<string, unknown>,
  entities: readonly KnownEntity[],
  folder = 'content',
): EntryCheck {
  const file: SourceFile = {
    path: `${folder}/${collection}/${slug}.md`,
    source: entrySource(data),
  };
  const others = entities
    .filter((entity) => collection === 'articles' || entity.id !== slug)
    .map((entity) => entityStub(entity, folder));
  const result = validateContent(
    collection === 'articles'
      ? { articles: [file], entities: others }
      : { articles: [], entities: [file, ...others] },
    { focus: new Set([file.path]) },
  );
  return { problems: result.problems, toFill: result.drafts.flatMap((draft) => draft.toFill) };
}
