/**
 * The house's layering (CONTRIBUTING, "Where things live"), read from the imports of every file
 * under src/: content → build (loaders, site data) → lib (pure derivation) → view (page models) →
 * pages → components. Nothing flows back up, and nothing imports in a circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Import {
  readonly from: string;
  readonly to: string;
  /** `import type`: erased at run time. */
  readonly typeOnly: boolean;
}

const SRC = 'src';
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
})(SRC);

const IMPORT = /^\s*import\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const resolveSpec = (file: string, spec: string): string | undefined => {
  if (spec.startsWith('@/')) return normalize(join(SRC, spec.slice(2)));
  if (spec.startsWith('.')) return normalize(join(dirname(file), spec));
  return undefined;
};
const imports: Import[] = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? (text.split(/^---$/m)[1] ?? '') : text;
  return [...code.matchAll(IMPORT)].flatMap(([, type, spec]) => {
    const to = resolveSpec(file, spec!);
    return to ? [{ from: file, to, typeOnly: Boolean(type) }] : [];
  });
});
const area = (path: string): string => relative(SRC, path).split('/').slice(0, 2).join('/');
const under = (path: string, folder: string): boolean => path.startsWith(join(SRC, folder) + '/');

describe('the layers of src/', () => {
  it('reads the imports of every file', () => {
    expect(imports.length).toBeGreaterThan(files.length);
    expect(imports).toContainEqual({
      from: join(SRC, 'view/funding.ts'),
      to: join(SRC, 'lib/figures/fundingSeries.ts'),
      typeOnly: false,
    });
  });

  it('has no import cycles', () => {
    const graph = Map.groupBy(
      imports.filter((edge) => !edge.typeOnly),
      (edge) => edge.from,
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const edge of graph.get(file) ?? []) visit(edge.to, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('reaches the build machinery only through its doors: siteData.ts for pages, collections.ts for Astro', () => {
    const leaks = imports.filter(
      (edge) =>
        under(edge.to, 'build') &&
        !under(edge.from, 'build') &&
        edge.to !== join(SRC, 'build/siteData.ts') &&
        // Astro's own door: its collections, defined with the build's loaders.
        !(
          edge.from === join(SRC, 'content.config.ts') &&
          edge.to === join(SRC, 'build/collections.ts')
        ) &&
        !edge.typeOnly,
    );
    expect(leaks.map((edge) => `${edge.from} imports ${edge.to}`)).toEqual([]);
  });

  it('keeps lib and i18n pure: no pages, components, views or build machinery, and i18n needs no lib', () => {
    const upward = imports.filter(
      (edge) =>
        (under(edge.from, 'lib') || under(edge.from, 'i18n') || under(edge.from, 'schemas')) &&
        ['pages', 'components', 'layouts', 'view', 'build'].some((folder) =>
          under(edge.to, folder),
        ) &&
        !edge.typeOnly,
    );
    const i18nOnLib = imports.filter(
      (edge) => under(edge.from, 'i18n') && under(edge.to, 'lib') && !edge.typeOnly,
    );
    expect([...upward, ...i18nOnLib].map((edge) => `${edge.from} imports ${edge.to}`)).toEqual([]);
  });

  it('keeps view models free of pages and components, and components free of site data', () => {
    const wrong = imports.filter(
      (edge) =>
        (under(edge.from, 'view') &&
          ['pages', 'components', 'layouts'].some((folder) => under(edge.to, folder))) ||
        ((under(edge.from, 'components') || under(edge.from, 'layouts')) &&
          (under(edge.to, 'build') || under(edge.to, 'pages')) &&
          !edge.typeOnly),
    );
    expect(wrong.map((edge) => `${edge.from} imports ${edge.to}`)).toEqual([]);
  });

  it('groups lib by idea: no loose modules beyond the site-wide few', () => {
    const loose = readdirSync(join(SRC, 'lib')).filter((name) => name.endsWith('.ts'));
    expect(loose.sort()).toEqual(['limits.ts', 'paginate.ts', 'routes.ts']);
    expect(new Set(files.map(area)).has('lib/view')).toBe(false);
  });
});
