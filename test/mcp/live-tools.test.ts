// The live read-only tools through MCP, against the local broker and a Schema Registry stand-in
// (the REST endpoints the registry tool reads), configured by a clusters file as an operator would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { MAX_RESULT_BYTES } from '../../src/mcp/paging.js';
import { brokerBuilt } from '../cluster/broker-available.js';
import { runCli } from '../cli/run-cli.js';
import { call, connectStdioLogged } from './mcp-client.js';

const SCHEMA = JSON.stringify({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] });
const REGISTRY: Record<string, unknown> = {
  '/subjects': ['payments-value', 'orders-value'],
  '/subjects/orders-value/versions': [1, 2],
  '/subjects/orders-value/versions/2': { subject: 'orders-value', version: 2, id: 7, schema: SCHEMA },
  '/config': { compatibilityLevel: 'BACKWARD' },
  '/config/orders-value': { compatibilityLevel: 'FULL_TRANSITIVE' },
};

describe.runIf(brokerBuilt)('live tools through MCP (integration)', () => {
  let broker: LocalBroker;
  let registry: Server;
  let client: Client;
  let stderr: () => string;
  const text = (r: { content: unknown }) => (r.content as Array<{ text: string }>)[0]!.text;

  beforeAll(async () => {
    broker = await startLocalBroker({ brokers: 2, topics: [{ name: 'orders', partitions: 2 }] });
    const kafka = new Kafka({ clientId: 'setup', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'orders', messages: Array.from({ length: 40 }, (_, i) => ({ partition: i % 2, key: `o${i}`, value: JSON.stringify({ id: `o${i}`, cents: i * 100 }) })) });
    await producer.disconnect();
    registry = createServer((req, res) => {
      const body = REGISTRY[req.url ?? ''];
      res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'application/vnd.schemaregistry.v1+json' });
      res.end(JSON.stringify(body ?? { error_code: 40401, message: 'Subject not found' }));
    });
    await new Promise<void>((ok) => registry.listen(0, '127.0.0.1', ok));
    const dir = mkdtempSync(join(tmpdir(), 'ks-live-'));
    const file = join(dir, 'clusters.yaml');
    writeFileSync(
      file,
      `clusters:\n  local:\n    bootstrap: ${broker.bootstrap}\n    timeout_ms: 5000\n    schema_registry:\n      url: http://127.0.0.1:${(registry.address() as AddressInfo).port}\n  other:\n    bootstrap: 127.0.0.1:1\n`,
    );
    ({ client, stderr } = await connectStdioLogged(['--clusters', file]));
  }, 60000);
  afterAll(async () => {
    await client?.close();
    registry?.close();
    await broker?.stop();
  });

  it('clusters names the configured clusters only', async () => {
    const result = await call(client, 'clusters', {});
    expect(result.structuredContent).toEqual({ clusters: ['local', 'other'] });
    expect(text(result)).not.toContain(broker.bootstrap);
  });

  it('topics lists and describes, the same JSON as the CLI', async () => {
    const list = await call(client, 'topics', { cluster: 'local' });
    expect((list.structuredContent as { topics: Array<{ name: string; partitions: number }> }).topics.map((t) => [t.name, t.partitions])).toEqual([['orders', 2]]);
    const one = await call(client, 'topics', { cluster: 'local', topic: 'orders' });
    const cli = JSON.parse(runCli(['topics', 'orders', '--bootstrap', broker.bootstrap, '--format', 'json']).stdout) as Record<string, unknown>;
    expect({ ...(one.structuredContent as object), cluster: null }).toEqual({ ...cli, cluster: null });
    expect(text(one)).toMatch(/orders: 2 partition\(s\).*40 record\(s\) held.*Unavailable: topic configs \(DescribeConfigs\)/);
  });

  it('read_records reads the last records without a group, bounded', async () => {
    const result = await call(client, 'read_records', { cluster: 'local', topic: 'orders', last: 2 });
    const records = (result.structuredContent as { records: Array<{ partition: number; offset: number; value: { data: unknown } }> }).records;
    expect(records.map((r) => [r.partition, r.offset, r.value.data])).toEqual([
      [0, 18, { id: 'o36', cents: 3600 }],
      [0, 19, { id: 'o38', cents: 3800 }],
      [1, 18, { id: 'o37', cents: 3700 }],
      [1, 19, { id: 'o39', cents: 3900 }],
    ]);
    const refused = await call(client, 'read_records', { cluster: 'local', topic: 'orders', offset: 3 });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/^partition: an offset belongs to one partition/);
  });

  it('groups says what the broker cannot list, and describes a named group', async () => {
    const list = await call(client, 'groups', { cluster: 'local' });
    expect(text(list)).toMatch(/cannot list groups[\s\S]*ListGroups/);
    const none = await call(client, 'groups', { cluster: 'local', group: 'nobody' });
    expect(text(none)).toMatch(/no committed offsets/);
  });

  it("registry lists subjects and reads one subject's versions and mode", async () => {
    expect((await call(client, 'registry', { cluster: 'local' })).structuredContent).toMatchObject({ subjects: ['orders-value', 'payments-value'] });
    const subject = await call(client, 'registry', { cluster: 'local', subject: 'orders-value', version: 'latest' });
    expect(subject.structuredContent).toMatchObject({ versions: [1, 2], compatibility: { level: 'FULL_TRANSITIVE', scope: 'subject' }, schema: { version: 2, id: 7 } });
    const missing = await call(client, 'registry', { cluster: 'other' });
    expect(text(missing)).toMatch(/cluster "other" has no Schema Registry configured/);
  });

  it('critique_cluster says the mock has no DescribeConfigs', async () => {
    const result = await call(client, 'critique_cluster', { cluster: 'local' });
    expect(result.structuredContent).toMatchObject({ findings: [], reviewed: [], unavailable: [{ what: 'topic and broker configs (DescribeConfigs)' }] });
  });

  it('every live answer stays under the size cap, and each call left an audit line naming the cluster', async () => {
    for (const [tool, args] of [
      ['topics', { cluster: 'local' }],
      ['read_records', { cluster: 'local', topic: 'orders', offset: 0, partition: 0, max_records: 500, max_bytes: 64 * 1024 }],
    ] as const) {
      const result = await call(client, tool, args);
      expect(Buffer.byteLength(JSON.stringify(result.structuredContent)) + Buffer.byteLength(text(result))).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    }
    expect(stderr()).toMatch(/audit time=\S+ tool=read_records cluster=local duration_ms=\d+ outcome=ok/);
    expect(stderr()).toMatch(/audit time=\S+ tool=registry cluster=other duration_ms=\d+ outcome=user-error/);
  });
});
