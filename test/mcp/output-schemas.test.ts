// Every tool's outputSchema says what its structured content is: the SDK client checks each
// result against the schema the server listed (AJV on the JSON Schema, where an object's
// undeclared fields are refused), so a call that returns here kept to its declared shape. Every
// tool that needs no cluster is called here on varied inputs; the live ones (they need the local
// broker) are called through the same SDK client in the files LIVE_CALLS names.
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLIENT_LIBRARIES, LANGUAGES } from '../../src/knowledge/clients.js';
import { PATTERNS } from '../../src/knowledge/patterns.js';
import { ALL_RULES } from '../../src/method/critique/rules/index.js';
import { createSpecialistServer } from '../../src/mcp/server.js';
import type { PageInfo } from '../../src/mcp/paging.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const filesIn = (dir: string, keep: (f: string) => boolean) =>
  readdirSync(new URL(dir, ROOT))
    .filter(keep)
    .map((f) => `${dir}${f}`);
const examples = filesIn('examples/', (f) => f.endsWith('.yaml'));
const topologies = filesIn('test/method/topology/corpus/', (f) => f.endsWith('.txt'));
const configs = [...filesIn('test/corpus/bad/', (f) => !f.endsWith('.expect.json')), ...filesIn('test/corpus/healthy/', (f) => !f.endsWith('.expect.json'))];

/** The tools that need a cluster, and the test files that call them through the SDK client against the local broker. */
const LIVE_CALLS: Record<string, string> = {
  topics: 'test/mcp/live-tools.test.ts',
  groups: 'test/mcp/live-tools.test.ts',
  read_records: 'test/mcp/live-tools.test.ts',
  registry: 'test/mcp/live-tools.test.ts',
  critique_cluster: 'test/mcp/live-tools.test.ts',
  doctor: 'test/mcp/cluster-tools.test.ts',
  verify: 'test/mcp/cluster-tools.test.ts',
  lag_status: 'test/mcp/cluster-tools.test.ts',
};

const record = (name: string, fields: unknown[]) => JSON.stringify({ type: 'record', name, namespace: 'a.b', doc: 'e', fields });
const v1 = record('E', [{ name: 'id', type: 'string', doc: 'id' }]);
const v2 = record('E', [
  { name: 'id', type: 'string', doc: 'id' },
  { name: 'n', type: 'int', doc: 'n' },
]);
const retyped = record('E', [{ name: 'id', type: 'int', doc: 'id' }]);

/** Tools called, so that the coverage check below knows which ones this file answers for. */
const called = new Set<string>();

let client: Client;

beforeAll(async () => {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  // A configured cluster that is never reached: the clusters tool only names it.
  await createSpecialistServer({ roots: [], clusters: { local: { bootstrap: ['127.0.0.1:1'] } }, allowWrites: false }, '0.0.0', undefined, () => {}).connect(serverSide);
  client = new Client({ name: 'output-schemas', version: '0.0.0' });
  await client.connect(clientSide);
  // The client checks a result only against a schema it has listed.
  await client.listTools();
});
afterAll(async () => {
  await client?.close();
});

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  called.add(name);
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result;
}

/** Every page of a paged answer (each one checked by the client), and how many there were. */
async function allPages(name: string, args: Record<string, unknown>): Promise<number> {
  let pages = 0;
  let cursor: string | null | undefined;
  do {
    const page = (await call(name, { ...args, ...(cursor ? { cursor } : {}) })).structuredContent as { page?: PageInfo };
    pages++;
    cursor = page.page?.next_cursor;
  } while (cursor);
  return pages;
}

describe('declared output schemas', () => {
  it('every tool lists a document shape with named fields', async () => {
    const { tools } = await client.listTools();
    for (const tool of tools) {
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(Object.keys(tool.outputSchema?.properties ?? {}).length, `${tool.name} declares no fields`).toBeGreaterThan(0);
    }
    const design = tools.find((t) => t.name === 'design')!;
    expect(design.outputSchema?.required).toEqual(expect.arrayContaining(['topics', 'producers', 'consumers', 'findings']));
    // A paged tool says where a page is.
    for (const name of ['generate', 'setting_changes']) expect(Object.keys(tools.find((t) => t.name === name)!.outputSchema!.properties!), name).toContain('page');
  });

  it.each(examples)('design and design_round of %s keep to their schema', async (file) => {
    const requirements = read(file);
    expect((await call('design', { requirements })).structuredContent).toHaveProperty('topics');
    const round = await call('design_round', {
      requirements,
      env: 'development',
      previous_design: JSON.stringify((await call('design', { requirements })).structuredContent),
      previous_requirements: requirements,
    });
    expect(round.structuredContent).toHaveProperty('changes');
  });

  it.each(topologies)('topology_read of %s keeps to its schema in every format', async (file) => {
    for (const format of ['json', 'mermaid', 'text'] as const) {
      const result = await call('topology_read', { describe: read(file), topics: 'orders:12,customers:6', applicationId: 'app', format });
      expect(Object.keys(result.structuredContent ?? {})).toContain('findings');
    }
  });

  it('ask, contract, patterns and clusters keep to their schemas', async () => {
    for (const request of [
      "400 events/s at peak, keep each user's events in order, python",
      'Our consumer falls behind at 400 events/s; each call to the push API takes 50 ms to 2 s and the API allows 100 requests/s. Java on Kafka 3.9, exactly once, 3 brokers in production.',
      'thanks',
    ])
      expect(Object.keys((await call('ask', { request })).structuredContent!)).toContain('notPlaced');
    for (const format of ['requirements', 'design']) expect((await call('contract', { format })).structuredContent).toHaveProperty('properties');
    expect((await call('patterns', {})).structuredContent).toHaveProperty('patterns');
    for (const { id } of PATTERNS) expect((await call('patterns', { id })).structuredContent).toHaveProperty('id', id);
    expect((await call('clusters', {})).structuredContent).toEqual({ clusters: ['local'] });
  });

  it('explain_setting, search_settings and setting_changes keep to their schemas for every client library', async () => {
    for (const { id: library } of CLIENT_LIBRARIES) {
      for (const name of ['linger.ms', 'compression.type', 'max.poll.records', 'queue.buffering.max.ms', 'idempotent', 'ProducerBatchMaxBytes'])
        expect((await call('explain_setting', { name, kafka_version: '3.9', client: library })).structuredContent).toHaveProperty('kind', 'settings');
      expect(await allPages('setting_changes', { from: '2.8', to: '4.1', client: library })).toBeGreaterThan(0);
    }
    expect((await call('explain_setting', { name: 'log.retention.hours', kafka_version: '2.0.0' })).structuredContent).toHaveProperty('settings');
    expect((await call('explain_setting', { name: ALL_RULES[0]!.meta.id })).structuredContent).toHaveProperty('kind', 'rule');
    for (const query of ['exactly once', 'rebalance', 'large messages']) expect((await call('search_settings', { query, limit: 50 })).structuredContent).toHaveProperty('hits');
    // The whole table between distant versions comes in pages, each one checked.
    expect(await allPages('setting_changes', { from: '0.10.0', to: '4.1' })).toBeGreaterThan(1);
  });

  it.each(configs)('critique of %s keeps to its schema', async (file) => {
    const name = file.split('/').pop()!;
    const result = await call('critique', { files: [{ name, content: read(file) }], environment: 'production', delivery: 'exactly-once' });
    expect(result.structuredContent).toHaveProperty('reviewed');
  });

  it('the schema tools keep to their schemas, findings and incompatibilities included', async () => {
    await call('schema_scaffold', {
      name: 'TaskEvent',
      namespace: 'com.acme.tasks',
      entity: 'task',
      fields: 'title:string,due:timestamp-millis?,priority:enum(LOW,HIGH),tags:array(string)',
      partial_updates: 'changed-fields',
    });
    for (const file of examples.filter((f) => read(f).includes('format: avro'))) await call('schema_scaffold', { requirements: { name: file, content: read(file) } });
    for (const schema of [
      v1,
      JSON.stringify({
        type: 'record',
        name: 'x',
        fields: [
          { name: 'n', type: ['null', 'int'] },
          { name: 'e', type: { type: 'enum', name: 'S', symbols: ['A'] } },
        ],
      }),
    ])
      await call('schema_lint', { schema });
    for (const mode of ['BACKWARD', 'FORWARD_TRANSITIVE', 'FULL', 'NONE']) {
      const check = (await call('schema_check', { schema: retyped, previous: [v1, v2], mode })).structuredContent as { checks: Array<{ incompatibilities: unknown[] }> };
      expect(check.checks.every((c) => Array.isArray(c.incompatibilities))).toBe(true);
    }
  });

  it.each(examples)('lag_analyze and generate of %s keep to their schemas', async (file) => {
    const requirements = { name: file, content: read(file) };
    const flows = (parse(read(file)) as { flows: Array<{ name: string }> }).flows.map((f) => f.name);
    for (const flow of flows.slice(0, 2)) await call('lag_analyze', { requirements, flow, rebalances_reported: true, batch_records: 500 });
    for (const lang of LANGUAGES) expect(await allPages('generate', { requirements: read(file), lang })).toBeGreaterThan(0);
  });

  it('lag_analyze keeps to its schema on stated numbers and a config', async () => {
    await call('lag_analyze', { arrival_per_second: 400, processing_p50_ms: 50, processing_p99_ms: 2000, instances: 6, partitions: 12, rate_limit_per_second: 100 });
    await call('lag_analyze', { arrival_per_second: 0, processing_min_ms: 5, processing_max_ms: 400, consumer_properties: 'max.poll.records=2000\nmax.poll.interval.ms=60000\n', ordering: 'per-key' });
    await call('lag_analyze', { arrival_per_second: 5000, processing_p99_ms: 30, library: 'kafkajs', backlog: 1e6 });
  });

  it('an error of a tool with a declared schema reaches the client as a tool error, not as a result that breaks the schema', async () => {
    await client.listTools();
    const bad = (await client.callTool({ name: 'design', arguments: { requirements: 'name: x\nflows: []\n' } })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect((bad.content[0] as { text: string }).text).toMatch(/at least one flow/);
    expect(bad.structuredContent).toBeUndefined();
  });

  it('a result that leaves its schema is refused by the client', async () => {
    const { tools } = await client.listTools();
    const schema = tools.find((t) => t.name === 'topology_read')!.outputSchema!;
    // The same validator the client used on every call above, on a document with a field the schema does not declare.
    const { AjvJsonSchemaValidator } = await import('@modelcontextprotocol/sdk/validation/ajv');
    const validate = new AjvJsonSchemaValidator().getValidator(schema);
    const good = (await call('topology_read', { describe: read(topologies[0]!) })).structuredContent;
    expect(validate(good).valid).toBe(true);
    expect(validate({ ...good, surprise: 1 }).valid).toBe(false);
  });

  // Last in the file: the calls above filled `called`.
  it('every tool was called through the client, here or in a live test', async () => {
    const { tools } = await client.listTools();
    for (const [name, file] of Object.entries(LIVE_CALLS)) expect(read(file), `${name} is called in ${file}`).toMatch(new RegExp(`call\\(client, '${name}'`));
    expect(tools.map((t) => t.name).filter((name) => !called.has(name) && !(name in LIVE_CALLS))).toEqual([]);
  });
});
