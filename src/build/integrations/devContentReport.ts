/**
 * In `astro dev`, the contract's report must reach the editor's browser: a
 * broken file otherwise leaves Astro serving the last good page with status
 * 200 while its own log speaks another format. While any content file breaks
 * the contract, every page answers 500 with the report exactly as
 * `npm run check` prints it, and open pages reload as soon as a file is saved,
 * broken or fixed. Saving a content file runs the content loaders again
 * (one pass of every file, unchanged ones from the store): the report is theirs.
 */
import type { ViteDevServer } from 'vite';

/** Escapes text for HTML element content. */
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page shown instead of the site while content is invalid. It loads Vite's
 * client (dev only) so that it reloads itself once the file is fixed.
 */
export function reportPage(report: string, base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content check failed</title>
<script type="module" src="${base}@vite/client"></script>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0 auto; max-width: 72rem; padding: 2rem 1rem; line-height: 1.5; }
  h1 { color: #b3261e; font-size: 1.5rem; }
  pre { background: #1f2226; color: #f3f1ea; padding: 1rem; border-radius: 0.375rem; overflow-x: auto; white-space: pre-wrap; }
</style>
</head>
<body>
<main>
<h1>The content does not match the contract</h1>
<p>Fix the fields below and save: this page reloads by itself. The same report comes from <code>npm run check</code>; CONTRIBUTING.md describes every field.</p>
<pre>${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
}

/** Requests that show a page (not Vite's modules, assets or data files). */
function wantsPage(url: string | undefined, accept: string | undefined): boolean {
  if (!url || !accept?.includes('text/html')) return false;
  return !/^\/(@|node_modules\/|_astro\/|__)/.test(url.replace(/^\/[^/]+\/(?=@)/, '/'));
}

export interface DevContentOptions {
  readonly base: string;
  readonly contentRoot: string;
  /** The report of the loaders' last pass, if the content breaks the contract. */
  readonly report: () => string | undefined;
  /** Runs the loaders again (Astro's `refreshContent`); resolves once the store is written. */
  readonly refresh: () => Promise<void>;
}

/**
 * Runs the loaders again whenever a file under `contentRoot` is saved, and
 * serves the report while the last pass left one.
 */
export function serveContentReport(server: ViteDevServer, options: DevContentOptions): void {
  // One pass at a time; saves that come while one waits to start (editors' tools save in bursts:
  // write, rename) join it.
  let running = Promise.resolve();
  let waiting = false;
  // A page asked for while a pass runs waits for it: the loaders record their report before Astro has
  // written their store, and a page rendered in between reads the old store into modules that can outlive
  // the store's invalidation (an added, deleted or fixed file then stayed unseen until the next save).
  let pending = 0;
  server.middlewares.use((request, response, next) => {
    if (!wantsPage(request.url, request.headers.accept)) return next();
    const serve = (): void => {
      const report = options.report();
      if (report === undefined) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(reportPage(report, options.base));
    };
    if (pending > 0) void running.then(serve);
    else serve();
  });

  const refresh = (path: string): void => {
    if (!path.startsWith(options.contentRoot) || !path.endsWith('.md') || waiting) return;
    waiting = true;
    pending++;
    running = running
      .then(async () => {
        waiting = false;
        const shown = options.report();
        await options.refresh();
        // A new store reloads open pages by itself; a report that came or went may not change the store.
        if (options.report() !== shown) server.ws.send({ type: 'full-reload', path: '*' });
      })
      .catch((error: unknown) =>
        server.config.logger.error(`Content refresh failed: ${String(error)}`),
      )
      .finally(() => {
        pending--;
      });
  };
  server.watcher.add(options.contentRoot);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, refresh);
}
