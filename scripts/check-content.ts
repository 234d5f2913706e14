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

// Every language's interface catalogue has every key of the English one (astro check says so too,
// from the Catalogue type; this names them for translators).
const { CATALOGUES, LANGUAGES } = await import('../src/i18n/index.ts');
const { missingKeys } = await import('../src/lib/translationStatus.ts');
for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
  const missing = missingKeys(CATALOGUES.en, CATALOGUES[lang]);
  if (missing.length === 0) console.log(`Interface in ${CATALOGUES[lang].languageName}: every key translated.`);
  else {
    console.error(`src/i18n/${lang}.ts lacks ${missing.length} key${missing.length === 1 ? '' : 's'} of src/i18n/en.ts:\n${missing.map((key) => `  ${key}`).join('\n')}`);
    process.exitCode = 1;
  }
}
