// `init` through a pseudo-terminal: answers typed at the prompts end in a requirements file;
// Ctrl-C part-way leaves nothing behind; without a terminal it exits 2 instead of waiting.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../../src/method/deconstruct/parse.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

const CLI = resolve('dist/cli/main.js');
const DRIVER = resolve('test/method/intake/pty-driver.py');

function typed(steps: Array<[string, string]>, args: string[] = []): { screen: string; status: number; failedAt: string | null; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'init-'));
  const out = execFileSync('python3', [DRIVER, JSON.stringify(steps), dir, 'node', CLI, 'init', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { ...(JSON.parse(out) as { screen: string; status: number; failedAt: string | null }), dir };
}

const hasPython = spawnSync('python3', ['-c', 'import pty']).status === 0;

// Each test starts the CLI under a pseudo-terminal and types; a loaded machine needs the time.
describe.runIf(hasPython)('init in a terminal', { timeout: 90_000 }, () => {
  it('asks in order, re-asks a wrong answer, and writes the file', () => {
    const run = typed([
      ['Name of the service', 'notifier\r'],
      ['Environment', 'production\r'],
      ['Client language', 'python\r'],
      ['Client library', '\r'],
      ['brokers', '\r'],
      ['Kafka version', '3.9\r'],
      ['event flow', 'notifications\r'],
      ['in order', '\r'],
      ['Key', 'user_id\r'],
      ['Delivery', '\r'],
      ['Peak', 'lots\r'],
      ['a number above 0', '400\r'],
      ['Average', '60\r'],
      ['Bytes', '800\r'],
      ['median', '50\r'],
      ['p99', '2000\r'],
      ['instances', '6\r'],
      ['results go', 'external-api\r'],
      ['API allows', '100\r'],
      ['keep events', '3d\r'],
      ['Event format', 'avro\r'],
      ['change over time', '\r'],
    ]);
    expect(run.failedAt).toBeNull();
    expect(run.status).toBe(0);
    expect(run.screen).toContain('default: the smallest cluster that keeps writing through one broker failure');
    const req = parseWithSchema(readFileSync(join(run.dir, 'requirements.yaml'), 'utf8'), 'requirements.yaml', requirementsSchema);
    expect(req).toMatchObject({
      name: 'notifier',
      cluster: { brokers: 3, kafka_version: '3.9' },
      client: { language: 'python', library: 'confluent-kafka' },
      flows: [
        {
          name: 'notifications',
          key: 'user_id',
          ordering: 'per-key',
          delivery: 'at-least-once',
          throughput: { peak_per_second: 400, average_per_second: 60, message_bytes: 800 },
          processing: { per_message_ms: { p50: 50, p99: 2000 }, max_instances: 6, external_rate_limit_per_second: 100 },
          retention: '3d',
          schema: { format: 'avro', evolves: true },
        },
      ],
    });
  });

  it('skips what flags answered', () => {
    const run = typed(
      [
        ['Kafka version', '\r'],
        ['event flow', '\r'],
        ['in order', 'none\r'],
        ['Delivery', 'at-most\r'],
        ['Peak', '\r'],
        ['Average', '\r'],
        ['Bytes', '\r'],
        ['median', '\r'],
        ['p99', '\r'],
        ['instances', '\r'],
        ['results go', '\r'],
        ['keep events', '\r'],
        ['Event format', '\r'],
        ['change over time', '\r'],
      ],
      ['--name', 'flags', '--environment', 'development', '--language', 'go', '--library', 'franz-go', '--brokers', '1'],
    );
    expect(run.failedAt).toBeNull();
    expect(run.screen).not.toContain('Client language');
    const req = parseWithSchema(readFileSync(join(run.dir, 'requirements.yaml'), 'utf8'), 'r', requirementsSchema);
    expect(req).toMatchObject({ name: 'flags', environment: 'development', client: { library: 'franz-go' }, flows: [{ ordering: 'none', delivery: 'at-most-once', retention: '1d' }] });
    expect(req.flows[0]!.key).toBeUndefined();
  });

  it('writes nothing when interrupted with Ctrl-C', () => {
    const run = typed([
      ['Name of the service', 'half\r'],
      ['Environment', 'staging\r'],
      ['Client language', '\x03'],
    ]);
    expect(run.status).toBe(130);
    expect(run.screen).toContain('nothing written');
    expect(readdirSync(run.dir)).toEqual([]);
  });
});

describe('init without a terminal', () => {
  it('says so and exits 2 instead of waiting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-'));
    const r = spawnSync('node', [CLI, 'init'], { cwd: dir, input: '', encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs from flags alone with --yes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-'));
    const r = spawnSync('node', [CLI, 'init', '--yes', '--name', 'batch', '--peak', '900', '--delivery', 'exactly-once', '--side-effects', 'kafka'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const req = parseWithSchema(readFileSync(join(dir, 'requirements.yaml'), 'utf8'), 'r', requirementsSchema);
    expect(req.flows[0]).toMatchObject({ delivery: 'exactly-once', throughput: { peak_per_second: 900, average_per_second: 300 }, processing: { side_effects: 'kafka' } });
  });

  it('rejects a wrong flag value with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-'));
    const r = spawnSync('node', [CLI, 'init', '--yes', '--delivery', 'twice'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('at-most-once, at-least-once, exactly-once');
  });

  it('with --format json prints the file written and the requirements written to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-'));
    const r = spawnSync('node', [CLI, 'init', '--yes', '--format', 'json', '--out', 'orders.yaml', '--name', 'orders', '--peak', '250'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as { file: string; requirements: unknown };
    expect(printed.file).toBe('orders.yaml');
    const written = parseWithSchema(readFileSync(join(dir, 'orders.yaml'), 'utf8'), 'r', requirementsSchema);
    expect(printed.requirements).toEqual(written);
    expect(written).toMatchObject({ name: 'orders', flows: [{ throughput: { peak_per_second: 250 } }] });
  });

  it('with --format json and questions left asks none: a JSON error, exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-'));
    const r = spawnSync('node', [CLI, 'init', '--format', 'json', '--name', 'orders'], { cwd: dir, input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    const problems = (JSON.parse(r.stdout) as { error: { problems: Array<{ message: string }> } }).error.problems;
    expect(problems[0]!.message).toContain('--peak');
    expect(problems[0]!.message).not.toContain('--name');
    expect(readdirSync(dir)).toEqual([]);
  });
});
