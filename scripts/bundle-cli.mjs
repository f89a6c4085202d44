#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, dependencies included) into
// dist/cli-bundle/, one chunk per lazily loaded command, and makes dist/cli/main.js a one-line
// launcher of it. Measured by bench/cli-start.bench.mjs: loading ~200 small modules costs more
// than their work, and zod in one tree-shaken chunk loads in a quarter of the time.
// Without rolldown (it comes with vitest) the unbundled CLI stays as it is.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

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
    plugins: [ownImportMetaUrl, commanderSpawnOnDemand],
    output: { dir: OUT, format: 'esm', chunkFileNames: '[name]-[hash].js', minify: true },
  });
  writeFileSync(ENTRY, `#!/usr/bin/env node\n${LAUNCHER_MARK} (scripts/bundle-cli.mjs): the compiled modules stay beside it.\nimport '../cli-bundle/main.js';\n`);
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
