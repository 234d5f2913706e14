/**
 * A draft as a content file: the contract's frontmatter with `draft: true`,
 * each proposal preceded by a YAML comment saying why it was proposed, values
 * the drafter could not fill left empty (listed as "to fill" by `npm run
 * check`), and the names the site does not know as comments with the command
 * that creates their entity files.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Draft } from './draft.ts';

/** What the editor told the drafter about the story. */
export interface StoryFacts {
  readonly title?: string;
  readonly published: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly url?: string;
  /** The article fields the drafter supplied rather than the editor or the source. */
  readonly inferred: readonly string[];
  readonly note?: string;
}

const LISTS = ['events', 'deployments', 'funding', 'mandates'] as const;

/** The file's text: frontmatter (with comments) and the story as its body. */
export function draftFile(draft: Draft, facts: StoryFacts, body: string): string {
  const strip = <T extends { why: string }>(items: readonly T[]) =>
    items.map(({ why: _why, ...item }) => item);
  const data: Record<string, unknown> = {
    title: facts.title ?? null,
    published: facts.published,
    ...(facts.outlet ? { outlet: facts.outlet } : {}),
    ...(facts.author ? { author: facts.author } : {}),
    ...(facts.url ? { url: facts.url } : {}),
    ...(draft.entities.length > 0 ? { entities: draft.entities } : {}),
    events: strip(draft.events).map(({ inferred, note, ...event }) => ({
      ...event,
      ...(inferred ? { inferred, note } : {}),
    })),
    deployments: strip(draft.deployments).map(({ inferred, note, country, ...figure }) => ({
      country: country ?? null,
      ...figure,
      ...(inferred ? { inferred, note } : {}),
    })),
    funding: strip(draft.funding).map(({ inferred, note, donor, ...figure }) => ({
      donor: donor ?? null,
      ...figure,
      ...(inferred ? { inferred, note } : {}),
    })),
    mandates: strip(draft.mandates).map(({ inferred, note, mission, ...statement }) => ({
      mission: mission ?? null,
      ...statement,
      ...(inferred ? { inferred, note } : {}),
    })),
    ...(facts.inferred.length > 0 ? { inferred: facts.inferred, note: facts.note } : {}),
    draft: true,
  };
  for (const list of LISTS) if ((data[list] as unknown[]).length === 0) delete data[list];

  const doc = new Document(data);
  doc.commentBefore = ` Drafted by \`npm run draft\` from the story below: review every item, fix or delete it, then remove \`draft: true\`.\n Each item's quote is the sentence it rests on; the comment above it says why it was proposed.`;
  const root = doc.contents as YAMLMap;
  for (const list of LISTS) {
    const node = root.get(list, true);
    if (!isSeq(node)) continue;
    const reasons = (draft[list] as readonly { why: string }[]).map((item) => item.why);
    node.items.forEach((item, index) => {
      if (isMap(item)) item.commentBefore = ` ${reasons[index]}`;
    });
  }
  if (draft.unknownEntities.length > 0) {
    doc.comment = [
      ' Names the site has no entity for (found by compromise); create the ones that matter, then tag them:',
      ...draft.unknownEntities.map(({ name, kind }: { name: string; kind: string }) => {
        const id = name
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        return `   ${name} (${kind}): printf -- '---\\nname: ${name.replace(/'/g, "'\\''")}\\nkind: ${kind}\\n---\\n' > content/entities/${id}.md`;
      }),
    ].join('\n');
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${body.trim()}\n`;
}
