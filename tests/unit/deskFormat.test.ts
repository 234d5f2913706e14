import { join } from 'node:path';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '@/lib/contract/frontmatter.ts';
import { deskFieldOrder } from '@/lib/desk/index.ts';
import { deskFormat } from '@/lib/desk/fileFormat.ts';
import { readMarkdownFiles } from '@/build/loaders/contentFiles.ts';

const root = join(import.meta.dirname, '../..');
const filesOf = (folder: string) =>
  (['articles', 'entities'] as const).flatMap((kind) =>
    readMarkdownFiles(join(root, folder, kind), root).map((file) => ({ kind, ...file })),
  );
const dataOf = (path: string, source: string) => {
  const parsed = parseContentFile(path, source);
  if (Array.isArray(parsed)) throw new Error(parsed.map((problem) => problem.message).join('; '));
  return { data: parsed.data, body: parsed.body };
};

describe("content files in the desk's format", () => {
  it.each(filesOf('content').map((file) => [file.path, file] as const))(
    '%s reads the same once written by the desk',
    (_, file) => {
      expect(dataOf(file.path, deskFormat(file.source, deskFieldOrder(file.kind)))).toEqual(
        dataOf(file.path, file.source),
      );
    },
  );

  it.each(filesOf('tests/fixtures/corpus').map((file) => [file.path, file] as const))(
    '%s is written by the desk byte for byte as it is',
    (_, file) => {
      expect(deskFormat(file.source, deskFieldOrder(file.kind))).toBe(file.source);
    },
  );

  it('changes only the line of the field an editor changed', () => {
    const file = filesOf('tests/fixtures/corpus').find((candidate) =>
      candidate.path.endsWith('kenya-prepares-to-send-additional-troops-to-haiti.md'),
    )!;
    const formatter = frontmatterYAML();
    const data = formatter.fromFile(file.source) as { deployments: { count: number }[] };
    data.deployments[0]!.count += 1;
    const saved = formatter.toFile(data, deskFieldOrder('articles'));
    const before = file.source.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, index) =>
      line === after[index] ? [] : [[line, after[index]]],
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]![0]).toMatch(/^ {4}count: \d+$/);
  });
});
