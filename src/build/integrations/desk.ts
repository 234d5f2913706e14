/**
 * The desk's files: Decap CMS's bundle (decap-cms.js, its chunks and its
 * WebAssembly) is served from node_modules in `astro dev` and copied into
 * `<outDir>/admin/` by builds, so /admin/ loads nothing from a CDN.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The folder of Decap's prebuilt bundle. */
export function decapDist(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/** The files /admin/ needs from the bundle: the entry, its chunks and its WebAssembly (no source maps). */
export function decapFiles(dist = decapDist()): string[] {
  return readdirSync(dist).filter(
    (name) => name === 'decap-cms.js' || /\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'),
  );
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
};

/**
 * The desk's preview checks content in the browser with the contract's own code, which reads article
 * bodies with Sätteri: browser bundles get remark in its place (src/lib/desk/markdownInBrowser.ts).
 */
const browserMarkdown = (): Plugin => ({
  name: 'mss-desk-browser-markdown',
  enforce: 'pre',
  resolveId(source, _importer, options) {
    return source === 'satteri' && !options?.ssr
      ? fileURLToPath(new URL('../../lib/desk/markdownInBrowser.ts', import.meta.url))
      : undefined;
  },
});

export function desk(): AstroIntegration {
  let base = '/';
  return {
    name: 'mss-desk',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [browserMarkdown()],
            // In `astro dev`, Vite would find the preview's dependencies (zod, yaml, remark…) only when
            // /admin/ first loads, bundle them, and reload the page under the editor's fingers: it is
            // told of them at start instead.
            optimizeDeps: { entries: ['src/scripts/deskPreview.ts'] },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const dist = decapDist();
        const files = new Set(decapFiles(dist));
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          const name = path.startsWith(`${base}admin/`) ? path.slice(`${base}admin/`.length) : '';
          if (!files.has(name)) return next();
          response.setHeader(
            'Content-Type',
            TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
          );
          createReadStream(join(dist, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const dist = decapDist();
        const admin = join(fileURLToPath(dir), 'admin');
        if (!existsSync(admin)) mkdirSync(admin, { recursive: true });
        for (const name of decapFiles(dist)) copyFileSync(join(dist, name), join(admin, name));
      },
    },
  };
}
