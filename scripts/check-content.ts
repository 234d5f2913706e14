/**
 * `npm run check`, first half: validates every content file against the
 * contract and prints all problems at once. Exits 1 when any file is bad.
 */
import { performance } from 'node:perf_hooks';
import { ContentContractError, assertValidContent } from '../src/integrations/contentContract.ts';

const started = performance.now();
try {
  const counts = assertValidContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Content OK: ${counts.articles.length} articles, ${counts.entities.length} entities checked in ${seconds} s.`);
} catch (error) {
  if (!(error instanceof ContentContractError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
