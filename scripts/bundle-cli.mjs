#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, dependencies included) into
// dist/cli-bundle/, one CommonJS chunk per lazily loaded command, makes dist/cli/main.js the
// launcher (scripts/cli-launcher.mjs) and records V8's code cache of a few runs beside the chunks,
// which the launcher loads them with. Measured by bench/cli-start.bench.mjs: loading ~200 small
// modules costs more than their work; zod in one tree-shaken chunk loads in a quarter of the time;
// CommonJS chunks skip the ES module loader's per-module work, and the code cache most compiling.
// Without rolldown (it comes with vitest) the unbundled CLI stays as it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = 'dist/cli/main.js';
const OUT = 'dist/cli-bundle';
const LAUNCHER_MARK = '// launcher of the bundled CLI';

/** Bundles the CLI; says why not and leaves it unbundled when it cannot. */
export async function bundleCli() {
  if (readFileSync(ENTRY, 'utf8').includes(LAUNCHER_MARK)) {
    console.error(`${ENTRY} is already the launcher: run tsc first (npm run build) to bundle again`);
    return;
  }
  let rolldown;
  try {
    rolldown = await import('rolldown');
  } catch {
    console.error('rolldown not found: the CLI stays unbundled (slower start)');
    return;
  }
  rmSync(OUT, { recursive: true, force: true });
  await rolldown.build({
    input: { main: ENTRY },
    platform: 'node',
    logLevel: 'warn',
    plugins: [ownImportMetaUrl, commanderSpawnOnDemand, yamlAsEsm, largeJsonAsParse],
    // ASCII only: one non-ASCII character (an arrow in a message) makes V8 hold a whole chunk as
    // two-byte text, read and decoded at every start (~13 ms of `design`'s start).
    output: { dir: OUT, format: 'cjs', chunkFileNames: '[name]-[hash].js', minify: true, charset: 'ascii' },
  });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');
  copyFileSync(join(dirname(fileURLToPath(import.meta.url)), 'cli-launcher.mjs'), ENTRY);
  recordCodeCache();
}

// The runs whose compiled code the cache keeps: a chunk's cache is written by the last run that
// loaded it, so the broadest run (design, which loads the most shared chunks) comes last.
const RECORDED_RUNS = [['--help'], ['explain', 'acks'], ['design', 'examples/notification-service.yaml']];

function recordCodeCache() {
  for (const args of RECORDED_RUNS) {
    const run = spawnSync(process.execPath, [ENTRY, ...args], { env: { ...process.env, KAFKA_SPECIALIST_CODE_CACHE: 'record' }, stdio: 'ignore' });
    if (run.status !== 0) console.error(`recording the code cache: \`${args.join(' ')}\` exited ${run.status}; that start stays uncached`);
  }
}

// A module finds its files relative to itself (the catalog's data/, the examples): in the bundle,
// import.meta.url is the chunk's, so each module's own compiled path is put back.
const outDir = resolve(OUT);
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
    const own = relative(outDir, id).split('\\').join('/');
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), map: null };
  },
};

// commander loads node:child_process (and with it net and streams) at start for executable
// subcommands, which this CLI has none of: ~15 ms of every start. It is loaded on first spawn instead.
const commanderSpawnOnDemand = {
  name: 'commander-spawn-on-demand',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) return null;
    return { code: code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), map: null };
  },
};

// yaml's Node entry is CommonJS: bundled, every one of its modules runs at load (~20 ms of a
// design start). Its ESM build is the same code (it warns with console.warn instead of
// process.emitWarning) and is tree-shaken to what the CLI uses: about half the load.
const yamlEsm = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js');
const yamlAsEsm = {
  name: 'yaml-as-esm',
  resolveId: (source) => (source === 'yaml' ? yamlEsm : null),
};

// A data file is bundled as an object literal; V8 reads a large one faster as JSON.parse of its
// text (its advice from about 10 kB; the catalog is 275 kB), and parses and compiles the chunk faster.
const largeJsonAsParse = {
  name: 'large-json-as-parse',
  transform(code, id) {
    if (!id.endsWith('.json') || code.length < 10_000) return null;
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, moduleType: 'js', map: null };
  },
};
