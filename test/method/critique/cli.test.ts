// The critique and rules commands through the built CLI: formats, exit codes, secrets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../../../dist/cli/main.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'critique-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe.skipIf(!existsSync(CLI))('critique CLI (built)', () => {
  const healthy = file('healthy.properties', 'bootstrap.servers=k:9092\nacks=all\nenable.idempotence=true\n');
  const broken = file('broken.properties', 'bootstrap.servers=k:9092\nacks=1\nenable.idempotence=true\nlinger.ms=5\n');
  const warned = file('warned.properties', 'bootstrap.servers=k:9092\nacks=all\nbatch.size=0\n');
  const secret = file(
    'secret.properties',
    'bootstrap.servers=k:9092\nacks=2\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="s3cr3t-value";\nssl.key.password=s3cr3t-value\n',
  );

  it('exits 0 on a clean file and 1 on errors', () => {
    expect(cli('critique', healthy).status).toBe(0);
    const r = cli('critique', broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\s+2\s+error\s+enable\.idempotence=true with acks=1/m);
  });

  it('exits 1 on warnings only with --strict', () => {
    expect(cli('critique', warned).status).toBe(0);
    expect(cli('critique', warned, '--strict').status).toBe(1);
  });

  it('exits 2 with a clear message on unreadable input', () => {
    const r = cli('critique', join(dir, 'missing.properties'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
    const bad = cli('critique', file('bad.yaml', 'a: [1,\n'), '--format', 'json');
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).error.problems[0].message).toMatch(/not valid YAML/);
    const client = cli('critique', healthy, '--client', 'kafka-client');
    expect(client.status).toBe(2);
    expect(client.stderr).toMatch(/did you mean kafka-clients/);
    const version = cli('critique', healthy, '--kafka-version', 'latest');
    expect(version.status).toBe(2);
  });

  it('critiques every config file of a directory', () => {
    const r = cli('critique', new URL('../../corpus/healthy', import.meta.url).pathname, '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).reviewed.length).toBeGreaterThan(8);
  });

  it('prints json and sarif', () => {
    const json = JSON.parse(cli('critique', broken, '--format', 'json').stdout);
    expect(json.findings[0]).toMatchObject({ rule: 'producer/idempotence-acks', severity: 'error', file: broken, line: 2 });
    expect(json.findings[0].refs.length).toBeGreaterThan(0);
    const sarif = JSON.parse(cli('critique', broken, '--format', 'sarif').stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'producer/idempotence-acks', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(2);
  });

  it('never prints secret values', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = cli('critique', secret, '--format', format);
      expect(r.stdout).not.toContain('s3cr3t-value');
      expect(r.stdout).toMatch(/acks/);
    }
  });

  it('judges intent from flags and from a requirements flow', () => {
    const consumer = file('consumer.properties', 'bootstrap.servers=k:9092\ngroup.id=g\nmax.poll.records=500\n');
    const r = cli('critique', consumer, '--processing-p99-ms', '2000', '--format', 'json');
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('group/poll-batch-exceeds-interval');
    const req = file('req.yaml', 'name: shop\nenvironment: production\nflows:\n  - name: orders\n    delivery: exactly-once\n    processing:\n      per_message_ms: { p50: 500, p99: 2000 }\n');
    const withReq = JSON.parse(cli('critique', consumer, '--requirements', req, '--flow', 'orders', '--format', 'json').stdout);
    const rules = withReq.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['group/poll-batch-exceeds-interval', 'delivery/read-uncommitted-after-transactions']));
    const wrongFlow = cli('critique', consumer, '--requirements', req, '--flow', 'nope');
    expect(wrongFlow.status).toBe(2);
    expect(wrongFlow.stderr).toMatch(/no flow named "nope"/);
  });

  it('lists and explains rules', () => {
    const list = cli('rules');
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/producer\/idempotence-acks/);
    const one = JSON.parse(cli('rules', 'group/poll-batch-exceeds-interval', '--format', 'json').stdout);
    expect(one).toMatchObject({ id: 'group/poll-batch-exceeds-interval', severity: 'error' });
    const unknown = cli('rules', 'producer/idempotence-ack');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean producer\/idempotence-acks/);
  });
});
