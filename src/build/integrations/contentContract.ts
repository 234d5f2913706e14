/**
 * Where an editor previews: in `astro dev`, a saved content file is read again
 * at once, and while any content file breaks the contract every page answers
 * with the report exactly as `npm run check` prints it. The report is the
 * content loaders' own (src/build/loaders/contentLoader.ts), which also log it.
 * Builds need no hook: the loader stops them with the report.
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '@/lib/contract/problems.ts';
import { validateContent, type ValidatedContent } from '@/lib/contract/validateContent.ts';
import { contentRoot, readContentFiles } from '@/build/loaders/contentFiles.ts';
import {
  clearDevPass,
  CONTENT_LOADER_NAMES,
  devPassFile,
  readDevPass,
} from '@/build/loaders/devRefresh.ts';
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

/** How often a refresh is asked for again while Astro reloads its content config (at most 5 s). */
const REFRESH_TRIES = 200;
const REFRESH_WAIT_MS = 25;

/**
 * Astro integration for `astro dev`: a saved content file runs the content
 * loaders again through Astro's `refreshContent` (which writes the store at
 * once), and while the content breaks the contract every page shows the
 * loaders' report.
 */
export function contentContract(): AstroIntegration {
  let file = '';
  return {
    name: 'mss-content-contract',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = devPassFile(config.cacheDir);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // A report left by an earlier server is not this content's: the first pass writes it again.
        clearDevPass(file);
        server.httpServer?.once('close', () => clearDevPass(file));
        serveContentReport(server, {
          base: server.config.base,
          contentRoot: contentRoot(),
          report: () => readDevPass(file)?.report,
          refresh: async () => {
            if (!refreshContent)
              throw new Error(
                'this version of Astro gives integrations no refreshContent: restart `astro dev` to see content edits',
              );
            // Astro reloads its content config whenever a markdown file is saved, and `refreshContent`
            // does nothing while it does: ask again until the loaders have run.
            const before = readDevPass(file)?.pass;
            for (let tries = 0; tries < REFRESH_TRIES; tries++) {
              await refreshContent({ loaders: Object.values(CONTENT_LOADER_NAMES) });
              if (readDevPass(file)?.pass !== before) return;
              await new Promise((done) => setTimeout(done, REFRESH_WAIT_MS));
            }
            throw new Error('the content loaders did not run: restart `astro dev`');
          },
        });
      },
    },
  };
}
