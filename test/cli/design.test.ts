import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ks-design-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('kafka-specialist design', () => {
  it('prints the plan at a glance, decisions and findings', () => {
    const r = runCli(['design', 'examples/notification-service.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Plan at a glance/);
    expect(r.stdout).toMatch(/notification-service\.notifications\s+events\s+user_id/);
    expect(r.stdout).toMatch(/capacity\/downstream-rate-limit/);
  });

  it('writes Markdown with tables', () => {
    const r = runCli(['design', 'examples/notification-service.yaml', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Kafka design: notification-service/m);
    expect(r.stdout).toMatch(/^\| topic \| role \|/m);
  });

  it('reads requirements from standard input', () => {
    const r = runCli(['design', '-', '--format', 'json'], 'name: x\nflows:\n  - name: y\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).topics[0].name).toBe('x.y');
  });

  it('points at the line and column of a YAML syntax error', () => {
    const p = file('syntax.yaml', 'name: x\nflows:\n  - name: y\n    key: [unclosed\n');
    const r = runCli(['design', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${p.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
    expect(r.stdout).toBe('');
  });

  it('suggests the field meant for an unknown key, with its position', () => {
    const p = file('typo.yaml', 'name: x\nflows:\n  - name: y\n    delivry: at-least-once\n');
    const r = runCli(['design', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:4:5 flows\[0\]\.delivry: unknown field "delivry"/);
    expect(r.stderr).toMatch(/did you mean "delivery"\?/);
  });

  it('names the accepted values of a bad enum and the nearest one', () => {
    const p = file('enum.yaml', 'name: x\nflows:\n  - name: y\n    delivery: exactly-onse\n');
    const r = runCli(['design', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected: one of: at-most-once, at-least-once, exactly-once/);
    expect(r.stderr).toMatch(/did you mean "exactly-once"/);
  });

  it('reports every problem at once, as JSON when asked', () => {
    const p = file('many.yaml', 'name: x\ncluster:\n  brokers: -1\nflows:\n  - name: y\n    ordering: sometimes\n');
    const r = runCli(['design', p, '--format', 'json']);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout);
    expect(error.problems.map((x: { field: string }) => x.field)).toEqual(['cluster.brokers', 'flows[0].ordering']);
  });

  it('says clearly when the file does not exist', () => {
    const r = runCli(['design', 'no-such-file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-file\.yaml: cannot read file: no such file/);
  });

  it('rejects an unknown format with exit 2', () => {
    expect(runCli(['design', 'examples/notification-service.yaml', '--format', 'xml']).code).toBe(2);
  });
});
