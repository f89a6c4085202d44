// `lag analyze` through the CLI frame: flags, a consumer file, a requirements flow, JSON and SVG output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLag } from '../../../src/cli/commands/lag.js';

const dir = mkdtempSync(join(tmpdir(), 'lag-cli-'));

async function cli(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = 0;
  const program = new Command('kafka-specialist').exitOverride();
  registerLag(program);
  await program.parseAsync(['node', 'kafka-specialist', ...args]);
  vi.restoreAllMocks();
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('lag analyze', () => {
  it('prints the full evaluation as JSON and writes the SVG chart', async () => {
    const consumer = join(dir, 'consumer.properties');
    writeFileSync(consumer, 'group.id=notifications\nmax.poll.records=500\n');
    const svg = join(dir, 'lag.svg');
    const r = await cli([
      'lag',
      'analyze',
      '--consumer',
      consumer,
      '--arrival-rate',
      '400',
      '--processing-ms',
      'p50=50,p99=2000',
      '--instances',
      '6',
      '--partitions',
      '12',
      '--rate-limit',
      '100',
      '--svg',
      svg,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.pollLoop.worstBatchMs).toBe(1_000_000);
    expect(report.recommendations[0].change).toEqual({ 'max.poll.records': 75 });
    expect(report.consumer.settings.find((s: { name: string }) => s.name === 'max.poll.records').from).toBe(`${consumer}:2`);
    expect(readFileSync(svg, 'utf8')).toContain('<polyline');
  });

  it('takes the numbers from a requirements flow', async () => {
    const req = join(dir, 'req.yaml');
    writeFileSync(
      req,
      [
        'name: notifications',
        'client: { language: java }',
        'flows:',
        '  - name: payment-events',
        '    key: user_id',
        '    throughput: { peak_per_second: 20 }',
        '    processing: { per_message_ms: { p50: 20, p99: 100 }, max_instances: 3 }',
      ].join('\n'),
    );
    const r = await cli(['lag', 'analyze', '--requirements', req, '--partitions', '6', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.inputs).toMatchObject({ arrivalPerSecond: 20, instances: 3, partitions: 6, ordering: 'per-key' });
    expect(report.capacity.verdict).toBe('converges');
    expect(report.sources[0]).toContain('flow "payment-events"');
  });

  it('says what is missing (exit 2)', async () => {
    const r = await cli(['lag', 'analyze', '--arrival-rate', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing --processing-ms');
    expect(r.err).not.toContain('--instances');
  });

  it('prints text with the arithmetic and a sparkline', async () => {
    const r = await cli(['lag', 'analyze', '--arrival-rate', '100', '--processing-ms', 'p50=20,p99=100', '--instances', '5', '--partitions', '12', '--backlog', '50000']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Capacity: lag converges');
    expect(r.out).toContain('drains in 14.5 min');
    expect(r.out).toMatch(/[▁▂▃▄▅▆▇█]{61}/);
  });
});

describe('lag_analyze MCP tool', () => {
  it('returns the same document as the CLI', async () => {
    const { lagAnalyzeTool } = await import('../../../src/mcp/tools/lag.js');
    const tool = await lagAnalyzeTool.run(
      { arrival_per_second: 400, processing_p50_ms: 50, processing_p99_ms: 2000, instances: 6, partitions: 12, rate_limit_per_second: 100, consumer_properties: 'max.poll.records=500\n' },
      { roots: [], clusters: {}, allowWrites: false },
    );
    const consumer = join(dir, 'mcp.properties');
    writeFileSync(consumer, 'max.poll.records=500\n');
    const r = await cli([
      'lag',
      'analyze',
      '--consumer',
      consumer,
      '--arrival-rate',
      '400',
      '--processing-ms',
      'p50=50,p99=2000',
      '--instances',
      '6',
      '--partitions',
      '12',
      '--rate-limit',
      '100',
      '--format',
      'json',
    ]);
    const fromCli = JSON.parse(r.out);
    // Only where the consumer settings came from differs (inline text vs a file path).
    const withoutSource = (d: { consumer: { settings: Array<{ from: string }> } }) => ({
      ...d,
      consumer: { ...d.consumer, settings: d.consumer.settings.map((s) => ({ ...s, from: s.from.replace(/^.*:(\d+)$/, 'line $1') })) },
    });
    expect(withoutSource(tool.json as never)).toEqual(withoutSource(fromCli));
    expect(tool.summary).toMatch(/^Lag grows by 366 msg\/s/);
  });
});

describe('lag_status MCP tool', () => {
  it('reaches only clusters configured at server start', async () => {
    const { lagStatusTool } = await import('../../../src/mcp/tools/lag.js');
    const { UserError } = await import('../../../src/model/errors.js');
    const run = lagStatusTool.run(
      { cluster: 'prod', group: 'g', samples: 2, interval_ms: 100, minimum_complete: 0, allowed_lag: 0 },
      { roots: [], clusters: { staging: { bootstrap: ['127.0.0.1:1'] } }, allowWrites: false },
    );
    await expect(run).rejects.toThrowError(UserError);
    await expect(run).rejects.toThrowError(/no cluster named "prod"/);
  });
});
