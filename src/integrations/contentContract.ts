/**
 * Shows the content contract's report where an editor previews: in `astro dev`,
 * while any content file breaks the contract, every page answers with the
 * report exactly as `npm run check` prints it (the loader, which checks the
 * same rules, runs in Astro's content layer and logs it too). Builds need no
 * hook: the loader stops them with the report (src/loaders/contentLoader.ts).
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/contract/problems.ts';
import { validateContent, type ValidatedContent } from '../lib/contract/validateContent.ts';
import { contentRoot, readContentFiles } from '../loaders/contentFiles.ts';
import { serveContentReport } from './devContentReport.ts';

/** Error thrown when content breaks the contract; its message is the full report. */
export class ContentContractError extends Error {
  override name = 'ContentContractError';
}

/** Validates all content (for `npm run check`); throws one error carrying the whole report. */
export function assertValidContent(root = process.cwd()): ValidatedContent {
  const result = validateContent(readContentFiles(root));
  if (result.problems.length > 0) throw new ContentContractError(formatReport(result.problems));
  return result;
}

/** Astro integration: the contract's report in the browser during `astro dev`. */
export function contentContract(): AstroIntegration {
  return {
    name: 'mss-content-contract',
    hooks: {
      'astro:server:setup': ({ server }) => {
        serveContentReport(server, {
          base: server.config.base,
          contentRoot: contentRoot(),
          check: () => {
            const { problems } = validateContent(readContentFiles());
            return problems.length > 0 ? formatReport(problems) : undefined;
          },
        });
      },
    },
  };
}
