/**
 * Builds the sites the browser tests run against, and checks that builds are
 * deterministic:
 * - dist/: the real content at base `/`, exactly as `npm run build` makes it;
 *   only content-agnostic checks run on it (tests/e2e/content);
 * - dist-grown/: a copy of the real content plus an editor's new article and
 *   entities (tests/fixtures/growContent.ts), for the same checks: a new
 *   article never turns the suite red;
 * - dist-fixture/: the fixture corpus (tests/fixtures/corpus), on which the
 *   tests that assert particular figures, counts and order run;
 * - dist-sub/: the fixture corpus plus hostile HTML and an entity file added
 *   without touching the articles that name it, a held-back mandate statement
 *   (an authorisation with a ceiling, a renewal with an end), an article whose cells
 *   start like spreadsheet formulas, built with BASE_PATH=/sub/, to
 *   prove the site works from a sub-path, that unsafe markup never survives
 *   and that a new entity is linked from existing articles, plus an article
 *   written in Haitian Creole (tests/fixtures/creole); its folder is a
 *   git repository whose second commit corrects three mistakes of the first
 *   (tests/fixtures/history.ts), for /corrections/ and its feed;
 * - dist-many/: a generated corpus of many articles (bench/generate.ts), for
 *   the link crawl and axe scans at scale. It is built twice and the two
 *   builds must be byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/generate.ts';
import { growContent } from '../tests/fixtures/growContent.ts';
import { makeHistory } from '../tests/fixtures/history.ts';

/** Where the grown copy of the content is written (git ignores it). */
const GROWN_CONTENT = '.test-content/grown';

/** Articles in the generated fixture corpus: enough to paginate and to stress every page type. */
const MANY_ARTICLES = 200;

function build(env: Record<string, string>): void {
  const result = spawnSync(
    process.execPath,
    [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Hash of every file in a folder, by relative path. */
function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(
    files.flatMap((file) => {
      try {
        return [
          [
            file,
            createHash('sha256')
              .update(readFileSync(join(dir, file)))
              .digest('hex'),
          ] as const,
        ];
      } catch {
        return []; // a folder
      }
    }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'mss-test-sites-'));
try {
  build({ OUT_DIR: 'dist' });

  // The grown copy and the large generated corpus (built twice, to prove builds deterministic) are for
  // `npm run test:full` (main and nightly); a pull request's `npm test` skips them.
  const full = process.env.MSS_FULL_TESTS === '1';

  // Kept after the build: the browser tests compare dist-grown with its content.
  if (full) {
    rmSync(GROWN_CONTENT, { recursive: true, force: true });
    const grown = GROWN_CONTENT;
    cpSync('content', grown, { recursive: true });
    growContent(grown);
    build({ OUT_DIR: 'dist-grown', CONTENT_DIR: grown });
  }

  // The fixture site has the editor's desk switched on (tests/e2e/fixture/desk.spec.ts).
  build({
    OUT_DIR: 'dist-fixture',
    CONTENT_DIR: 'tests/fixtures/corpus',
    DESK_REPO: 'mss-tracker/site',
  });

  const sub = join(work, 'sub');
  cpSync('tests/fixtures/corpus', sub, { recursive: true });
  cpSync('tests/fixtures/hostile/articles', join(sub, 'articles'), { recursive: true });
  cpSync('tests/fixtures/formula/articles', join(sub, 'articles'), { recursive: true });
  cpSync('tests/fixtures/mandate/articles', join(sub, 'articles'), { recursive: true });
  cpSync('tests/fixtures/new-entity/entities', join(sub, 'entities'), { recursive: true });
  cpSync('tests/fixtures/creole/articles', join(sub, 'articles'), { recursive: true });
  // Its own git history: a first commit with mistakes, then their correction (tests of /corrections/).
  makeHistory(sub);
  build({
    OUT_DIR: 'dist-sub',
    CONTENT_DIR: sub,
    BASE_PATH: '/sub/',
    SITE_URL: 'https://example.org',
  });

  if (full) {
    const many = join(work, 'many');
    generateCorpus(many, MANY_ARTICLES, 7);
    build({ OUT_DIR: 'dist-many', CONTENT_DIR: many });
    build({ OUT_DIR: join(work, 'dist-many-again'), CONTENT_DIR: many });
    const first = fingerprint('dist-many');
    const second = fingerprint(join(work, 'dist-many-again'));
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (file) => first.get(file) !== second.get(file),
    );
    if (differing.length > 0) {
      console.error(
        `Builds are not deterministic: ${differing.length} files differ between two builds of the same content:\n${differing.slice(0, 20).join('\n')}`,
      );
      process.exit(1);
    }
    console.log(
      `Deterministic: two builds of ${MANY_ARTICLES} generated articles are byte-identical (${first.size} files).`,
    );
  } else {
    console.log('Skipped dist-grown and dist-many: npm run test:full builds and tests them.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
