/**
 * Compares two builds of the site, for a change that should not change what readers get (a
 * refactor): `npm run compare:builds -- <before> <after>`, each a built folder (dist-fixture/ of
 * `npm run test:build`, copied aside before the change).
 *
 * Files are compared byte for byte. HTML that differs only in its stylesheet links (Astro names
 * CSS chunks after the modules that first import them, so moving code renames them) is counted
 * apart, once the two builds are shown to hold the same CSS rules. Every other HTML page that
 * differs is then opened in Chromium from both builds, light and dark, at 1280 and 390 px, and
 * the full-page screenshots compared pixel for pixel; those that differ are written to
 * /tmp/compare-builds/ to look at.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { chooseBrowser } from '../tests/e2e/browser.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: npm run compare:builds -- <before folder> <after folder>');
  process.exit(2);
}

const filesOf = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();
const STYLESHEET = /<link rel="stylesheet" href="[^"]*?\/_astro\/[^"]+\.css">/g;
const cssRules = (root: string): string =>
  filesOf(root)
    .filter((path) => path.endsWith('.css'))
    .flatMap((path) => readFileSync(join(root, path), 'utf8').split('}'))
    .sort()
    .join('}');

const [old, now] = [filesOf(before), filesOf(after)];
const pages = (list: string[]) => new Set(list.filter((path) => !path.endsWith('.css')));
const [oldPages, newPages] = [pages(old), pages(now)];
const onlyBefore = [...oldPages].filter((path) => !newPages.has(path));
const onlyAfter = [...newPages].filter((path) => !oldPages.has(path));
let identical = 0;
let linksOnly = 0;
const differ: string[] = [];
for (const path of [...oldPages].filter((path) => newPages.has(path))) {
  const [a, b] = [readFileSync(join(before, path)), readFileSync(join(after, path))];
  if (a.equals(b)) identical++;
  else if (
    path.endsWith('.html') &&
    a.toString('utf8').replace(STYLESHEET, '') === b.toString('utf8').replace(STYLESHEET, '')
  )
    linksOnly++;
  else differ.push(path);
}
console.log(`Files only before: ${onlyBefore.length ? onlyBefore.join(', ') : 'none'}`);
console.log(`Files only after: ${onlyAfter.length ? onlyAfter.join(', ') : 'none'}`);
console.log(`CSS rules: ${cssRules(before) === cssRules(after) ? 'the same' : 'DIFFERENT'}`);
console.log(`Identical: ${identical}; differing only in stylesheet links: ${linksOnly}`);
console.log(`Differing: ${differ.length}${differ.length ? `\n  ${differ.join('\n  ')}` : ''}`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};
const serve = (root: string): Promise<{ server: Server; origin: string }> =>
  new Promise((done) => {
    const server = createServer((request, response) => {
      let path = join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
      try {
        if (statSync(path).isDirectory()) path = join(path, 'index.html');
        response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        response.end(readFileSync(path));
      } catch {
        response.statusCode = 404;
        response.end();
      }
    }).listen(0, () => {
      const address = server.address();
      done({ server, origin: `http://localhost:${typeof address === 'object' && address?.port}` });
    });
  });

const htmlPages = differ.filter((path) => path.endsWith('.html'));
if (htmlPages.length > 0) {
  const out = '/tmp/compare-builds';
  mkdirSync(out, { recursive: true });
  const servers = await Promise.all([serve(before), serve(after)]);
  const choice = await chooseBrowser();
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: choice.args,
  });
  let same = 0;
  const unlike: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const)
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const path of htmlPages) {
        const url = relative('.', path).replace(/index\.html$/, '');
        const shots: Buffer[] = [];
        for (const { origin } of servers) {
          await page.goto(`${origin}/${url}`, { waitUntil: 'load' });
          shots.push(await page.screenshot({ fullPage: true }));
        }
        if (shots[0]!.equals(shots[1]!)) {
          same++;
          continue;
        }
        const name = `${colorScheme}-${width}-${url.replace(/\W+/g, '_')}`;
        writeFileSync(join(out, `${name}-before.png`), shots[0]!);
        writeFileSync(join(out, `${name}-after.png`), shots[1]!);
        unlike.push(`${colorScheme} ${width}px ${url}`);
      }
      await context.close();
    }
  await browser.close();
  for (const { server } of servers) server.close();
  console.log(
    `Screenshots of the differing pages (light and dark, 1280 and 390 px): ${same} identical, ${unlike.length} not${unlike.length ? ` (in ${out}):\n  ${unlike.join('\n  ')}` : ''}`,
  );
}
