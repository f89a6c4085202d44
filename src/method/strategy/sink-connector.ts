// Sink connectors for flows whose sink is a store (database, search index, object store): how each
// writes idempotently, its batch, and its error handling (fail on ordered state, a dead-letter
// queue otherwise).
import { connectorById, connectorDefault } from '../../knowledge/connectors.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { TopicDesign } from '../../model/design.js';
import { fmt, fmtMs } from '../../model/units.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import type { BatchPlan } from './batch-plan.js';
import { ConfigBuilder, connectorName, sourceVersionField, type ConnectorPlan } from './connectors.js';
import type { ReplicationDecision } from './replication.js';
import type { Route } from './sources-sinks.js';

export interface SinkInputs {
  facts: Facts;
  flow: FlowFacts;
  route: Route;
  topic: TopicDesign;
  replication: ReplicationDecision;
  batch: BatchPlan | null;
}

/** Ordered state must not skip or set aside a record: a later replay would write an old row over a new one. */
export function orderedState(flow: FlowFacts): boolean {
  return flow.sourceKind === 'cdc' || flow.state || flow.ordering !== 'none';
}

/** Sink connector for a flow whose sink is a store, with its error handling and batch. */
export function designSinkConnector({ facts, flow, route, topic, replication, batch }: SinkInputs): ConnectorPlan {
  const facts0 = connectorById(route.sink.connector!);
  const b = new ConfigBuilder(facts0.class);
  const name = connectorName(flow, 'sink');
  b.set('connector.class', facts0.class, `${route.sink.runs} (${facts0.sourceVersion} facts).`, [facts0.docUrl]);
  const tasks = Math.min(topic.partitions, Math.max(1, facts.brokers * 2));
  b.set(
    'tasks.max',
    String(tasks),
    `One task per partition at most: min(${topic.partitions} partitions, ${facts.brokers} brokers x 2 workers' share) = ${tasks}. Each partition is written in order by one task.`,
  );
  b.set('topics', topic.name, "The flow's topic.");
  if (route.sink.kind === 'database') databaseSink(b, flow, route, batch);
  else if (route.sink.kind === 'search-index') searchIndexSink(b, facts0.class, batch);
  else objectStoreSink(b, flow, batch);
  const topics = errorHandling(b, flow, name, topic, replication);
  return { connectors: [{ name, flow: flow.name, kind: 'sink', class: facts0.class, config: b.config, rationale: b.rationale }], topics, alternatives: [], questions: [] };
}

/** A database table: upsert by primary key, so a redelivered record writes the same row; a tombstone deletes it. */
function databaseSink(b: ConfigBuilder, flow: FlowFacts, route: Route, batch: BatchPlan | null): void {
  const version = sourceVersionField(route);
  b.set(
    'insert.mode',
    'upsert',
    `Upsert by primary key: a redelivered record writes the same row again, so at-least-once delivery gives the right table.${flow.sourceKind === 'cdc' ? ` Guard the upsert with ${version} (write only when newer) if anything else writes the table.` : ''}`,
  );
  b.set('pk.mode', 'record_key', `The primary key comes from the record key${flow.key ? ` (${flow.key})` : ''}.`);
  if (flow.key) b.set('pk.fields', flow.key, "The key field that is the table's primary key.");
  b.set('delete.enabled', 'true', 'A tombstone deletes the row (needs pk.mode=record_key).');
  if (batch) b.set('batch.size', String(batch.recordsPerBatch), batch.why);
}

/** A search index: the record key is the document id, so an update replaces the document; a tombstone deletes it. */
function searchIndexSink(b: ConfigBuilder, cls: string, batch: BatchPlan | null): void {
  b.set('key.ignore', 'false', 'The document id is the record key: an update replaces the document instead of adding one.');
  b.set('behavior.on.null.values', 'delete', `A tombstone deletes the document; the default (${connectorDefault(cls, 'behavior.on.null.values')}) stops the task on the first delete.`);
  b.set('write.method', 'upsert', 'Upsert by document id: a redelivered record writes the same document.');
  if (batch) b.set('batch.size', String(batch.recordsPerBatch), batch.why);
}

/** An object store: a file closes by record count or by the latency budget, in hourly folders of record time. */
function objectStoreSink(b: ConfigBuilder, flow: FlowFacts, batch: BatchPlan | null): void {
  const latency = flow.latencyP99Ms;
  const rotate = latency !== null ? Math.max(60_000, Math.floor(latency)) : 600_000;
  const flush = batch ? batch.recordsPerBatch : Math.max(1, Math.ceil((flow.averagePerSecond * rotate) / 1000));
  b.set('storage.class', 'io.confluent.connect.s3.storage.S3Storage', 'Objects in S3.');
  b.set('s3.bucket.name', '${S3_BUCKET}', 'The bucket, set at deployment.');
  b.set('s3.region', '${S3_REGION}', "The bucket's region.");
  b.set(
    'format.class',
    flow.schema.format === 'avro' ? 'io.confluent.connect.s3.format.parquet.ParquetFormat' : 'io.confluent.connect.s3.format.json.JsonFormat',
    flow.schema.format === 'avro' ? 'Parquet from the Avro schema: columnar files for analytics.' : 'JSON lines: the records have no registered schema to write columns from.',
  );
  b.set('flush.size', String(flush), batch ? batch.why : `A file closes after ${fmt(flow.averagePerSecond)}/s average x ${fmtMs(rotate)} = ${fmt(flush)} records, or at rotation, whichever first.`);
  b.set(
    'rotate.interval.ms',
    String(rotate),
    latency !== null
      ? `A file closes at least every ${fmtMs(rotate)}: the latency budget (${fmtMs(latency)}), no less than a minute (many tiny objects cost more than they save).`
      : `No latency budget stated: files close every ${fmtMs(rotate)} even when traffic is low.`,
  );
  b.set('partitioner.class', 'io.confluent.connect.storage.partitioner.TimeBasedPartitioner', 'Folders by hour of the record time: queries and lifecycle rules cut by time.');
  b.set('path.format', "'year'=YYYY/'month'=MM/'day'=dd/'hour'=HH", 'Hive-style folders.');
  b.set('partition.duration.ms', '3600000', 'One folder per hour.');
  b.set('locale', 'en-US', 'Required by the time-based partitioner.');
  b.set('timezone', 'UTC', 'Required by the time-based partitioner.');
  b.set('timestamp.extractor', 'Record', "The record's timestamp, not the wall clock: a replay lands in the same folders.");
  b.set('behavior.on.null.values', 'ignore', 'A tombstone has nothing to archive; the default (fail) stops the task on the first delete.');
}

/** Ordered state fails the task on a bad record; independent records go to a dead-letter queue, returned as its topic. */
function errorHandling(b: ConfigBuilder, flow: FlowFacts, name: string, topic: TopicDesign, replication: ReplicationDecision): TopicDesign[] {
  if (orderedState(flow)) {
    b.set(
      'errors.tolerance',
      'none',
      `The topic carries ordered ${flow.sourceKind === 'cdc' ? 'row changes' : 'per-key records'}: a record set aside in a dead-letter queue and replayed later would write an old value over a newer one. Fail the task, fix, resume.`,
      [DOCS.connectErrors],
    );
    return [];
  }
  const dlq = `${name}.dlq`;
  b.set('errors.tolerance', 'all', 'Records are independent (no per-key order): a record the converter or the sink cannot take goes to the dead-letter queue instead of stopping the task.', [
    DOCS.connectErrors,
  ]);
  b.set('errors.deadletterqueue.topic.name', dlq, 'Failed records with their error, for inspection and replay.', [DOCS.connectErrors]);
  b.set('errors.deadletterqueue.topic.replication.factor', String(replication.replicationFactor), "Same durability as the flow's topic.", [DOCS.connectErrors]);
  b.set('errors.deadletterqueue.context.headers.enable', 'true', 'The error and origin (topic, partition, offset) travel as headers.', [DOCS.connectErrors]);
  b.set('errors.log.enable', 'true', 'Failures are also logged.', [DOCS.connectErrors]);
  return [
    {
      name: dlq,
      flows: [flow.name],
      role: 'dead-letter',
      partitions: 1,
      replicationFactor: replication.replicationFactor,
      key: topic.key,
      config: { 'cleanup.policy': 'delete', 'retention.ms': String(PLANNING.deadLetterRetentionMs), 'min.insync.replicas': String(replication.minInsyncReplicas) },
      sizing: { peakBytesPerSecond: 0, diskBytes: null },
      rationale: [{ setting: 'retention.ms', why: `${fmtMs(PLANNING.deadLetterRetentionMs)}: long enough to inspect and replay failed records.`, refs: [DOCS.connectErrors] }],
    },
  ];
}
