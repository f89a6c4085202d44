import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Test files that start a broker, a server or a Kafka client, or spawn processes they talk to, or
 * load the TypeScript compiler. Each runs in a fresh process: what it leaves running (sockets,
 * timers, children) must not slow the next file, several of them judge timing, and compiler
 * programs on top of a shared worker's module cache ended that worker.
 */
const LIVE = /startLocalBroker|brokerBuilt|from 'kafkajs'|from 'typescript'|createServer|StdioClientTransport|mcp-client\.js|\bspawn\(/;
const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/${f}`);
const live = testFiles.filter((f) => LIVE.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    testTimeout: 20000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        // The rest share their worker's module cache: each file imported the catalog and the method
        // modules afresh before (55 files: 105 s of imports, 21 s without). A test here leaves no
        // global state behind (in-process CLI runs restore process.exitCode and the mocked streams).
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: live, isolate: false },
      },
      { extends: true, test: { name: 'live', include: live, isolate: true } },
    ],
  },
});
