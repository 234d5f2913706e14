/**
 * Runs the content contract's validation pass before Astro loads any content,
 * so a contributor sees every problem of every file at once (Astro's loader
 * would stop at the first bad file and print its field paths poorly).
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/contract/problems.ts';
import { validateContent } from '../lib/contract/validateContent.ts';
import { readContentFiles } from './contentFiles.ts';

/** Error thrown when content breaks the contract; its message is the full report. */
export class ContentContractError extends Error {
  override name = 'ContentContractError';
}

/** Validates all content; throws one error carrying the whole report. */
export function assertValidContent(root = process.cwd()): { articles: number; entities: number } {
  const result = validateContent(readContentFiles(root));
  if (result.problems.length > 0) throw new ContentContractError(formatReport(result.problems));
  return { articles: result.articles.length, entities: result.entities.length };
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
      'astro:config:setup': ({ command, logger }) => {
        try {
          const counts = assertValidContent();
          logger.info(`content contract: ${counts.articles} articles, ${counts.entities} entities valid`);
        } catch (error) {
          if (!(error instanceof ContentContractError)) throw error;
          logger.error(`\n${error.message}`);
          // Throwing would add Astro's stack trace and misleading hints below the
          // report; exiting keeps the contributor's view to what they must fix.
          if (command !== 'dev') process.exit(1);
        }
      },
    },
  };
}
