/**
 * In `astro dev`, the contract's report must reach the editor's browser: a
 * broken file otherwise leaves Astro serving the last good page with status
 * 200 while its own log speaks another format. While any content file breaks
 * the contract, every page answers 500 with the report exactly as
 * `npm run check` prints it, and open pages reload as soon as a file is saved,
 * broken or fixed.
 */
import type { ViteDevServer } from 'vite';

/** Escapes text for HTML element content. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/**
 * Serves the report while `currentReport()` returns one, and re-checks the
 * content whenever a file under `contentRoot` changes.
 */
export function serveContentReport(server: ViteDevServer, options: { base: string; contentRoot: string; check: () => string | undefined }): void {
  let report = options.check();
  server.middlewares.use((request, response, next) => {
    if (report === undefined || !wantsPage(request.url, request.headers.accept)) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(reportPage(report, options.base));
  });

  let timer: NodeJS.Timeout | undefined;
  const recheck = (path: string): void => {
    if (!path.startsWith(options.contentRoot) || !path.endsWith('.md')) return;
    clearTimeout(timer);
    // Editors' tools save in bursts (write, rename); check once they settle.
    timer = setTimeout(() => {
      const before = report;
      report = options.check();
      if (report !== before) server.ws.send({ type: 'full-reload', path: '*' });
    }, 80);
  };
  server.watcher.add(options.contentRoot);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
}
