// The MCP cluster tools against the local broker: they reach only the clusters named at start,
// and answer with the same findings as the CLI.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { runCli } from '../cli/run-cli.js';
import { call, connectStdio } from './mcp-client.js';

let broker: LocalBroker;
let client: Client;

beforeAll(async () => {
  broker = await startLocalBroker({ brokers: 3, topics: [{ name: 'payments', partitions: 3 }] });
  await broker.control.setLeader('payments', 2, -1);
  client = await connectStdio(['--cluster', `local=${broker.bootstrap}`]);
}, 60000);

afterAll(async () => {
  await client?.close();
  await broker?.stop();
});

describe('MCP cluster tools', () => {
  it('doctor finds the leaderless partition, as the CLI does', async () => {
    const result = await call(client, 'doctor', { cluster: 'local' });
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const rules = (result.structuredContent as { findings: Array<{ rule: string; message: string }> }).findings;
    const offline = rules.find((f) => f.rule === 'cluster/offline-partitions');
    expect(offline?.message).toMatch(/payments\[2\]/);
    const cli = JSON.parse(runCli(['doctor', '--bootstrap', broker.bootstrap, '--format', 'json']).stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(rules.map((f) => `${f.rule} ${f.message}`).sort()).toEqual(cli.findings.map((f) => `${f.rule} ${f.message}`).sort());
  }, 60000);

  it('verify runs the design on a throwaway local cluster and keeps the guarantee', async () => {
    const { readFileSync } = await import('node:fs');
    const requirements = readFileSync(new URL('../../examples/notification-service.yaml', import.meta.url), 'utf8');
    const seen: number[] = [];
    const result = await call(client, 'verify', { requirements, messages: 300, faults: ['leader-change'] }, (p) => seen.push(p.progress));
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    expect(seen.length).toBeGreaterThan(0);
    const run = result.structuredContent as { flow: string; outcome: { lost: number; duplicates: number; reordered: number } };
    expect(run.flow).toBe('notifications');
    expect(run.outcome).toMatchObject({ lost: 0, duplicates: 0, reordered: 0 });
  }, 90000);

  it('lag_status reports each sample as a progress notification, so a long window does not time out', async () => {
    const seen: Array<{ progress: number; total?: number }> = [];
    const result = await call(client, 'lag_status', { cluster: 'local', group: 'nobody', samples: 3, interval_ms: 400 }, (p) => seen.push(p));
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    expect((result.structuredContent as { group: { status: string } }).group.status).toBe('NOTFOUND');
    // Sampling starts (0), samples follow 400 ms apart (the server sends at most one per 250 ms).
    // The server sends the last sample's too, before the result; but the SDK client handles a
    // notification one microtask after it reads it and a response at once, so a last notification
    // read in the same chunk as the result can be dropped on a loaded machine: not asserted.
    const steps = seen.map((p) => p.progress);
    expect(steps[0]).toBe(0);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every((s) => s <= 3)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(seen.every((p) => p.total === 3)).toBe(true);
  }, 30000);

  it('verify on a configured cluster needs --allow-writes', async () => {
    const requirements = 'name: x\nflows:\n  - name: y\n';
    const result = await call(client, 'verify', { requirements, cluster: 'local', messages: 10 });
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(/read-only/);
  });

  it('refuses a cluster that was not named at start, naming the ones that were', async () => {
    const result = await call(client, 'doctor', { cluster: 'prod' });
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toMatch(/no cluster named "prod"[\s\S]*local/);
    const lag = await call(client, 'lag_status', { cluster: 'prod', group: 'g' });
    expect(lag.isError).toBe(true);
  });
});
