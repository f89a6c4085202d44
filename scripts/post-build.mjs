#!/usr/bin/env node
// Copies the data files whose types are declared beside them (tsc reads the declaration and so does
// not copy the file), bundles the CLI for a fast start (scripts/bundle-cli.mjs) and marks its entry
// executable (tsc does not).
import { chmodSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const declared of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.json.ts'))) {
  const data = declared.replace(/\.d\.json\.ts$/, '.json');
  copyFileSync(join('src', data), join('dist', data));
}

if (existsSync('dist/cli/main.js')) {
  await (await import('./bundle-cli.mjs')).bundleCli();
  chmodSync('dist/cli/main.js', 0o755);
}
