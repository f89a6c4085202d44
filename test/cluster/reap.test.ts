// Children the specialist starts (a local broker, a verify workload) die with it: when it exits,
// and when a signal nobody handles ends it. The host here is a small script on the built module.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const REAP = join(ROOT, 'dist/cluster/reap.js');

/** Starts a host that spawns `sleep 60`, registers it, prints its pid, then does `then`. */
function host(then: string): Promise<{ child: number; code: number | null; signal: NodeJS.Signals | null }> {
  const script = `
    import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
    import { killOnExit } from ${JSON.stringify(REAP)};
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    killOnExit(child);
    console.log(child.pid);
    ${then}`;
  const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout.on('data', (d) => {
    out += String(d);
    if (then === 'setInterval(() => {}, 1000);' && out.includes('\n')) p.kill('SIGTERM');
  });
  return new Promise((ok) => p.on('close', (code, signal) => ok({ child: Number(out.trim()), code, signal })));
}

/** Alive and not a zombie waiting to be reaped (its parent, the host, is gone). */
const running = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('children die with the process', () => {
  it('on exit', async () => {
    const r = await host('setTimeout(() => process.exit(0), 100);');
    expect(r.code).toBe(0);
    expect(r.child).toBeGreaterThan(0);
    expect(running(r.child)).toBe(false);
  });

  it('on a signal nobody else handles, and the process still ends by that signal', async () => {
    const r = await host('setInterval(() => {}, 1000);');
    expect(r.signal).toBe('SIGTERM');
    expect(running(r.child)).toBe(false);
  });
});
