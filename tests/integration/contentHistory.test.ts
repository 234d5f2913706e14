import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionsOf } from '@/lib/articles/corrections.ts';
import {
  HISTORY_ENTRY,
  historyLoader,
  readContentHistory,
  readStoredHistory,
  type StoredHistory,
} from '@/build/loaders/contentHistory.ts';
import { fakeContext } from '../fixtures/loaderContext.ts';
import { FIRST_COMMIT, FIX_COMMIT, HISTORY_ARTICLE, makeHistory } from '../fixtures/history.ts';

describe('the content history, read from git', () => {
  const work = mkdtempSync(join(tmpdir(), 'mss-history-'));
  const repo = join(work, 'content');
  cpSync('tests/fixtures/corpus', repo, { recursive: true });
  makeHistory(repo);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds the corrected figure, the removed figure and the corrected event date of a fixture repository', async () => {
    const history = await readContentHistory(repo);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.commits).toBe(2);
    // Only the article changed after it was added has versions to compare.
    expect([...history.versions.keys()]).toEqual([HISTORY_ARTICLE]);
    const corrections = correctionsOf(HISTORY_ARTICLE, history.versions.get(HISTORY_ARTICLE)!);
    expect(
      corrections.map((correction) => [correction.kind, correction.about, correction.changes]),
    ).toEqual([
      ['figure', 'kenya|deployed', [{ field: 'count', was: '4000', now: '400' }]],
      [
        'removed',
        'haiti|deployed',
        [
          { field: 'count', was: '400' },
          { field: 'date', was: '2024-06' },
          {
            field: 'quote',
            was: 'The first group of 400 Kenyan officers was deployed in June 2024.',
          },
        ],
      ],
      [
        'event',
        'First group of 400 Kenyan officers deployed to Haiti',
        [{ field: 'date', was: '2024-05', now: '2024-06' }],
      ],
    ]);
    for (const correction of corrections)
      expect(correction).toMatchObject({
        date: FIX_COMMIT.date.slice(0, 10),
        time: FIX_COMMIT.date,
        message: FIX_COMMIT.message,
      });
    expect(history.versions.get(HISTORY_ARTICLE)!.map((version) => version.message)).toEqual([
      FIRST_COMMIT.message,
      FIX_COMMIT.message,
    ]);
  });

  it('reads the same history the same way twice', async () => {
    expect(JSON.stringify(await readContentHistory(repo))).toBe(
      JSON.stringify(await readContentHistory(repo)),
    );
  });

  it('follows an article renamed by a commit', async () => {
    const renamed = join(work, 'renamed');
    cpSync(repo, renamed, { recursive: true });
    const git = (...args: string[]) =>
      spawnSync(
        'git',
        [
          '-C',
          renamed,
          '-c',
          'commit.gpgsign=false',
          '-c',
          'user.name=E',
          '-c',
          'user.email=e@example.org',
          ...args,
        ],
        { encoding: 'utf8' },
      );
    git('mv', `articles/${HISTORY_ARTICLE}.md`, 'articles/kenya-troops.md');
    git('commit', '-qm', 'Shorter slug');
    const history = await readContentHistory(renamed);
    expect(history.available && [...history.versions.keys()]).toEqual(['kenya-troops']);
    expect(history.available && history.versions.get('kenya-troops')!.length).toBe(3);
  });

  it('reads only the content folder of a larger repository, and counts only the commits that changed articles', async () => {
    const site = join(work, 'site');
    const content = join(site, 'content');
    cpSync(repo, content, { recursive: true });
    rmSync(join(content, '.git'), { recursive: true, force: true });
    const git = (...args: string[]) =>
      spawnSync(
        'git',
        [
          '-C',
          site,
          '-c',
          'commit.gpgsign=false',
          '-c',
          'user.name=E',
          '-c',
          'user.email=e@example.org',
          ...args,
        ],
        { encoding: 'utf8' },
      );
    expect(git('init', '--quiet').status).toBe(0);
    writeFileSync(join(site, 'README.md'), 'The site.\n');
    git('add', 'README.md');
    git('commit', '-qm', 'Code before the content');
    git('add', 'content');
    git('commit', '-qm', 'Add the content');
    writeFileSync(join(site, 'README.md'), 'The site, with a longer README.\n');
    mkdirSync(join(site, 'articles'));
    writeFileSync(
      join(site, 'articles', 'outside.md'),
      'Not content: an articles folder outside content/.\n',
    );
    git('add', '.');
    git('commit', '-qm', 'Code and an articles folder outside the content');
    const entity = join(content, 'entities', 'kenya.md');
    writeFileSync(entity, `${readFileSync(entity, 'utf8')}\n`);
    git('commit', '-qam', 'An entity only');
    const article = join(content, 'articles', `${HISTORY_ARTICLE}.md`);
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nOne more line.\n`);
    git('commit', '-qam', 'An article again');

    const history = await readContentHistory(content);
    expect(history.available && history.commits).toBe(2);
    expect(history.available && [...history.versions.keys()]).toEqual([HISTORY_ARTICLE]);
    expect(
      history.available && history.versions.get(HISTORY_ARTICLE)!.map((version) => version.message),
    ).toEqual(['Add the content', 'An article again']);
  });

  it('ends the history of an article moved out of the articles', async () => {
    const moved = join(work, 'moved');
    cpSync(repo, moved, { recursive: true });
    const git = (...args: string[]) =>
      spawnSync(
        'git',
        [
          '-C',
          moved,
          '-c',
          'commit.gpgsign=false',
          '-c',
          'user.name=E',
          '-c',
          'user.email=e@example.org',
          ...args,
        ],
        { encoding: 'utf8' },
      );
    mkdirSync(join(moved, 'retired'));
    git('mv', `articles/${HISTORY_ARTICLE}.md`, `retired/${HISTORY_ARTICLE}.md`);
    git('commit', '-qm', 'Retire the article');
    const history = await readContentHistory(moved);
    const versions = history.available ? history.versions.get(HISTORY_ARTICLE)! : [];
    expect(versions.map((version) => [version.message, version.deleted])).toEqual([
      [FIRST_COMMIT.message, false],
      [FIX_COMMIT.message, false],
      ['Retire the article', true],
    ]);
  });

  it('says why when there is no history: a shallow clone, a folder outside git', async () => {
    const shallow = join(work, 'shallow');
    expect(
      spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]).status,
    ).toBe(0);
    expect(await readContentHistory(shallow)).toEqual({
      available: false,
      reason: 'the site was built from a shallow clone',
    });
    const plain = mkdtempSync(join(tmpdir(), 'mss-no-git-'));
    try {
      expect(await readContentHistory(plain)).toEqual({
        available: false,
        reason: 'the content is not in a git repository',
      });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  describe('its loader, the history collection', () => {
    const commit = (dir: string, message: string) => {
      const article = join(dir, 'articles', `${HISTORY_ARTICLE}.md`);
      writeFileSync(article, readFileSync(article, 'utf8').replace('count: 400\n', 'count: 401\n'));
      const result = spawnSync(
        'git',
        [
          '-C',
          dir,
          '-c',
          'commit.gpgsign=false',
          '-c',
          'user.name=E',
          '-c',
          'user.email=e@example.org',
          'commit',
          '-qam',
          message,
        ],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      return article;
    };
    const stored = (entries: Map<string, { data: unknown }>) =>
      entries.get(HISTORY_ENTRY)?.data as StoredHistory | undefined;

    it('stores every correction, newest first, and reads git again only when HEAD moves', async () => {
      const dir = join(work, 'loaded');
      cpSync(repo, dir, { recursive: true });
      const logged: string[] = [];
      const { context, entries, writes } = fakeContext('history', logged, work);
      const loader = historyLoader(dir);
      await loader.load(context);
      expect(stored(entries)).toEqual(await readStoredHistory(dir));
      expect(stored(entries)).toMatchObject({ available: true, commits: 2 });
      expect(
        stored(entries)!.corrections.map((correction) => [correction.kind, correction.about]),
      ).toEqual([
        ['figure', 'kenya|deployed'],
        ['removed', 'haiti|deployed'],
        ['event', 'First group of 400 Kenyan officers deployed to Haiti'],
      ]);
      // The same HEAD: what was stored stays, git log is not run again.
      await loader.load(context);
      expect(writes).toEqual([HISTORY_ENTRY]);
      // A new commit: read again, with the new correction first.
      commit(dir, 'Kenya: 401');
      await loader.load(context);
      expect(writes).toEqual([HISTORY_ENTRY, HISTORY_ENTRY]);
      expect(stored(entries)).toMatchObject({ available: true, commits: 3 });
      expect(stored(entries)!.corrections[0]).toMatchObject({
        kind: 'figure',
        message: 'Kenya: 401',
        changes: [{ field: 'count', was: '400', now: '401' }],
      });
      expect(logged).toEqual([]);
    });

    it('keeps the history of each content folder apart in a cache they share, at the same HEAD', async () => {
      // The test sites and benchmarks build other content folders of the same repository with one cache.
      const outer = join(work, 'outer');
      cpSync(repo, join(outer, 'corrected'), { recursive: true });
      rmSync(join(outer, 'corrected', '.git'), { recursive: true, force: true });
      cpSync('tests/fixtures/corpus', join(outer, 'plain'), { recursive: true });
      const run = (...args: string[]) =>
        spawnSync('git', ['-C', outer, ...args], { encoding: 'utf8' });
      run('init', '--quiet');
      run('add', '.');
      run(
        '-c',
        'commit.gpgsign=false',
        '-c',
        'user.name=E',
        '-c',
        'user.email=e@example.org',
        'commit',
        '-qm',
        'Two content folders',
      );
      const corrected = join(outer, 'corrected');
      commit(corrected, 'Kenya: 401');
      const { context, entries } = fakeContext('history', [], work);
      await historyLoader(corrected).load(context);
      expect(stored(entries)!.corrections.map((correction) => correction.message)).toEqual([
        'Kenya: 401',
      ]);
      await historyLoader(join(outer, 'plain')).load(context);
      expect(stored(entries)!.corrections).toEqual([]);
    });

    it('stores why there is no history, and reads again next time (a shallow clone may be deepened at the same HEAD)', async () => {
      const plain = mkdtempSync(join(tmpdir(), 'mss-no-git-'));
      try {
        const { context, entries, writes, meta } = fakeContext('history', [], work);
        const loader = historyLoader(plain);
        await loader.load(context);
        await loader.load(context);
        expect(stored(entries)).toEqual({
          available: false,
          reason: 'the content is not in a git repository',
          commits: 0,
          corrections: [],
        });
        expect(writes).toEqual([HISTORY_ENTRY, HISTORY_ENTRY]);
        expect(meta.has('read-at')).toBe(false);
      } finally {
        rmSync(plain, { recursive: true, force: true });
      }
      const shallow = join(work, 'shallow-then-deep');
      expect(
        spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]).status,
      ).toBe(0);
      const { context, entries } = fakeContext('history', [], work);
      const loader = historyLoader(shallow);
      await loader.load(context);
      expect(stored(entries)).toMatchObject({
        available: false,
        reason: 'the site was built from a shallow clone',
      });
      expect(spawnSync('git', ['-C', shallow, 'fetch', '--quiet', '--unshallow']).status).toBe(0);
      await loader.load(context);
      expect(stored(entries)).toMatchObject({ available: true, commits: 2 });
    });
  });
});
