// Designs with Kafka Connect at either end: what the design document says about connectors,
// the worker's producer, internal topics, idempotence, dead letters, batches and sagas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/method/deconstruct/parse.js';
import { design } from '../../src/method/design.js';
import type { Design } from '../../src/model/design.js';
import { type Flow, requirementsSchema } from '../../src/model/requirements.js';

const designOf = (flows: Array<Partial<Flow> & { name: string }>, top: Record<string, unknown> = {}) =>
  design(requirementsSchema.parse({ name: 'app', environment: 'production', cluster: { kafka_version: '3.9', brokers: 3 }, ...top, flows }));
const example = (f: string) => design(parseWithSchema(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'), f, requirementsSchema));
const connector = (d: Design, name: string) => d.connectors!.find((c) => c.name === name)!;
const why = (d: Design, name: string, setting: string) =>
  connector(d, name)
    .rationale.filter((r) => r.setting === setting)
    .map((r) => r.why)
    .join(' ');

describe('CDC source', () => {
  const d = designOf([{ name: 'customers', source: 'crm-postgres', source_kind: 'cdc', sink: 'search', key: 'customer_id', throughput: { peak_per_second: 1000, message_bytes: 2000 } }]);
  const src = connector(d, 'crm-postgres-cdc');

  it('runs Debezium with one task, pgoutput, tombstones and a heartbeat', () => {
    expect(src.class).toBe('io.debezium.connector.postgresql.PostgresConnector');
    expect(src.config).toMatchObject({
      'tasks.max': '1',
      'plugin.name': 'pgoutput',
      'tombstones.on.delete': 'true',
      'heartbeat.interval.ms': '10000',
      'table.include.list': 'public.customers',
      'topic.prefix': 'app',
    });
    expect(why(d, 'crm-postgres-cdc', 'heartbeat.interval.ms')).toMatch(/WAL/);
    expect(why(d, 'crm-postgres-cdc', 'prerequisite')).toMatch(/wal_level=logical/);
  });

  it('sizes the initial snapshot with the arithmetic shown', () => {
    expect(src.config['snapshot.mode']).toBe('initial');
    expect(why(d, 'crm-postgres-cdc', 'snapshot.mode')).toMatch(/1,000,000 rows \(assumed\) x 2 KB = 2 GB.*1,000,000 rows \/ 10,000 rows\/s per snapshot thread = 100 s/);
    expect(d.questions.some((q) => /how many rows/.test(q))).toBe(true);
  });

  it('writes through the Connect worker: overrides, not application settings', () => {
    const p = d.producers.find((x) => x.flow === 'customers')!;
    expect(p.client).toBe('kafka-connect');
    expect(src.config['producer.override.enable.idempotence']).toBe('true');
    expect(why(d, 'crm-postgres-cdc', 'producer.override.*')).toMatch(/connector\.client\.config\.override\.policy/);
  });

  it('names the topic <prefix>.<schema>.<table>, keyed and compacted for a replica sink', () => {
    const t = d.topics.find((x) => x.flows.includes('customers') && x.role === 'events')!;
    expect(t.name).toBe('app.public.customers');
    expect(t.config['cleanup.policy']).toBe('compact');
  });

  it("creates Connect's internal topics: configs 1, offsets 25, status 5, compacted, RF 3", () => {
    const internal = d.topics.filter((t) => t.role.startsWith('connect-')).map((t) => [t.role, t.partitions, t.replicationFactor, t.config['cleanup.policy']]);
    expect(internal).toEqual([
      ['connect-configs', 1, 3, 'compact'],
      ['connect-offsets', 25, 3, 'compact'],
      ['connect-status', 5, 3, 'compact'],
    ]);
  });

  it('shares one connector between tables of one database', () => {
    const two = designOf([
      { name: 'customers', source: 'crm-postgres', source_kind: 'cdc', sink: 'search' },
      { name: 'accounts', source: 'crm-postgres', source_kind: 'cdc', sink: 'search' },
    ]);
    expect(two.connectors!.filter((c) => c.kind === 'source').map((c) => c.config['table.include.list'])).toEqual(['public.customers,public.accounts']);
  });

  it('MySQL: server id, a schema history topic of its own (1 partition, forever, not compacted) and binlog prerequisites', () => {
    const m = designOf([{ name: 'orders', source: 'shop-mysql', source_kind: 'cdc', sink: 'reporting-db' }]);
    const c = connector(m, 'shop-mysql-cdc');
    expect(c.config['database.server.id']).toMatch(/^\d+$/);
    const history = m.topics.find((t) => t.name === c.config['schema.history.internal.kafka.topic'])!;
    expect([history.partitions, history.config['retention.ms'], history.config['cleanup.policy']]).toEqual([1, '-1', 'delete']);
    expect(why(m, 'shop-mysql-cdc', 'prerequisite')).toMatch(/binlog_format=ROW, binlog_row_image=FULL .*gtid_mode=ON/);
  });
});

describe('sinks', () => {
  it.each([
    ['reporting-db', 'io.confluent.connect.jdbc.JdbcSinkConnector', { 'insert.mode': 'upsert', 'pk.mode': 'record_key', 'delete.enabled': 'true' }],
    ['customer-search', 'io.confluent.connect.elasticsearch.ElasticsearchSinkConnector', { 'behavior.on.null.values': 'delete', 'key.ignore': 'false', 'write.method': 'upsert' }],
    ['events-s3', 'io.confluent.connect.s3.S3SinkConnector', { 'partitioner.class': 'io.confluent.connect.storage.partitioner.TimeBasedPartitioner', 'rotate.interval.ms': '600000' }],
  ])('%s -> %s', (sink, cls, config) => {
    const d = designOf([{ name: 'rows', source: 'db-postgres', source_kind: 'cdc', sink, key: 'id' }]);
    const c = d.connectors!.find((x) => x.kind === 'sink')!;
    expect(c.class).toBe(cls);
    expect(c.config).toMatchObject(config);
    expect(d.consumers[0]).toMatchObject({ client: 'kafka-connect', groupId: 'connect-rows-sink' });
  });

  it('no dead-letter queue on ordered state; one for independent records', () => {
    const ordered = designOf([{ name: 'rows', source: 'db-postgres', source_kind: 'cdc', sink: 'events-s3' }]);
    expect(ordered.connectors!.find((c) => c.kind === 'sink')!.config['errors.tolerance']).toBe('none');
    expect(ordered.topics.some((t) => t.role === 'dead-letter')).toBe(false);
    const loose = designOf([{ name: 'clicks', source: 'web', sink: 'clicks-s3', ordering: 'none' }]);
    const s3 = loose.connectors!.find((c) => c.kind === 'sink')!;
    expect(s3.config).toMatchObject({ 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'clicks-sink.dlq' });
    expect(loose.topics.some((t) => t.name === 'clicks-sink.dlq')).toBe(true);
  });

  it('a batch sink writes records per batch from the latency budget', () => {
    const d = designOf([
      { name: 'rows', source: 'db-postgres', source_kind: 'cdc', sink: 'reporting-db', latency: { end_to_end_p99_ms: 2000 }, throughput: { peak_per_second: 500 }, processing: { batch_writes: true } },
    ]);
    expect(d.connectors!.find((c) => c.kind === 'sink')!.config['batch.size']).toBe('500');
  });
});

describe('application consumers of Connect-fed flows', () => {
  it('CDC: idempotent by a version-guarded upsert, no event-id store, no dead-letter topic on row state', () => {
    const d = designOf([{ name: 'rows', source: 'db-postgres', source_kind: 'cdc', sink: 'billing-service', key: 'id', processing: { side_effects: 'database' } }]);
    expect(d.patterns.find((p) => p.id === 'idempotent-consumer')!.why).toMatch(/LSN/);
    expect(d.alternatives.find((a) => a.option === 'dedupe store keyed by event id')!.chosen).toBe(false);
    expect(d.topics.some((t) => t.role === 'dead-letter')).toBe(false);
  });

  it('a batch consumer polls one batch and sizes by batches', () => {
    const d = designOf([
      {
        name: 'rows',
        source: 'svc',
        sink: 'loader',
        key: 'id',
        latency: { end_to_end_p99_ms: 1000 },
        throughput: { peak_per_second: 400 },
        processing: { side_effects: 'database', batch_writes: true, per_message_ms: { p50: 50, p99: 200 } },
      },
    ]);
    const c = d.consumers[0]!;
    expect(c.config['max.poll.records']).toBe('200');
    expect(c.rationale.find((r) => r.setting === 'max.poll.records')!.why).toMatch(/last record per id/);
  });
});

describe('outbox', () => {
  const d = designOf([
    { name: 'order-placed', source: 'order-service', source_kind: 'outbox', sink: 'payment-service', key: 'order_id', delivery: 'exactly-once', processing: { side_effects: 'database' } },
  ]);
  const c = connector(d, 'order-service-outbox');

  it('routes with the event router: key from the aggregate id, topic by aggregate type, event id header', () => {
    expect(c.config).toMatchObject({
      'transforms.outbox.type': 'io.debezium.transforms.outbox.EventRouter',
      'transforms.outbox.table.field.event.key': 'aggregateid',
      'transforms.outbox.route.by.field': 'aggregatetype',
      'transforms.outbox.table.fields.additional.placement': 'id:header:event_id',
      'tombstones.on.delete': 'false',
      'snapshot.mode': 'no_data',
      'exactly.once.support': 'required',
    });
  });

  it('chooses the outbox over the idempotent producer for a service that writes its database', () => {
    const alts = d.alternatives.filter((a) => a.flow === 'order-placed' && /events out of a service/.test(a.decision));
    expect(alts.find((a) => /outbox/.test(a.option))!.chosen).toBe(true);
    expect(alts.find((a) => /idempotent producer/.test(a.option))!.chosen).toBe(false);
    expect(d.alternatives.some((a) => a.option === 'idempotent producer' && a.chosen)).toBe(false);
  });
});

describe('examples', () => {
  it('cdc-pipeline: Debezium for Postgres and MySQL, three sink connectors, no findings', () => {
    const d = example('cdc-pipeline.yaml');
    expect(d.connectors!.map((c) => `${c.name}:${c.kind}`)).toEqual([
      'crm-postgres-cdc:source',
      'customers-sink:sink',
      'customers-report-sink:sink',
      'shop-mysql-cdc:source',
      'orders-archive-sink:sink',
    ]);
    expect(connector(d, 'crm-postgres-cdc').config['table.include.list']).toBe('public.customers,public.customers_report');
    expect(d.producers.every((p) => p.client === 'kafka-connect')).toBe(true);
    expect(d.findings).toEqual([]);
  });

  it('outbox-saga: the saga with compensations, timeouts, correlation id and inbox', () => {
    const d = example('outbox-saga.yaml');
    const saga = d.sagas![0]!;
    expect(saga.flows).toEqual(['order-placed', 'payment-completed']);
    expect(saga.correlationId).toBe('order_id');
    expect(saga.steps.map((s) => [s.service, s.timeoutMs])).toEqual([
      ['payment-service', 5000],
      ['shipping-service', 5000],
    ]);
    expect(d.patterns.map((p) => p.id)).toEqual(expect.arrayContaining(['transactional-outbox', 'saga']));
    expect(d.connectors!.map((c) => c.name)).toEqual(['order-service-outbox', 'payment-service-outbox']);
  });
});
