#!/usr/bin/env node
// launcher of the bundled CLI (scripts/bundle-cli.mjs copies this file to dist/cli/main.js; the
// compiled modules stay beside it). It runs each CommonJS chunk of dist/cli-bundle/ through V8's
// code cache: the bytecode of what a command ran, recorded at build (a `.cache` file beside each
// chunk), so that a start compiles almost nothing (bench/cli-start.bench.mjs). A cache V8 refuses
// (another Node version or V8 flags) or a missing one only costs the compile. V8's tier-up is set
// for short commands first (src/cli/tier-up.ts).
// With KAFKA_SPECIALIST_CODE_CACHE=record (the build's runs only) the caches are written on exit.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { preferShortRuns } from './tier-up.js';

// Before any chunk compiles: the code caches below are recorded and read under the same V8 flags.
preferShortRuns();

const bundle = fileURLToPath(new URL('../cli-bundle/', import.meta.url));
const recording = process.env.KAFKA_SPECIALIST_CODE_CACHE === 'record';
const compiled = [];
const compile = Module.prototype._compile;

Module.prototype._compile = function compileWithCache(content, filename) {
  if (!filename.startsWith(bundle)) return compile.call(this, content, filename);
  let cachedData;
  try {
    cachedData = recording ? undefined : readFileSync(`${filename}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The entry chunk keeps main.ts's `#!` line, valid only at the very start of a script.
  const script = new Script(Module.wrap(content.replace(/^#!.*/, '')), { filename, cachedData });
  if (recording) compiled.push({ script, filename });
  const wrapper = script.runInThisContext({ displayErrors: true });
  return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
};

if (recording) {
  process.on('exit', () => {
    for (const { script, filename } of compiled) writeFileSync(`${filename}.cache`, script.createCachedData());
  });
}

createRequire(import.meta.url)(`${bundle}main.js`);
