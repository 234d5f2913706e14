import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage } from '@/build/integrations/devContentReport.ts';

describe('reportPage', () => {
  it('shows the report as text, never as markup', () => {
    const page = reportPage('content/articles/x.md:3  title: got "<script>"; expected text', '/');
    expect(page).toContain('content/articles/x.md:3  title: got "&lt;script&gt;"; expected text');
    expect(page).not.toContain('"<script>"');
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
  });
});

// An editor previewing with `npm run dev` saves an edit and sees it; adds and deletes a file;
// renames an entity; saves a typo, sees the report in the browser, fixes it and gets the page
// back; commits, and the corrections follow; all without restarting the server.
describe('astro dev, as an editor previews', () => {
  // A port of its own each run: a server left behind by an interrupted run must not answer for this one.
  const port = 4391 + Math.floor(Math.random() * 500);
  const origin = `http://127.0.0.1:${port}`;
  const work = mkdtempSync(join(tmpdir(), 'mss-dev-'));
  const file = join(work, 'articles', 'ruto-makes-surprise-visit-to-haiti.md');
  let server: ChildProcess;

  const page = async (path: string) => {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, html: await response.text() };
  };
  /** What a failed page says (Astro's error overlay, or the contract report), for the assertion's message. */
  const saying = (shown: { status: number; html: string }): string =>
    `${shown.status}: ${shown.html
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 600)}`;
  const eventually = async (check: () => Promise<boolean>, tries = 100): Promise<void> => {
    for (let i = 0; i < tries; i++) {
      if (await check().catch(() => false)) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error('timed out waiting for the dev server');
  };
  const git = (...args: string[]): void => {
    const result = spawnSync('git', args, {
      cwd: work,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'editor@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'editor@example.org',
      },
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };

  beforeAll(async () => {
    cpSync('tests/fixtures/corpus', work, { recursive: true });
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'The fixture corpus');
    server = spawn(
      resolve('node_modules/.bin/astro'),
      ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
      {
        // Vitest's own variables (VITEST, NODE_ENV=test) would put Astro's Vite in test mode.
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(
              ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST',
            ),
          ),
          CONTENT_DIR: work,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: process.env.DEBUG_DEV ? 'inherit' : 'ignore',
      },
    );
    // Ready once the home page and an article page render: the first request to a route compiles
    // its modules (and Vite may optimise a dependency it meets there), which is not what these tests are about.
    // Up to a minute: on a loaded two-core machine the first compile of both routes alone can take 20 s.
    await eventually(
      async () =>
        (await page('/')).status === 200 &&
        (await page('/articles/ruto-makes-surprise-visit-to-haiti/')).status === 200,
      300,
    );
  }, 90_000);

  afterAll(() => {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows an edited article once saved, and every page in between answers', async () => {
    const good = readFileSync(file, 'utf8');
    const article = '/articles/ruto-makes-surprise-visit-to-haiti/';
    const before = await page(article);
    expect(before.status, saying(before)).toBe(200);
    writeFileSync(file, `${good}\nA sentence the editor just added.\n`);
    // Asked for again and again (as a reader reloading would), to catch the moment the store is rewritten.
    const failures: string[] = [];
    let last = before;
    for (let i = 0; i < 2000; i++) {
      last = await page(article);
      if (last.status !== 200) failures.push(saying(last));
      if (last.html.includes('A sentence the editor just added.')) break;
      await new Promise((done) => setTimeout(done, 5));
    }
    expect(last.status, saying(last)).toBe(200);
    // The page before the edit, then the page after: never an error while the store is rewritten.
    expect(failures).toEqual([]);
    writeFileSync(file, good);
    await eventually(
      async () => !(await page(article)).html.includes('A sentence the editor just added.'),
    );
  }, 60_000);

  it('lists a new article file once saved, and forgets one deleted', async () => {
    const added = join(work, 'articles', 'a-new-article-in-preview.md');
    writeFileSync(
      added,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "A new article in preview"'),
    );
    await eventually(
      async () =>
        (await page('/articles/a-new-article-in-preview/')).status === 200 &&
        (await page('/articles/')).html.includes('A new article in preview'),
    );
    rmSync(added);
    await eventually(
      async () => !(await page('/articles/')).html.includes('A new article in preview'),
    );
  }, 60_000);

  it('shows an entity renamed on the pages of the articles that name it', async () => {
    const entity = join(work, 'entities', 'william-ruto.md');
    const good = readFileSync(entity, 'utf8');
    writeFileSync(entity, good.replace(/^name: .*$/m, 'name: "William Samoei Ruto"'));
    await eventually(async () =>
      (await page('/articles/ruto-makes-surprise-visit-to-haiti/')).html.includes(
        'title="William Samoei Ruto"',
      ),
    );
    writeFileSync(entity, good);
    await eventually(
      async () =>
        !(await page('/articles/ruto-makes-surprise-visit-to-haiti/')).html.includes(
          'William Samoei Ruto',
        ),
    );
  }, 60_000);

  it('serves the contract report while the file is broken, and the page again once fixed', async () => {
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^title: /m, 'titel: '));
    await eventually(async () => (await page('/articles/')).status === 500);
    const broken = await page('/articles/');
    expect(broken.html).toContain('<h1>The content does not match the contract</h1>');
    expect(broken.html).toMatch(
      /ruto-makes-surprise-visit-to-haiti\.md:2 {2}titel: unknown field "titel" \(did you mean "title"\?\)/,
    );

    writeFileSync(file, good);
    // The report goes away when the pass is clean; the article is back once the store is reloaded
    // (a request in between can still see the store of the broken pass, under a loaded machine).
    await eventually(async () => {
      const fixed = await page('/articles/');
      return fixed.status === 200 && fixed.html.includes('Ruto makes surprise visit to Haiti');
    });
    expect((await page('/articles/')).html).not.toContain(
      'The content does not match the contract',
    );
  }, 60_000);

  it('reads a commit made meanwhile on the next save: the corrections page lists it', async () => {
    expect((await page('/corrections/')).html).not.toContain('Kenya sent 401, not 400');
    const figures = join(work, 'articles', 'kenya-prepares-to-send-additional-troops-to-haiti.md');
    writeFileSync(
      figures,
      readFileSync(figures, 'utf8').replace(
        'count: 400\n    status: deployed',
        'count: 401\n    status: deployed',
      ),
    );
    git('commit', '--quiet', '-am', 'Kenya sent 401, not 400');
    // The save that follows the commit (any content file) reads the history again.
    writeFileSync(file, readFileSync(file, 'utf8'));
    await eventually(async () =>
      (await page('/corrections/')).html.includes('Kenya sent 401, not 400'),
    );
  }, 60_000);
});
