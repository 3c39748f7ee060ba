import { defineConfig } from 'vitest/config';

// One worker, one database for the whole run: opening the embedded PostGIS costs ~15 s, so the
// test files share the module singleton (isolate: false) and run one after another.
export default defineConfig({
  // Node loads graphql's CommonJS build for Apollo and Pothos; make our files use the same copy
  // (Vite would otherwise pick the .mjs build and graphql would see two realms).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    sequence: { hooks: 'list' },
  },
});
