// design --previous / --env and the session commands, run as a user would.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.js';

const ROUND_1 = `name: shop
cluster: { kafka_version: "3.9", brokers: 3 }
client: { language: java }
flows:
  - name: orders
    key: order_id
    delivery: at-least-once
    throughput: { peak_per_second: 400, message_bytes: 1000 }
    processing: { per_message_ms: { p50: 5, p99: 50 }, max_instances: 4 }
environments:
  development:
    flows: [{ name: orders, retention: 1d }]
`;
const ROUND_2 = ROUND_1.replace('delivery: at-least-once', 'delivery: at-least-once\n    state: true');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-'));
  writeFileSync(join(dir, 'r1.yaml'), ROUND_1);
  writeFileSync(join(dir, 'r2.yaml'), ROUND_2);
  return dir;
}

describe('design --previous', () => {
  it('prints the change log with causes, and adds it to the JSON document', () => {
    const dir = folder();
    const first = runCli(['design', join(dir, 'r1.yaml'), '--format', 'json']);
    expect(first.code).toBe(0);
    writeFileSync(join(dir, 'd1.json'), first.stdout);
    const md = runCli(['design', join(dir, 'r2.yaml'), '--previous', join(dir, 'd1.json'), '--previous-requirements', join(dir, 'r1.yaml'), '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Changes since the previous round');
    expect(md.stdout).toContain('`cleanup.policy`: `delete` → `compact`');
    expect(md.stdout).toContain('because flows[orders].state added: true');
    const json = JSON.parse(runCli(['design', join(dir, 'r2.yaml'), '--previous', join(dir, 'd1.json'), '--format', 'json']).stdout) as {
      changes: { requirementsKnown: boolean; decisions: unknown[] };
    };
    expect(json.changes.requirementsKnown).toBe(false);
    expect(json.changes.decisions.length).toBeGreaterThan(0);
  });

  it('rejects a previous file that is not a design document', () => {
    const dir = folder();
    const r = runCli(['design', join(dir, 'r2.yaml'), '--previous', join(dir, 'r1.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kafkaVersion|topics/);
  });
});

describe('design --env development', () => {
  it('gives the development variant and what changes on the way to production', () => {
    const dir = folder();
    const r = runCli(['design', join(dir, 'r1.yaml'), '--env', 'development']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Environment: development');
    expect(r.stdout).toContain('environments.development applied: flows[orders].retention="1d"');
    expect(r.stdout).toContain('On the way to production');
    expect(r.stdout).toMatch(/replicationFactor: 1 → 3/);
  });
});

describe('environments in the requirements file', () => {
  it('names a misspelt field inside an override, with its position and a suggestion', () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.yaml'), 'name: x\nflows: [{ name: a }]\nenvironments:\n  development:\n    flows: [{ name: a, retension: 1d }]\n');
    const r = runCli(['design', join(dir, 'bad.yaml'), '--env', 'development']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yaml:5:24 environments.development.flows[0].retension: unknown field "retension"');
    expect(r.stderr).toContain('did you mean "retention"?');
  });

  it('rejects an override for a flow the file does not have', () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.yaml'), 'name: x\nflows: [{ name: a }]\nenvironments:\n  development:\n    flows: [{ name: b, retention: 1d }]\n');
    const r = runCli(['design', join(dir, 'bad.yaml'), '--env', 'development']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('environments.development.flows[0].name: no flow named "b" to override');
  });
});

describe('session', () => {
  it('keeps numbered rounds and shows what changed', () => {
    const dir = folder();
    const s = join(dir, 'session');
    expect(runCli(['session', 'new', s, join(dir, 'r1.yaml')]).code).toBe(0);
    const add = runCli(['session', 'add', s, join(dir, 'r2.yaml')]);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Changes since round 1');
    expect(readdirSync(s).sort()).toEqual(['round-1', 'round-2']);
    expect(readdirSync(join(s, 'round-2')).sort()).toEqual(['design.json', 'report.md', 'requirements.yaml']);
    const show = JSON.parse(runCli(['session', 'show', s, '--format', 'json']).stdout) as { rounds: Array<{ round: number; patterns: string[] }>; shown: { round: number } };
    expect(show.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(show.rounds[1]!.patterns).toContain('compacted-state-topic');
    expect(show.shown.round).toBe(2);
    expect(runCli(['session', 'show', s, '--round', '1', '--format', 'markdown']).stdout).toMatch(/^# Kafka design: shop/);
  });

  it('refuses to start over a non-empty folder and to show a missing round', () => {
    const dir = folder();
    expect(runCli(['session', 'new', dir]).code).toBe(2);
    const s = join(dir, 'session');
    runCli(['session', 'new', s, join(dir, 'r1.yaml')]);
    const r = runCli(['session', 'show', s, '--round', '7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no round 7');
  });
});
