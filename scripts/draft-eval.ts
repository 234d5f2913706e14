/**
 * `npm run draft:eval`: runs the drafter on the seed stories (../shared/seeds/,
 * or the folder given) and compares its proposals with what the editors
 * recorded for the same stories in content/ (the article whose body holds the
 * story's opening sentence, drafted with that article's publication date).
 * Prints recall and precision per kind and the wrong figures per story.
 *
 *   npm run draft:eval                    # ../shared/seeds
 *   npm run draft:eval -- path/to/stories
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateContent } from '@/lib/contract/validateContent.ts';
import { draftStory } from '@/lib/draft/draft.ts';
import { evaluateDraft, totalScore, type Kind, type KindScore } from '@/lib/draft/evaluate.ts';
import { makeKnowledge } from '@/lib/draft/knowledge.ts';
import { splitSentences } from '@/lib/draft/text.ts';
import { normaliseForQuote } from '@/lib/contract/quotes.ts';
import { readContentFiles } from '@/build/loaders/contentFiles.ts';

const folder = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds'));
const content = validateContent(readContentFiles());
const knowledge = makeKnowledge(
  content.entities.map((entity) => ({
    id: entity.id,
    kind: entity.data.kind,
    name: entity.data.name,
    aliases: entity.data.aliases,
  })),
);
const KINDS: Kind[] = ['personnel', 'money', 'mandates', 'events'];
const scores: Record<Kind, KindScore[]> = { personnel: [], money: [], mandates: [], events: [] };

const percent = (value: number): string => `${Math.round(value * 100)}%`.padStart(4);
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(folder, name), 'utf8').replace(/\uFFFD/g, '');
  // The story's article: the one whose body holds most of its sentences.
  const sentences = splitSentences(text)
    .filter((sentence) => sentence.text.split(/\s+/).length > 8)
    .map((sentence) => normaliseForQuote(sentence.text));
  const held = (body: string) => sentences.filter((sentence) => body.includes(sentence)).length;
  const article = content.articles
    .map((candidate) => ({ candidate, count: held(normaliseForQuote(candidate.plainText)) }))
    .sort((a, b) => b.count - a.count)[0];
  if (!article || article.count < sentences.length / 2) {
    console.log(`${name}: no article in content/ holds most of its sentences; skipped`);
    continue;
  }
  const { candidate } = article;
  const draft = draftStory(text, candidate.data.published, knowledge);
  const result = evaluateDraft(candidate.data, draft);
  if (process.env.DEBUG_DRAFT) {
    console.log(
      JSON.stringify(
        {
          recorded: candidate.data.events.map((e) => [e.date, e.title]),
          proposed: draft.events.map((e) => [e.date, e.title]),
          recordedFigures: [
            ...candidate.data.deployments,
            ...candidate.data.funding,
            ...candidate.data.mandates,
          ].map((f) => [f.date, 'count' in f ? f.count : 'amount' in f ? f.amount : f.action]),
          proposedFigures: [...draft.deployments, ...draft.funding, ...draft.mandates].map((f) => [
            f.date,
            'count' in f ? f.count : 'amount' in f ? f.amount : f.action,
            f.why,
          ]),
        },
        null,
        1,
      ),
    );
  }
  for (const kind of KINDS) scores[kind].push(result[kind]);
  const wrong =
    result.personnel.proposed -
    result.personnel.matched +
    (result.money.proposed - result.money.matched);
  console.log(
    `${name} → ${candidate.slug} (${candidate.data.published}): ${KINDS.map((kind) => `${kind} ${result[kind].matched}/${result[kind].recorded} of ${result[kind].proposed}`).join(', ')}; wrong figures ${wrong}`,
  );
}
console.log('\nkind       recorded  proposed  matched  recall  precision');
for (const kind of KINDS) {
  const total = totalScore(scores[kind]);
  console.log(
    `${kind.padEnd(10)} ${String(total.recorded).padStart(8)}  ${String(total.proposed).padStart(8)}  ${String(total.matched).padStart(7)}  ${percent(total.recall).padStart(6)}  ${percent(total.precision).padStart(9)}`,
  );
}
