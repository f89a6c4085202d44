#!/usr/bin/env node
// Copies the data files tsc does not emit (the knowledge catalog) next to the compiled code,
// bundles the CLI for a fast start (scripts/bundle-cli.mjs) and marks its entry executable.
import { chmodSync, cpSync, existsSync } from 'node:fs';

cpSync('src/knowledge/data', 'dist/knowledge/data', { recursive: true });
if (existsSync('dist/cli/main.js')) {
  await (await import('./bundle-cli.mjs')).bundleCli();
  chmodSync('dist/cli/main.js', 0o755);
}
