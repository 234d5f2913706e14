/**
 * `npm run new:article -- "Title of the story"`: writes
 * content/articles/<slug>.md with a frontmatter skeleton and today's date.
 * Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'date-fns';
import { slugify } from '../src/lib/slugify.ts';

/** The skeleton, with every optional field commented out and explained. */
export function articleSkeleton(title: string, today: string): string {
  return `---
title: ${JSON.stringify(title)}
published: ${today}            # the date the story was published (YYYY-MM-DD)
# outlet: Capital News          # only if the story names its publication
# author: Jane Doe              # only if the story names its author
# url: https://example.org/...  # link to the original story
# tags: [deployment]
# entities: [kenya, haiti]      # ids from content/entities/, tagged by hand
# events:
#   - date: 2024-06             # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text
#     title: What happened
#     id: short-event-id        # same id as other articles reporting the same event
#     kind: deployment          # visit | deployment | diplomacy | un-action | security | funding | statement | other
#     quote: "A sentence copied from the text below."
# deployments:
#   - country: kenya            # an entity of kind country
#     date: 2024-06
#     count: 400
#     status: deployed          # pledged | announced | deployed | withdrawn
#     approximate: false        # true for "about", "nearly", "around"
#     personnel: police         # police | military | mixed
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
    console.error(`${relative(process.cwd(), file)} already exists; choose another title or edit that file.`);
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, articleSkeleton(title, format(new Date(), 'yyyy-MM-dd')));
  console.log(`Created ${relative(process.cwd(), file)}. Fill it in, then run: npm run check`);
}
