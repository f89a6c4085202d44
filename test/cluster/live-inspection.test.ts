// Live read-only inspection against the local broker: topics, groups and records, and what the
// mock cannot answer (DescribeConfigs, ListGroups, DescribeGroups) said as unavailable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { describeGroup, listGroups } from '../../src/cluster/groups.js';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { readRecords } from '../../src/cluster/read-records.js';
import { describeTopic, listTopics } from '../../src/cluster/topics.js';
import { UserError } from '../../src/model/errors.js';
import { brokerBuilt } from './broker-available.js';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { readRecords as readCapability } from '../../src/capabilities/read-records.js';
import { registryOptions } from '../../src/cluster/schema-registry.js';
import { cliIo } from '../../src/cli/capability.js';
import { startRegistryStandIn, type RegistryStandIn } from './registry-stand-in.js';

const PAYMENT = JSON.stringify({
  type: 'record',
  name: 'Payment',
  namespace: 'com.acme',
  fields: [
    { name: 'amount_cents', type: 'long' },
    { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD'] } },
    { name: 'memo', type: ['null', 'string'], default: null },
  ],
});

describe.runIf(brokerBuilt)('live inspection on the local broker (integration)', () => {
  let broker: LocalBroker;
  let registry: RegistryStandIn;
  const connection = () => ({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 });

  beforeAll(async () => {
    broker = await startLocalBroker({
      brokers: 3,
      topics: [
        { name: 'orders', partitions: 3 },
        { name: 'audit', partitions: 2 },
        { name: 'payments', partitions: 1 },
      ],
    });
    registry = await startRegistryStandIn();
    const kafka = new Kafka({ clientId: 'setup', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    // 30 records per partition of orders, JSON values, a header on every tenth.
    for (const partition of [0, 1, 2]) {
      await producer.send({
        topic: 'orders',
        messages: Array.from({ length: 30 }, (_, i) => ({ partition, key: `k${partition}-${i}`, value: JSON.stringify({ n: i, partition }), headers: i % 10 === 0 ? { source: 'batch' } : {} })),
      });
    }
    // Avro keys and values as a Confluent serializer writes them, through the registry stand-in.
    const serializer = new SchemaRegistry({ host: registry.url });
    const { id: keyId } = await serializer.register(
      { type: SchemaType.AVRO, schema: JSON.stringify({ type: 'record', name: 'PaymentKey', fields: [{ name: 'account', type: 'string' }] }) },
      { subject: 'payments-key' },
    );
    const { id: valueId } = await serializer.register({ type: SchemaType.AVRO, schema: PAYMENT }, { subject: 'payments-value' });
    await producer.send({
      topic: 'payments',
      messages: await Promise.all(
        [1, 2, 3].map(async (n) => ({
          key: await serializer.encode(keyId, { account: `acc-${n}` }),
          value: await serializer.encode(valueId, { amount_cents: 1000 * n, currency: n === 2 ? 'USD' : 'EUR', memo: n === 3 ? null : `invoice ${n}` }),
        })),
      ),
    });
    await producer.send({ topic: 'audit', messages: [{ partition: 0, key: null, value: Buffer.from([0, 0, 0, 0, 7, 2, 4]) }] });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: 'billing', sessionTimeout: 6000, heartbeatInterval: 1000 });
    await consumer.connect();
    await consumer.subscribe({ topics: ['orders'], fromBeginning: true });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
    await joined;
    await consumer.commitOffsets([0, 1, 2].map((partition) => ({ topic: 'orders', partition, offset: String(10 * (partition + 1)) })));
    await consumer.disconnect();
    await broker.control.setLeader('audit', 1, -1);
  }, 60000);
  afterAll(async () => {
    await registry?.close();
    await broker?.stop();
  });

  it('lists topics with partitions, replication factor and offline partitions', async () => {
    const list = await listTopics(connection());
    expect(list.topics.map((t) => [t.name, t.partitions, t.offline])).toEqual([
      ['audit', 2, 1],
      ['orders', 3, 0],
      ['payments', 1, 0],
    ]);
    expect(list.topics[0]!.replicationFactor).toBeGreaterThanOrEqual(1);
  });

  it('describes a topic: offsets per partition, configs unavailable on the mock', async () => {
    const orders = await describeTopic(connection(), 'orders');
    expect(orders.partitions.map((p) => [p.partition, p.latest])).toEqual([
      [0, 30],
      [1, 30],
      [2, 30],
    ]);
    expect(orders.overrides).toBeNull();
    expect(orders.unavailable.map((u) => u.what)).toEqual(['topic configs (DescribeConfigs)']);
    await expect(describeTopic(connection(), 'ordrs')).rejects.toThrow(/no topic "ordrs"[\s\S]*did you mean orders/);
  });

  it('says the mock cannot list groups, and describes a named group with lag per partition', async () => {
    const list = await listGroups(connection());
    expect(list.groups).toBeNull();
    expect(list.unavailable[0]!.what).toMatch(/ListGroups/);
    const billing = await describeGroup(connection(), 'billing');
    expect(billing.partitions.map((p) => [p.topic, p.partition, p.committed, p.logEnd, p.lag])).toEqual([
      ['orders', 0, 10, 30, 20],
      ['orders', 1, 20, 30, 10],
      ['orders', 2, 30, 30, 0],
    ]);
    expect(billing.totalLag).toBe(30);
    expect(billing.unavailable.map((u) => u.what)).toEqual(['group state and members (DescribeGroups)']);
    expect([billing.protocol, billing.protocolReason]).toEqual(['unknown', 'the broker did not answer DescribeGroups']);
    expect(billing.partitions.map((p) => p.timeLagSeconds)).toEqual([null, null, null]);
    expect(billing.partitions[0]!.timeLagReason).toMatch(/one sample/);
  });

  it('reads by offset, the last N, and by key or header within the window, never as a group', async () => {
    const byOffset = await readRecords(connection(), { topic: 'orders', partition: 1, start: { offset: 5 }, maxRecords: 3, maxBytes: 65536, scanLimit: 1000 });
    expect(byOffset.records.map((r) => [r.partition, r.offset, r.key.data, r.value.data])).toEqual([
      [1, 5, 'k1-5', { n: 5, partition: 1 }],
      [1, 6, 'k1-6', { n: 6, partition: 1 }],
      [1, 7, 'k1-7', { n: 7, partition: 1 }],
    ]);
    expect(byOffset.stoppedBy).toBe('max_records');
    const last = await readRecords(connection(), { topic: 'orders', start: { last: 2 }, maxRecords: 100, maxBytes: 65536, scanLimit: 1000 });
    expect(last.records.map((r) => `${r.partition}@${r.offset}`)).toEqual(['0@28', '0@29', '1@28', '1@29', '2@28', '2@29']);
    expect(last.stoppedBy).toBe('end');
    const byKey = await readRecords(connection(), { topic: 'orders', start: { offset: 0 }, key: 'k2-17', maxRecords: 10, maxBytes: 65536, scanLimit: 1000 });
    expect(byKey.records.map((r) => `${r.partition}@${r.offset}`)).toEqual(['2@17']);
    const byHeader = await readRecords(connection(), {
      topic: 'orders',
      partition: 0,
      start: { offset: 0 },
      header: { name: 'source', value: 'batch' },
      maxRecords: 10,
      maxBytes: 65536,
      scanLimit: 15,
    });
    expect(byHeader.records.map((r) => r.offset)).toEqual([0, 10]);
    expect(byHeader.stoppedBy).toBe('scan_limit');
    const bounded = await readRecords(connection(), { topic: 'orders', partition: 0, start: { offset: 0 }, maxRecords: 100, maxBytes: 1000, scanLimit: 1000 });
    expect(bounded.stoppedBy).toBe('max_bytes');
    expect(bounded.records.length).toBeGreaterThan(1);
    expect(Buffer.byteLength(JSON.stringify(bounded.records))).toBeLessThanOrEqual(1000 + bounded.records.length);
    // The reads joined no group: the only committed offsets are billing's.
    expect((await describeGroup(connection(), 'kafka-specialist')).partitions).toEqual([]);
  });

  it('shows a Schema Registry framed value with its schema id, and says a leaderless partition cannot be read', async () => {
    const audit = await readRecords(connection(), { topic: 'audit', start: { offset: 0 }, maxRecords: 10, maxBytes: 65536, scanLimit: 100 });
    expect(audit.records.map((r) => [r.partition, r.value.schemaId, r.value.encoding])).toEqual([[0, 7, 'base64']]);
    expect(audit.unavailable).toEqual([{ what: 'partition 1', reason: 'it has no leader, so it cannot be read' }]);
    await expect(readRecords(connection(), { topic: 'orders', partition: 9, start: { offset: 0 }, maxRecords: 1, maxBytes: 1, scanLimit: 1 })).rejects.toBeInstanceOf(UserError);
  });

  it('decodes Avro keys and values through the Schema Registry, and says when no registry was given', async () => {
    const input = readCapability.input.parse({ topic: 'payments', offset: 0, partition: 0 });
    const io = cliIo({ cluster: connection, registry: () => registryOptions(registry.url, {}) });
    const decoded = await readCapability.run(input, io);
    expect(decoded.records.map((r) => [r.key.encoding, r.key.data, r.value.encoding, r.value.data])).toEqual([
      ['avro', { account: 'acc-1' }, 'avro', { amount_cents: 1000, currency: 'EUR', memo: 'invoice 1' }],
      ['avro', { account: 'acc-2' }, 'avro', { amount_cents: 2000, currency: 'USD', memo: 'invoice 2' }],
      ['avro', { account: 'acc-3' }, 'avro', { amount_cents: 3000, currency: 'EUR', memo: null }],
    ]);
    expect(decoded.unavailable).toEqual([]);
    expect(readCapability.render(decoded, 'text')).toContain('value=[schema 2 avro] {"amount_cents":2000,"currency":"USD","memo":"invoice 2"}');
    // A key match sees the decoded key.
    const byKey = await readCapability.run(readCapability.input.parse({ topic: 'payments', offset: 0, partition: 0, key: '{"account":"acc-3"}' }), io);
    expect(byKey.records.map((r) => r.offset)).toEqual([2]);
    const undecoded = await readCapability.run(input, cliIo({ cluster: connection }));
    expect(undecoded.records.map((r) => [r.value.encoding, r.value.schemaId])).toEqual([
      ['base64', 2],
      ['base64', 2],
      ['base64', 2],
    ]);
    expect(undecoded.unavailable).toEqual([
      { what: 'decoding of 3 Schema Registry framed record(s)', reason: 'no Schema Registry given: pass --registry http://host:8081 or set SCHEMA_REGISTRY_URL' },
    ]);
  });

  // Last: it produces to orders, which the reads above count on.
  it("turns lag into seconds from the log end's growth over a sampling window", async () => {
    const kafka = new Kafka({ clientId: 'later', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const sampling = describeGroup(connection(), 'billing', { sampleMs: 1500 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await producer.send({ topic: 'orders', messages: Array.from({ length: 60 }, (_, i) => ({ partition: 2, key: `late-${i}`, value: '{}' })) });
    await producer.disconnect();
    const billing = await sampling;
    expect(billing.sampledMs).toBeGreaterThanOrEqual(1500);
    const [p0, p1, p2] = billing.partitions;
    // Partition 2 grew by 60 records in the window and its consumer is 60 behind: one window's worth of production.
    expect(p2!.lag).toBe(60);
    expect(p2!.timeLagSeconds).toBeCloseTo(billing.sampledMs / 1000, 6);
    expect(p2!.timeLagReason).toMatch(/^60 records behind \/ \(60 records produced in [\d.]+ s = [\d.]+\/s\) = [\d.]+ s$/);
    // Partitions 0 and 1 did not move: lag in records stays, seconds are unknown and said so.
    expect([p0!.timeLagSeconds, p1!.timeLagSeconds]).toEqual([null, null]);
    expect(p0!.timeLagReason).toMatch(/^unknown: the log end did not move in the [\d.]+ s window, so there is no production rate to turn 20 records into time$/);
  });
});
