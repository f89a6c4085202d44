#!/usr/bin/env node
// Bundles the CLI for a fast start (scripts/bundle-cli.mjs) and marks its entry executable (tsc does not).
import { chmodSync, existsSync } from 'node:fs';

if (existsSync('dist/cli/main.js')) {
  await (await import('./bundle-cli.mjs')).bundleCli();
  chmodSync('dist/cli/main.js', 0o755);
}
