/**
 * `npm run edit`: the editor's desk on your own computer. Starts Decap's local
 * proxy (decap-server, which writes the files of the working tree) and the dev
 * server with the desk pointed at it, prints the desk's address, and stops both
 * on Ctrl+C. A saved entry shows in the dev preview at once; a file that breaks
 * the contract shows the report there and in this terminal, as with `npm run dev`.
 *
 *   npm run edit                      # ports 4321 (site) and 8081 (proxy)
 *   PORT=4400 PROXY_PORT=8090 npm run edit
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { contentRoot } from '@/build/loaders/contentFiles.ts';

const root = process.cwd();
const port = Number(process.env.PORT ?? 4321);
const proxyPort = Number(process.env.PROXY_PORT ?? 8081);
const host = process.env.HOST ?? '127.0.0.1';
// decap-server writes paths relative to this folder; the desk's collections point at the content inside it.
const repo = resolve(process.env.DESK_REPO_DIR ?? root);
const contentFolder = relative(repo, contentRoot(root)).split('\\').join('/');
if (contentFolder.startsWith('..')) {
  console.error(
    `The content folder ${contentRoot(root)} is outside ${repo}; set DESK_REPO_DIR to a folder that holds it.`,
  );
  process.exit(2);
}

const children: ChildProcess[] = [];
let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));

const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const proxy = spawn(process.execPath, [decapServer], {
  env: {
    ...process.env,
    PORT: String(proxyPort),
    BIND_HOST: host,
    MODE: 'fs',
    GIT_REPO_DIRECTORY: repo,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
children.push(proxy);

// --ignore-lock: this dev server is the desk's own, on its own port, stopped with it. It may run beside an
// `npm run dev` the editor has open, and never detaches into the background (Astro backgrounds a locked
// dev server when it thinks an automated agent started it, and the desk would lose its child).
const astro = spawn(
  process.execPath,
  [
    resolve(root, 'node_modules/astro/bin/astro.mjs'),
    'dev',
    '--ignore-lock',
    '--host',
    host,
    '--port',
    String(port),
  ],
  {
    env: {
      ...process.env,
      DESK_PROXY_URL: `http://${host}:${proxyPort}/api/v1`,
      DESK_CONTENT_FOLDER: contentFolder,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
children.push(astro);

for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(
        `${child === proxy ? 'decap-server' : 'astro dev'} stopped (exit ${code ?? 'signal'}); stopping the desk.`,
      );
      stop(code ?? 1);
    }
  });
}

console.log(
  `\nThe editor's desk: http://${host}:${port}/admin/  (content in ${contentFolder}/, written through decap-server on port ${proxyPort}; Ctrl+C stops both)\n`,
);
