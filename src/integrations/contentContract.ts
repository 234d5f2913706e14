/**
 * Runs the content contract's validation pass before Astro loads any content,
 * so a contributor sees every problem of every file at once (Astro's loader
 * would stop at the first bad file and print its field paths poorly). It then
 * configures the markdown processor: mention links are built from the
 * validated entities, and raw HTML in bodies is sanitised.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/contract/problems.ts';
import { validateContent, type ValidatedContent } from '../lib/contract/validateContent.ts';
import { mentionDigest, mentionTargets } from '../lib/entityNames.ts';
import { mentionLinks } from '../lib/markdown/mentionLinks.ts';
import { sanitizeHtml } from '../lib/markdown/sanitizeHtml.ts';
import { buildMentionMatcher } from '../lib/mentions.ts';
import { makeHref } from '../lib/url.ts';
import { readContentFiles } from './contentFiles.ts';
import { shareParsedBodies } from './parsedBodies.ts';

/** Error thrown when content breaks the contract; its message is the full report. */
export class ContentContractError extends Error {
  override name = 'ContentContractError';
}

/** Validates all content; throws one error carrying the whole report. */
export function assertValidContent(root = process.cwd()): ValidatedContent {
  const result = validateContent(readContentFiles(root));
  if (result.problems.length > 0) throw new ContentContractError(formatReport(result.problems));
  return result;
}

/**
 * Astro integration: stops `astro build` (and `astro check`) on invalid content
 * with the report alone; in dev it only logs, so the server keeps running while
 * the contributor fixes the file.
 */
export function contentContract(): AstroIntegration {
  return {
    name: 'mss-content-contract',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        let content: ValidatedContent;
        try {
          content = assertValidContent();
          logger.info(`content contract: ${content.articles.length} articles, ${content.entities.length} entities valid`);
        } catch (error) {
          if (!(error instanceof ContentContractError)) throw error;
          logger.error(`\n${error.message}`);
          // Throwing would add Astro's stack trace and misleading hints below the
          // report; exiting keeps the contributor's view to what they must fix.
          if (command !== 'dev') process.exit(1);
          return;
        }
        shareParsedBodies(content.articles);
        const targets = mentionTargets(content.entities);
        const names = new Map(content.entities.map((entity) => [entity.id, entity.data.name]));
        const href = makeHref(config.base);
        updateConfig({
          markdown: {
            processor: satteri({
              mdastPlugins: [
                mentionLinks({
                  matcher: buildMentionMatcher(targets),
                  hrefOf: (id) => href(`entities/${id}/`),
                  nameOf: (id) => names.get(id) ?? id,
                  digest: mentionDigest(targets),
                }),
              ],
              hastPlugins: [sanitizeHtml()],
              // Raw HTML becomes real elements so the sanitiser can inspect it.
              features: { rawHtml: true },
            }),
          },
        });
      },
    },
  };
}
