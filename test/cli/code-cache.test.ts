// The bundled CLI starts from V8 code caches recorded at build (scripts/bundle-cli.mjs). V8 refuses
// a cache made under other flags, silently: the start then compiles everything again. The launcher
// sets the tier-up flag (src/cli/tier-up.ts) before it records or reads a cache, so every cache the
// build wrote must be accepted under that flag, and (the check can fail) refused without it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BUNDLE = new URL('../../dist/cli-bundle/', import.meta.url).pathname;
const TIER_UP = new URL('../../dist/cli/tier-up.js', import.meta.url).pathname;

/** In a fresh process (V8 flags are process-wide): how many recorded caches V8 accepts and refuses. */
function cacheVerdicts(withLauncherFlags: boolean): { accepted: number; refused: number } {
  const script = `
    const { readdirSync, readFileSync } = await import('node:fs');
    const { default: Module } = await import('node:module');
    const { Script } = await import('node:vm');
    if (${withLauncherFlags}) (await import(${JSON.stringify(TIER_UP)})).preferShortRuns();
    const dir = ${JSON.stringify(BUNDLE)};
    let accepted = 0, refused = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.js.cache'))) {
      const file = dir + f.slice(0, -'.cache'.length);
      const s = new Script(Module.wrap(readFileSync(file, 'utf8').replace(/^#!.*/, '')), { filename: file, cachedData: readFileSync(dir + f) });
      s.cachedDataRejected ? refused++ : accepted++;
    }
    console.log(JSON.stringify({ accepted, refused }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { accepted: number; refused: number };
}

describe.skipIf(!existsSync(BUNDLE))('code caches of the bundled CLI', () => {
  it('are recorded for the chunks the recorded runs load', () => {
    expect(readdirSync(BUNDLE).filter((f) => f.endsWith('.js.cache')).length).toBeGreaterThan(5);
  });

  it("are accepted under the launcher's V8 flags, and only under them", () => {
    const withFlags = cacheVerdicts(true);
    expect(withFlags.refused).toBe(0);
    expect(withFlags.accepted).toBeGreaterThan(5);
    expect(cacheVerdicts(false).accepted).toBe(0);
  });
});
