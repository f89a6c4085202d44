// Every MCP tool, called as an assistant would: valid input gives the CLI's JSON for the same
// input; bad input gives a tool error (isError) and the server answers the next call.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESULT_BYTES, type PageInfo } from '../../src/mcp/paging.js';
import { TOOLS } from '../../src/mcp/tools/index.js';
import { runCli } from '../cli/run-cli.js';
import { call, connectStdio, refusal, withoutSources } from './mcp-client.js';

const dir = mkdtempSync(join(tmpdir(), 'ks-mcp-'));
const put = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const example = readFileSync(new URL('../../examples/notification-service.yaml', import.meta.url), 'utf8');
const v1 = JSON.stringify({ type: 'record', name: 'E', namespace: 'a.b', doc: 'e', fields: [{ name: 'id', type: 'string', doc: 'id' }] });
const v2 = JSON.stringify({
  type: 'record',
  name: 'E',
  namespace: 'a.b',
  doc: 'e',
  fields: [
    { name: 'id', type: 'string', doc: 'id' },
    { name: 'n', type: 'int', doc: 'n' },
  ],
});
const producerProps = 'bootstrap.servers=k:9092\nacks=1\nenable.idempotence=true\n';

const topology = readFileSync(new URL('../method/topology/corpus/03-count-named.txt', import.meta.url), 'utf8');

interface Case {
  tool: string;
  args: Record<string, unknown>;
  cli: () => string[];
  bad: Record<string, unknown>;
}
const cases: Case[] = [
  { tool: 'design', args: { requirements: example }, cli: () => ['design', put('req.yaml', example), '--format', 'json'], bad: { requirements: 'name: x\nflows: 3\n' } },
  {
    tool: 'design_round',
    args: { requirements: example, env: 'development' },
    cli: () => ['design', put('req.yaml', example), '--env', 'development', '--format', 'json'],
    bad: { requirements: example, env: 'moon' },
  },
  { tool: 'contract', args: { format: 'design' }, cli: () => ['contract', 'design'], bad: { format: 'xml' } },
  {
    tool: 'ask',
    args: { request: "400 events/s at peak, keep each user's events in order, python" },
    cli: () => ['ask', "400 events/s at peak, keep each user's events in order, python", '--format', 'json'],
    bad: { request: '' },
  },
  { tool: 'patterns', args: { id: 'claim-check' }, cli: () => ['patterns', 'claim-check', '--format', 'json'], bad: { id: 'no-such-pattern' } },
  {
    tool: 'explain_setting',
    args: { name: 'linger.ms', kafka_version: '3.9', client: 'confluent-kafka' },
    cli: () => ['explain', 'linger.ms', '--kafka-version', '3.9', '--client', 'confluent-kafka', '--format', 'json'],
    bad: { name: 'lingr.mz.xyz' },
  },
  { tool: 'search_settings', args: { query: 'exactly once' }, cli: () => ['search', 'exactly once', '--format', 'json'], bad: { query: 42 } },
  {
    tool: 'setting_changes',
    args: { from: '3.6', to: '4.1', scope: 'producer' },
    cli: () => ['changes', '--from', '3.6', '--to', '4.1', '--scope', 'producer', '--format', 'json'],
    bad: { from: 'three', to: '4.1' },
  },
  {
    tool: 'critique',
    args: { files: [{ name: 'producer.properties', content: producerProps }] },
    cli: () => ['critique', put('producer.properties', producerProps), '--format', 'json'],
    bad: { files: 'not a list' },
  },
  {
    tool: 'schema_scaffold',
    args: { name: 'TaskEvent', namespace: 'com.acme.tasks', entity: 'task', fields: 'title:string' },
    cli: () => ['schema', 'scaffold', '--name', 'TaskEvent', '--namespace', 'com.acme.tasks', '--entity', 'task', '--fields', 'title:string', '--format', 'json'],
    bad: { name: 'TaskEvent' },
  },
  { tool: 'schema_lint', args: { schema: v1 }, cli: () => ['schema', 'lint', put('v1.avsc', v1), '--format', 'json'], bad: { schema: '{"type": "record"' } },
  {
    tool: 'lag_analyze',
    args: { arrival_per_second: 400, processing_p50_ms: 50, processing_p99_ms: 2000, instances: 6, partitions: 12, rate_limit_per_second: 100 },
    cli: () => ['lag', 'analyze', '--arrival-rate', '400', '--processing-ms', 'p50=50,p99=2000', '--instances', '6', '--partitions', '12', '--rate-limit', '100', '--format', 'json'],
    bad: { arrival_per_second: -5, processing_p50_ms: 50, processing_p99_ms: 2000, instances: 6, partitions: 12 },
  },
  {
    tool: 'generate',
    args: { requirements: example, lang: 'python' },
    cli: () => ['generate', put('req.yaml', example), '--lang', 'python', '--dry-run', '--format', 'json'],
    bad: { requirements: example, design: '{}' },
  },
  {
    tool: 'topology_read',
    args: { describe: topology, topics: 'orders:12,customers:6' },
    cli: () => ['topology', put('describe.txt', topology), '--topics', 'orders:12,customers:6', '--format', 'json'],
    bad: { describe: 42 },
  },
  {
    tool: 'schema_check',
    args: { schema: v2, previous: [v1], mode: 'BACKWARD' },
    cli: () => ['schema', 'check', put('v2.avsc', v2), '--against', put('v1.avsc', v1), '--mode', 'BACKWARD', '--format', 'json'],
    bad: { schema: v2, previous: [] },
  },
];

let client: Client;
beforeAll(async () => {
  client = await connectStdio();
});
afterAll(async () => {
  await client?.close();
});

/** The whole document behind a paged answer: every page's slice of each list, in order. */
async function wholeDocument(tool: string, args: Record<string, unknown>, first: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { page, ...doc } = first as Record<string, unknown> & { page?: PageInfo };
  if (!page) return doc;
  let next = page.next_cursor;
  const lists = Object.keys(page.totals);
  while (next) {
    const more = (await call(client, tool, { ...args, cursor: next })).structuredContent as Record<string, unknown[]> & { page: PageInfo };
    for (const key of lists) (doc[key] as unknown[]).push(...more[key]!);
    next = more.page.next_cursor;
  }
  for (const key of lists) expect((doc[key] as unknown[]).length).toBe(page.totals[key]);
  return doc;
}

describe('MCP tools', () => {
  it('every tool is covered by this table', () => {
    expect(cases.map((c) => c.tool).sort()).toEqual(
      expect.arrayContaining(
        TOOLS.map((t) => t.name)
          .filter((n) => cases.some((c) => c.tool === n))
          .sort(),
      ),
    );
    const uncovered = TOOLS.map((t) => t.name).filter((n) => !cases.some((c) => c.tool === n));
    expect(uncovered, 'tools without a case here must be tested with a cluster in their own suite').toEqual(
      uncovered.filter((n) => /^(lag_status|doctor|verify|clusters|topics|groups|read_records|registry|critique_cluster)$/.test(n)),
    );
  });

  it.each(cases)('$tool: the same JSON as the CLI', async ({ tool, args, cli }) => {
    const result = await call(client, tool, args);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const out = runCli(cli());
    expect(out.code === 0 || out.code === 1, out.stderr).toBe(true);
    const whole = await wholeDocument(tool, args, result.structuredContent!);
    expect(withoutSources(whole)).toEqual(withoutSources(JSON.parse(out.stdout)));
    expect((result.content[0] as { text: string }).text.length).toBeGreaterThan(0);
  });

  it.each(cases)('$tool: the answer stays under the size cap and carries the JSON once', async ({ tool, args }) => {
    const result = await call(client, tool, args);
    expect(result.content).toHaveLength(1);
    const text = (result.content[0] as { text: string }).text;
    expect(text).not.toBe(JSON.stringify(result.structuredContent));
    expect(Buffer.byteLength(JSON.stringify(result.structuredContent)) + Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_RESULT_BYTES);
  });

  it.each(cases)('$tool: bad input is refused (tool error or -32602), and the server stays up', async ({ tool, bad }) => {
    const answer = await refusal(client, tool, bad);
    expect(['tool-error', 'invalid-params'], answer.text).toContain(answer.kind);
    expect(answer.text).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect((await call(client, 'contract', { format: 'requirements' })).isError).toBeFalsy();
  });
});

describe('MCP generate writes only inside the allowed roots', () => {
  it('refuses to write without --allow-writes, naming the argument', async () => {
    const refused = await call(client, 'generate', { requirements: example, lang: 'typescript', out_dir: 'out/never' });
    expect(refused.isError).toBe(true);
    expect((refused.content[0] as { text: string }).text).toMatch(/^out_dir: .*--allow-writes/);
  });

  it('writes into a directory under the root, refuses to overwrite, and refuses paths outside', async () => {
    const { rmSync, existsSync } = await import('node:fs');
    const { ROOT } = await import('../cli/run-cli.js');
    const target = join(ROOT, 'out', `mcp-generate-${process.pid}`);
    const writer = await connectStdio(['--allow-writes']);
    try {
      const first = await call(writer, 'generate', { requirements: example, lang: 'typescript', out_dir: target });
      expect(first.isError, JSON.stringify(first.content)).toBeFalsy();
      expect(existsSync(join(target, 'typescript', 'package.json'))).toBe(true);
      const again = await call(writer, 'generate', { requirements: example, lang: 'typescript', out_dir: target });
      expect(again.isError).toBe(true);
      expect((again.content[0] as { text: string }).text).toMatch(/already exists/);
      const outside = await call(writer, 'generate', { requirements: example, lang: 'typescript', out_dir: '/tmp/not-a-root' });
      expect(outside.isError).toBe(true);
      expect((outside.content[0] as { text: string }).text).toMatch(/outside the directories/);
    } finally {
      await writer.close();
      rmSync(target, { recursive: true, force: true });
    }
  });
});
