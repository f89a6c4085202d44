import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
    // Test files share their worker's module cache: each file imported the catalog and the method
    // modules afresh before (55 files: 105 s of imports, 21 s without). No test file relies on a
    // fresh module graph; CLI runs in-process restore process.exitCode and the mocked streams.
    isolate: false,
  },
});
