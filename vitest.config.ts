import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `@/` alias of tsconfig.json: `@/lib/...` is `src/lib/...`.
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    environment: 'node',
    // Two files at a time even on two cores (Vitest's default would be one): the integration files spend
    // most of their time waiting on the servers and commands they start.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Pure functions over fixtures: one module graph per worker, shared by the files it runs (each file
        // evaluating astro/zod, date-fns and the schemas afresh cost three times the tests themselves).
        // A test that spies restores what it spied on.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // View models on fixture corpora: each worker runs the content loaders over a corpus once and
        // shares the result between the files it runs.
        test: {
          name: 'view',
          include: ['tests/view/**/*.test.ts'],
          isolate: false,
          testTimeout: 30_000,
          env: { SITE: 'https://tracker.example.org' },
        },
      },
      {
        extends: true,
        // Commands, servers, a browser and Astro's container: each file in a fresh worker.
        // A command started with tsx compiles before it runs: seconds, more on a busy machine.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
