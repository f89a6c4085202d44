// The three commands end to end through the built CLI (npm run build first): formats and exit codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.js';

const cli = (...args: string[]) => runCli(args);

describe('reference CLI', () => {
  it('explain prints the facts and our words', () => {
    const r = cli('explain', 'linger.ms', '--kafka-version', '3.9', '--client', 'librdkafka');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('default: 0');
    expect(r.stdout).toContain('client librdkafka (librdkafka): linger.ms = 5');
    expect(r.stdout).toContain('default across versions: 3.0-3.9: 0; 4.0-4.2: 5');
    expect(r.stdout).toContain('https://kafka.apache.org/39/documentation.html#producerconfigs_linger.ms');
  });

  it('explain --format json is the result object', () => {
    const r = cli('explain', 'idempotent', '--format', 'json');
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'settings', resolved: { name: 'enable.idempotence' }, settings: [{ client: { name: 'idempotent', default: 'false' } }] });
  });

  it('explain of an unknown name exits 2 with a suggestion, also as JSON', () => {
    const text = cli('explain', 'lingr.ms');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('did you mean linger.ms?');
    const json = cli('explain', 'lingr.ms', '--format', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.problems[0].suggestion).toBe('did you mean linger.ms?');
  });

  it('search ranks, in text, markdown and json', () => {
    expect(cli('search', 'exactly', 'once').stdout).toMatch(/transactional\.id/);
    expect(cli('search', 'rebalance', '--format', 'markdown').stdout).toMatch(/^## Settings for "rebalance"/);
    expect(JSON.parse(cli('search', 'ordering', '--limit', '3', '--format', 'json').stdout).hits).toHaveLength(3);
  });

  it('changes lists what to check before an upgrade', () => {
    const r = cli('changes', '--from', '3.6', '--to', '4.1', '--scope', 'producer');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('linger.ms (producer, medium): 0 -> 5');
    expect(cli('changes', '--from', '4.1', '--to', '3.6').code).toBe(2);
    expect(JSON.parse(cli('changes', '--from', '3.9', '--to', '4.0', '--format', 'json').stdout).removed.length).toBeGreaterThan(0);
  });
});
