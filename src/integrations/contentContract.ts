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
import { contentRoot, readContentFiles } from './contentFiles.ts';
import { serveContentReport } from './devContentReport.ts';
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
 * with the report alone; in dev the server keeps running and shows the report
 * in the browser (and the log) until the contributor fixes the file.
 */
export function contentContract(): AstroIntegration {
  return {
    name: 'mss-content-contract',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const content = validateContent(readContentFiles());
        if (content.problems.length > 0 && command !== 'dev') {
          logger.error(`\n${formatReport(content.problems)}`);
          // Throwing would add Astro's stack trace and misleading hints below the
          // report; exiting keeps the contributor's view to what they must fix.
          process.exit(1);
        }
        // In dev, the valid files still configure the site; the report is served
        // to the browser by the server hook below until every file is fixed.
        if (content.problems.length === 0) logger.info(`content contract: ${content.articles.length} articles, ${content.entities.length} entities valid`);
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
      'astro:server:setup': ({ server, logger }) => {
        let logged: string | undefined;
        serveContentReport(server, {
          base: server.config.base,
          contentRoot: contentRoot(),
          check: () => {
            const { problems } = validateContent(readContentFiles());
            return problems.length > 0 ? formatReport(problems) : undefined;
          },
          onChange: (report) => {
            if (report === logged) return;
            if (report) logger.error(`\n${report}`);
            else if (logged) logger.info('content contract: every file is valid again');
            logged = report;
          },
        });
      },
    },
  };
}
