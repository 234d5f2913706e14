/**
 * The editor's desk in a real browser, with the local backend, on a copy of
 * the fixture content: `npm run edit` (dev server + decap-server) is started
 * as an editor would, and Chromium drives Decap's form.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser } from '../e2e/browser.ts';
import { takeTurn } from '../fixtures/astroTurn.ts';

const work = mkdtempSync(join(tmpdir(), 'mss-desk-'));
const content = join(work, 'content');
const port = 4800 + Math.floor(Math.random() * 400);
const proxyPort = port + 1000;
const origin = `http://127.0.0.1:${port}`;
const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST',
  ),
);
let edit: ChildProcess;
let handBack: (() => void) | undefined;
let browser: Browser;
let page: Page;

/** Every content file with its hash, to prove what a save changed. */
const snapshot = (): Map<string, string> =>
  new Map(
    readdirSync(content, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(content, name)))
          .digest('hex'),
      ]),
  );

const check = (...files: string[]) =>
  spawnSync(process.execPath, [tsx, 'scripts/check-content.ts', ...files], {
    env: { ...env, CONTENT_DIR: content },
    encoding: 'utf8',
  });

async function eventually(
  test: () => boolean | Promise<boolean>,
  what: string,
  tries = 300,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await Promise.resolve(test()).catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Picks an option of a select or relation field by typing part of it. */
async function pick(label: string, text: string, nth = -1): Promise<void> {
  await page.getByLabel(label, { exact: true }).nth(nth).click();
  await page.keyboard.type(text);
  await page.locator('[class*="option"]', { hasText: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Waits for the content check in the form's preview pane to say what `expected` matches (the pane
 * follows the form a moment behind it), and returns what it says.
 */
async function previewCheck(expected: RegExp): Promise<string> {
  const status = page.frameLocator('#preview-pane').locator('.contract');
  let text = '';
  await eventually(
    async () => expected.test((text = (await status.textContent({ timeout: 1_000 })) ?? '')),
    `the preview pane to say ${expected} (it says: ${text})`,
  ).catch(async (error: unknown) => {
    await page.screenshot({ path: join(tmpdir(), 'mss-desk-preview-failure.png') });
    throw new Error(`${String(error)}; the pane says: ${text}`);
  });
  return text;
}

/** Publishes the entry open in the editor (the local backend writes it straight to the working tree). */
async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

/** Opens the desk at a route in a fresh page (Decap keeps an unsaved entry across route changes). */
async function login(path: string): Promise<void> {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Decap renders on the main thread of a dev server's page: give a busy machine time.
  page.setDefaultTimeout(60_000);
  await page.goto(`${origin}/admin/#${path}`);
  // The local backend asks once for a (password-less) login; Decap remembers it.
  const button = page.getByRole('button', { name: 'Login' });
  const title = page.getByLabel('Title', { exact: true }).first();
  // The login screen may show, go while Decap checks the proxy, and show again: click it whenever it is there.
  await eventually(async () => {
    if (await title.isVisible()) return true;
    if (await button.isVisible()) await button.click({ timeout: 2_000 }).catch(() => undefined);
    return false;
  }, 'the desk to open an entry').catch(async (error: unknown) => {
    await page.screenshot({ path: join(tmpdir(), 'mss-desk-failure.png') });
    throw error;
  });
}

/** Starts a new article in the form: its title, date and body. */
async function newArticle(title: string, published: string, body: string): Promise<void> {
  await login('/collections/articles/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Published', { exact: true }).fill(published);
  await page.locator('.cms-editor-raw [role=textbox]').click();
  await page.keyboard.insertText(body);
}

/** Adds a personnel figure to the article in the form. */
async function addPersonnel(figure: {
  country: string;
  date: string;
  count: number;
  status: string;
  quote: string;
}): Promise<void> {
  await page.getByRole('button', { name: 'Add deployments' }).click();
  await pick('Country', figure.country);
  await page.getByLabel('Date', { exact: true }).last().fill(figure.date);
  await page.getByLabel('Count', { exact: true }).fill(String(figure.count));
  await pick('Status', figure.status);
  await page.getByLabel('Quote', { exact: true }).fill(figure.quote);
}

beforeAll(async () => {
  // Its dev server and build run Astro on this project: one such test file at a time.
  handBack = await takeTurn();
  cpSync('tests/fixtures/corpus', content, { recursive: true });
  edit = spawn(process.execPath, [tsx, 'scripts/edit.ts'], {
    env: {
      ...env,
      CONTENT_DIR: content,
      DESK_REPO_DIR: work,
      PORT: String(port),
      PROXY_PORT: String(proxyPort),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: process.env.DEBUG_DEV ? 'inherit' : 'ignore',
    detached: true,
  });
  await eventually(
    async () =>
      (await fetch(`${origin}/admin/config.yml`)).ok &&
      (
        await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"action":"info"}',
        })
      ).ok,
    'npm run edit',
  );
  const choice = await chooseBrowser();
  browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (edit?.pid) process.kill(-edit.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
  handBack?.();
});

describe("the editor's desk (npm run edit)", () => {
  it('prints nothing the editor must not see: its config names the local content folder', async () => {
    const config = await (await fetch(`${origin}/admin/config.yml`)).text();
    expect(config).toContain(`proxy_url: http://127.0.0.1:${proxyPort}/api/v1`);
    expect(config).toContain('folder: content/articles');
  });

  it('creates an article with an entity, a personnel figure and an event in three languages; the site shows them', async () => {
    const before = snapshot();
    await newArticle(
      'Jamaica sends police officers to Haiti',
      '2024-10-02',
      'Jamaica sent 24 police officers to Haiti in October 2024, the ministry said.',
    );
    await pick('Entities (optional)', 'Jamaica');
    await addPersonnel({
      country: 'Jamaica',
      date: '2024-10',
      count: 24,
      status: 'deployed',
      quote: 'Jamaica sent 24 police officers to Haiti',
    });

    await page.getByRole('button', { name: 'Add events' }).click();
    await page.getByLabel('Date', { exact: true }).first().fill('2024-10');
    await page
      .getByLabel('Title', { exact: true })
      .last()
      .fill('Jamaican police officers arrive in Haiti');
    await pick('Kind (optional)', 'deployment');
    // The event's translations (collapsed): French and Haitian Creole titles.
    await page
      .locator('[class*="ExpandButtonContainer"]', { hasText: 'Translations' })
      .first()
      .locator('button')
      .first()
      .click();
    // The event's English, French and Creole titles come first; the article's own translations follow.
    await page
      .getByLabel('Title (optional)', { exact: true })
      .nth(1)
      .fill('Des policiers jamaïcains arrivent en Haïti');
    await page
      .getByLabel('Title (optional)', { exact: true })
      .nth(2)
      .fill('Polis jamayiken rive an Ayiti');
    // The preview pane runs the contract's check on the form as it stands.
    expect(await previewCheck(/finds no problem/)).toBe(
      'The content check finds no problem in this entry.',
    );
    await publish();

    const file = join(content, 'articles', 'jamaica-sends-police-officers-to-haiti.md');
    await eventually(() => existsSync(file), 'the saved file');
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('title: Jamaica sends police officers to Haiti');
    expect(saved).toMatch(/deployments:\n {2}- country: jamaica\n {4}date: 2024-10\n/);
    expect(saved).toContain('title: Des policiers jamaïcains arrivent en Haïti');
    // Only the new file: nothing else in content/ changed.
    const after = snapshot();
    expect([...after.keys()].filter((name) => after.get(name) !== before.get(name))).toEqual([
      'articles/jamaica-sends-police-officers-to-haiti.md',
    ]);

    const checked = check(file);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);

    // The dev preview shows it at once.
    await eventually(
      async () =>
        (await (await fetch(`${origin}/deployments/`)).text()).includes(
          'Jamaica sent 24 police officers to Haiti',
        ),
      'the figure in the dev preview',
      100,
    );

    // And the built site.
    const out = join(work, 'dist');
    const built = spawnSync(process.execPath, [tsx, 'scripts/build.ts'], {
      env: { ...env, CONTENT_DIR: content, OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(built.status, built.stderr.slice(-2000)).toBe(0);
    expect(readFileSync(join(out, 'deployments', 'index.html'), 'utf8')).toContain(
      'Jamaica sent 24 police officers to Haiti',
    );
    const timeline = readdirSync(join(out, 'timeline'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .map((name) => readFileSync(join(out, 'timeline', name), 'utf8'))
      .join('\n');
    expect(timeline).toContain('Jamaican police officers arrive in Haiti');
    expect(readFileSync(join(out, 'fr', 'deployments', 'index.html'), 'utf8')).toContain('Jamaica');
  }, 240_000);

  it('changes only the edited field of an existing article', async () => {
    const file = join(content, 'articles', 'ruto-makes-surprise-visit-to-haiti.md');
    const before = readFileSync(file, 'utf8').split('\n');
    const others = snapshot();
    await login('/collections/articles/entries/ruto-makes-surprise-visit-to-haiti');
    await page
      .getByLabel('Summary (optional)', { exact: true })
      .first()
      .fill('The president visited the Kenyan officers in Port-au-Prince.');
    await publish();
    await eventually(
      () => readFileSync(file, 'utf8').includes('summary: The president visited'),
      'the saved edit',
    );
    const after = readFileSync(file, 'utf8').split('\n');
    // One line added (the summary), every other line as it was.
    expect(after.filter((line) => !before.includes(line))).toEqual([
      'summary: The president visited the Kenyan officers in Port-au-Prince.',
    ]);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    const now = snapshot();
    expect([...now.keys()].filter((name) => now.get(name) !== others.get(name))).toEqual([
      'articles/ruto-makes-surprise-visit-to-haiti.md',
    ]);
  }, 120_000);

  it('saves a quote that is not in the body, which npm run check names with file and field', async () => {
    const before = snapshot();
    await newArticle(
      'Belize officers arrive',
      '2024-11-05',
      'Two officers from Belize arrived in Haiti.',
    );
    await addPersonnel({
      country: 'Belize',
      date: '2024-11',
      count: 2,
      status: 'deployed',
      quote: 'Three officers from Belize arrived',
    });
    // The preview pane names the problem before the editor saves.
    const shown = await previewCheck(/would refuse this entry: 1 problem/);
    expect(shown).toContain('The content check would refuse this entry: 1 problem');
    expect(shown).toContain(
      'deployments[0].quote: "Three officers from Belize arrived" does not occur in the article body',
    );
    // DESK_SCREENSHOTS=1 refreshes CONTRIBUTING's picture of it.
    if (process.env.DESK_SCREENSHOTS)
      await page.screenshot({ path: 'docs/images/desk-preview-check.png' });
    await publish();
    const file = join(content, 'articles', 'belize-officers-arrive.md');
    await eventually(() => existsSync(file), 'the saved file');
    const after = snapshot();
    expect([...after.keys()].filter((name) => after.get(name) !== before.get(name))).toEqual([
      'articles/belize-officers-arrive.md',
    ]);
    const checked = check();
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(
      /belize-officers-arrive\.md:\d+ {2}deployments\[0\]\.quote: "Three officers from Belize arrived" does not occur in the article body/,
    );
    expect(checked.stderr).toContain('Content check failed: 1 problem in 1 file.');
  }, 120_000);
});
