// The committed catalog must be what the build script makes from ../shared/kafka-configs today.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('catalog build', () => {
  it('is up to date with the fact files (npm run catalog -- --check)', () => {
    const script = new URL('../../scripts/build-catalog.mjs', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
