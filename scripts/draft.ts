/**
 * `npm run draft -- <source>`: drafts an article from a news story (a text
 * file, an HTML page, or `-` for standard input) and writes
 * `content/articles/<slug>.md` marked `draft: true`, then prints what it proposes.
 *
 *   npm run draft -- story.txt --published 2024-09-23 --outlet "Capital News"
 *   npm run draft -- page.html                     # title, byline, site and date from the page
 *   pbpaste | npm run draft -- - --title "…" --published 2025-08-20
 *   options: --published YYYY-MM-DD  --outlet  --author  --url  --title  --out <file>  --force
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '@/lib/contract/validateContent.ts';
import { draftStory, mainClause } from '@/lib/draft/draft.ts';
import { extractStory } from '@/lib/draft/extract.ts';
import { makeKnowledge } from '@/lib/draft/knowledge.ts';
import { findNames } from '@/lib/draft/names.ts';
import { draftFile } from '@/lib/draft/serialize.ts';
import { splitSentences } from '@/lib/draft/text.ts';
import { slugify } from '@/lib/markdown/slugify.ts';
import { contentRoot, readContentFiles } from '@/build/loaders/contentFiles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    outlet: { type: 'string' },
    author: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  },
});
const source = positionals[0];
if (!source) {
  console.error(
    'Usage: npm run draft -- <story.txt | page.html | -> [--published YYYY-MM-DD] [--outlet …] [--author …] [--url …] [--title …]',
  );
  process.exit(2);
}
const raw = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
const html = /\.html?$/i.test(source) || /^\s*<(?:!doctype|html)/i.test(raw);
const story = html
  ? extractStory(raw)
  : {
      text: raw
        .replace(/\r\n/g, '\n')
        .replace(/\uFFFD/g, '')
        .trim(),
    };

const inferred: string[] = [];
const notes: string[] = [];
let published = values.published ?? ('published' in story ? story.published : undefined);
if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
  console.error(`--published is "${published}"; expected a full date as YYYY-MM-DD`);
  process.exit(2);
}
if (!published) {
  published = new Date().toISOString().slice(0, 10);
  inferred.push('published');
  notes.push(
    `No publication date was given; the drafter used the day of drafting, ${published}: correct it.`,
  );
}
let title = values.title ?? ('title' in story ? story.title : undefined);
if (!title) {
  const first = splitSentences(story.text).find(
    (sentence) => sentence.text.split(/\s+/).length > 6,
  );
  title = first ? mainClause(first.text) : undefined;
  if (title) {
    inferred.push('title');
    notes.push(
      'The source has no headline; the title is the main clause of its first sentence: rewrite it.',
    );
  }
}

const files = readContentFiles();
const { entities } = validateContent({ articles: [], entities: files.entities });
const knowledge = makeKnowledge(
  entities.map((entity) => ({
    id: entity.id,
    kind: entity.data.kind,
    name: entity.data.name,
    aliases: entity.data.aliases,
  })),
);
const draft = draftStory(story.text, published, knowledge, findNames);

const slug =
  slugify(title ?? `draft-${published}`)
    .slice(0, 80)
    .replace(/-+$/, '') || `draft-${published}`;
const out = values.out ?? join(contentRoot(), 'articles', `${slug}.md`);
if (existsSync(out) && !values.force) {
  console.error(`${out} exists; choose another --out or pass --force to replace it`);
  process.exit(2);
}
const facts = {
  title,
  published,
  outlet: values.outlet ?? ('siteName' in story ? story.siteName : undefined),
  author: values.author ?? ('byline' in story ? story.byline : undefined),
  url: values.url,
  inferred,
  note: notes.join(' ') || undefined,
};
writeFileSync(out, draftFile(draft, facts, story.text));

const count = (n: number, what: string): string =>
  `${n} ${n === 1 ? what : what.replace(/y$/, 'ie')}${n === 1 ? '' : 's'}`;
console.log(`Wrote ${out} (draft: true).`);
console.log(
  `Proposed: ${count(draft.events.length, 'event')}, ${count(draft.deployments.length, 'personnel figure')}, ${count(draft.funding.length, 'money figure')}, ${count(draft.mandates.length, 'mandate statement')}, ${count(draft.entities.length, 'known entity')}; ${count(draft.unknownEntities.length, 'name')} the site does not know (listed at the end of the frontmatter).`,
);
for (const figure of draft.deployments)
  console.log(
    `  personnel  ${figure.date}  ${figure.country ?? '(country to fill)'}  ${figure.count} ${figure.status}${figure.approximate ? ' (approximate)' : ''}`,
  );
for (const figure of draft.funding)
  console.log(
    `  money      ${figure.date}  ${figure.donor ?? '(donor to fill)'}  ${figure.amount} ${figure.currency} ${figure.status}`,
  );
for (const statement of draft.mandates)
  console.log(
    `  mandate    ${statement.date}  ${statement.mission ?? '(mission to fill)'}  ${statement.action}${statement.until ? ` until ${statement.until}` : ''}`,
  );
for (const event of draft.events) console.log(`  event      ${event.date}  ${event.title}`);
console.log(`Next: review ${out}, then npm run check -- ${out}`);
