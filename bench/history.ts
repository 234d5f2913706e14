/**
 * Gives a generated corpus a git history like an editors' repository: one
 * commit per article (in file order), then one commit per hundred articles
 * correcting a figure the first commit got wrong. Written with one
 * `git fast-import`, so 10,000 commits take seconds to make.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Returns how many commits and corrections were made. */
export function commitCorpus(dir: string): { commits: number; corrections: number } {
  const git = (args: string[], input?: Buffer) => {
    const result = spawnSync('git', ['-C', dir, '-c', 'init.defaultBranch=main', ...args], {
      input,
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  };
  git(['init', '--quiet']);
  const articles = readdirSync(join(dir, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const entities = readdirSync(join(dir, 'entities'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const chunks: Buffer[] = [];
  const push = (text: string | Buffer) =>
    chunks.push(typeof text === 'string' ? Buffer.from(text) : text);
  const blob = (path: string, content: Buffer) => {
    push(`M 100644 inline ${path}\ndata ${content.length}\n`);
    push(content);
    push('\n');
  };
  let mark = 0;
  const commit = (message: string, files: [string, Buffer][]) => {
    mark++;
    const when = 1_704_067_200 + mark * 60;
    push(
      `commit refs/heads/main\nmark :${mark}\ncommitter Bench Editor <bench@example.org> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`,
    );
    if (mark > 1) push(`from :${mark - 1}\n`);
    for (const [path, content] of files) blob(path, content);
    push('\n');
  };
  // Every hundredth article is first committed with a wrong first count.
  const mistaken = new Set(articles.filter((_, index) => index % 100 === 0));
  const wrong = (content: Buffer): Buffer =>
    Buffer.from(
      content
        .toString('utf8')
        .replace(/count: (\d+)/, (_, count: string) => `count: ${Number(count) + 1000}`),
    );
  commit(
    'Add the entities',
    entities.map((name) => [`entities/${name}`, readFileSync(join(dir, 'entities', name))]),
  );
  for (const name of articles) {
    const content = readFileSync(join(dir, 'articles', name));
    commit(`Add ${name}`, [[`articles/${name}`, mistaken.has(name) ? wrong(content) : content]]);
  }
  let corrections = 0;
  for (const name of mistaken) {
    const content = readFileSync(join(dir, 'articles', name));
    if (wrong(content).equals(content)) continue;
    commit(`Correct the count in ${name}`, [[`articles/${name}`, content]]);
    corrections++;
  }
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['reset', '--quiet']);
  return { commits: mark, corrections };
}
