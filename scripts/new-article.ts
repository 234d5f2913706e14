/**
 * `npm run new:article -- "Title of the story"`: writes
 * content/articles/<slug>.md with a frontmatter skeleton and today's date.
 * Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// The subpath: the package index would make Node load and link all of date-fns (~0.5 s per build).
import { format } from 'date-fns/format';
import { slugify } from '@/lib/markdown/slugify.ts';

/**
 * The skeleton: every field and list of the contract (CONTRIBUTING.md), the
 * optional ones commented out and explained. Uncommented as it stands, with the
 * sentence of the quotes in the body, it is a valid article (tested).
 */
export function articleSkeleton(title: string, today: string): string {
  return `---
title: ${JSON.stringify(title)}
published: ${today}            # the date the story was published (YYYY-MM-DD)
# outlet: Capital News          # only if the story names its publication
# author: Jane Doe              # only if the story names its author
# url: https://example.org/...  # link to the original story
# summary: One or two sentences. # else the first paragraph is used
# tags: [deployment]
# entities: [kenya, haiti]      # ids from content/entities/, tagged by hand
# inferred: [published]         # title | published | outlet | author: what YOU supplied, not the source
# note: The story gives no date; published is the day after the visit it reports.
# lang: en                      # en | fr | ht: the language of the title and the text
# translations:                 # the title (and summary) in the other languages
#   fr: { title: "Titre en français" }
#   ht: { title: "Tit an kreyòl" }
# events:
#   - date: 2024-06             # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text
#     title: What happened
#     id: short-event-id        # same id as other articles reporting the same event
#     kind: deployment          # visit | deployment | diplomacy | un-action | security | funding | statement | other
#     entities: [kenya]
#     quote: "A sentence copied from the text below."
#     inferred: true            # only when the date is your reading ("on Saturday" -> a day)
#     note: The text says "last week"; the month is the article's.
# deployments:
#   - country: kenya            # an entity of kind country
#     date: 2024-06
#     count: 400
#     status: deployed          # pledged | announced | deployed | withdrawn
#     approximate: false        # true for "about", "nearly", "around"
#     personnel: police         # police | military | mixed
#     quote: "A sentence copied from the text below."
# funding:
#   - donor: united-states      # an entity of kind country or organization
#     recipient: mss            # optional: who receives
#     date: 2024-09
#     amount: 100000000         # whole units: 100000000 for $100 million
#     currency: USD             # ISO 4217 code
#     status: pledged           # pledged | disbursed
#     quote: "A sentence copied from the text below."
# mandates:
#   - mission: mss              # an entity of kind mission
#     date: 2023-10             # when it was decided or stated
#     action: authorised        # authorised | renewed | expires | ended
#     ceiling: 2500             # optional: authorised personnel ("up to 2,500" is exact)
#     until: 2024-10            # optional: the date the mandate runs to
#     by: un-security-council   # optional: the body that decided
#     quote: "A sentence copied from the text below."
---
Paste the article text here. Use "## " for subheadings.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error('usage: npm run new:article -- "Title of the story"');
    process.exit(2);
  }
  const slug = slugify(title);
  const folder = join(process.env.CONTENT_DIR ?? 'content', 'articles');
  const file = join(folder, `${slug}.md`);
  if (existsSync(file)) {
    console.error(
      `${relative(process.cwd(), file)} already exists; choose another title or edit that file.`,
    );
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, articleSkeleton(title, format(new Date(), 'yyyy-MM-dd')));
  console.log(`Created ${relative(process.cwd(), file)}. Fill it in, then run: npm run check`);
}
