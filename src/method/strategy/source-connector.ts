// Debezium source connectors for CDC and outbox flows (PostgreSQL or MySQL): the connector's
// config with the reason for each value, the arithmetic where there is any (snapshot size and
// duration, records per poll), and the Connect worker's producer that writes the flow.
import { defaultValue } from '../../knowledge/catalog.js';
import { connectorById, connectorDefault, connectorDocUrl, OUTBOX_ROUTER_CLASS, transformDocUrl, workerClientDefault } from '../../knowledge/connectors.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { Alternative, ProducerDesign, TopicDesign } from '../../model/design.js';
import { fmt, fmtBytes, fmtMs } from '../../model/units.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { cdcSchema, cdcTable, ConfigBuilder, connectorName, sqlName, type Config, type ConnectorPlan } from './connectors.js';
import type { ReplicationDecision } from './replication.js';
import type { Route } from './sources-sinks.js';

export interface SourceInputs {
  facts: Facts;
  flow: FlowFacts;
  route: Route;
  topic: TopicDesign;
  /** The producer designed as if a Java client wrote the flow: its settings become worker overrides. */
  producer: ProducerDesign;
  replication: ReplicationDecision;
}

/**
 * The worker's producer for a Connect-produced flow. The worker builds it with its own defaults
 * (idempotence off, one request in flight); every setting the design needs that differs from
 * them becomes `producer.override.<name>` on the connector.
 */
function workerProducer(facts: Facts, flow: FlowFacts, producer: ProducerDesign, b: ConfigBuilder): ProducerDesign {
  const config: Config = { ...producer.config, 'enable.idempotence': 'true', acks: 'all' };
  delete config['transactional.id'];
  const policy = defaultValue('connect', 'connector.client.config.override.policy', facts.kafkaVersion) ?? 'All';
  const overrides = Object.entries(config).filter(([name, value]) => (workerClientDefault('producer', name) ?? defaultValue('producer', name, facts.kafkaVersion)) !== value);
  for (const [name, value] of overrides) {
    const from = workerClientDefault('producer', name);
    b.set(
      `producer.override.${name}`,
      value,
      `${producer.rationale.find((r) => r.setting === name)?.why ?? 'set by the design'}${from !== null ? ` The worker sets ${name}=${from} on its producers, so the connector overrides it.` : ''}`,
      [DOCS.connectOverrides],
    );
  }
  b.note(
    'producer.override.*',
    `The producer of this flow is the Connect worker, not application code: put these in the worker's producer.* (all connectors) or, as here, in the connector's producer.override.*, which the worker accepts while its connector.client.config.override.policy allows them (default ${policy} in Kafka ${facts.kafkaVersion}; a worker set to None rejects the connector).`,
    [DOCS.connectOverrides],
  );
  if (flow.delivery === 'exactly-once') {
    b.set(
      'exactly.once.support',
      'required',
      'Exactly-once at the source: the connector fails to start unless the worker runs exactly.once.source.support=enabled (Kafka 3.3+, KIP-618), which writes records and source offsets in one transaction.',
      [DOCS.connectExactlyOnce],
    );
  }
  return {
    ...producer,
    client: 'kafka-connect',
    config,
    rationale: [
      {
        setting: 'placement',
        why: `Written by the Connect worker running ${b.config['connector.class'] ?? 'the connector'}: settings go in the worker (producer.*) or the connector (producer.override.*), never in application code.`,
        refs: [DOCS.connectOverrides],
      },
      ...producer.rationale.filter((r) => r.setting !== 'transactional.id'),
      {
        setting: 'enable.idempotence',
        why: `The worker turns idempotence off for its producers (enable.idempotence=${workerClientDefault('producer', 'enable.idempotence')}); turned on, a retried batch is not written twice and, with acks=all, stays in order.`,
        refs: [DOCS.connectOverrides],
      },
    ],
  };
}

/** Records per poll at peak, so one poll of Debezium's queue carries the flow. */
function debeziumBatching(cls: string, flow: FlowFacts, b: ConfigBuilder): void {
  const rate = flow.peakPerSecond * flow.growthFactor;
  const poll = Number(connectorDefault(cls, 'poll.interval.ms'));
  const batchDefault = Number(connectorDefault(cls, 'max.batch.size'));
  const queueDefault = Number(connectorDefault(cls, 'max.queue.size'));
  const perPoll = Math.ceil((rate * poll) / 1000);
  if (perPoll <= batchDefault) return;
  const batch = perPoll;
  const queue = Math.max(queueDefault, batch * 4);
  b.set('max.batch.size', String(batch), `${fmt(rate)}/s at peak x poll.interval.ms ${poll} ms = ${fmt(perPoll)} records per poll, above the default batch of ${batchDefault}.`);
  b.set('max.queue.size', String(queue), `Debezium's queue must exceed its batch: max(${queueDefault} default, 4 x ${batch}) = ${queue}.`);
}

/** The initial snapshot: its size and duration, shown, and the snapshot mode. */
function snapshot(facts: Facts, flow: FlowFacts, cls: string, b: ConfigBuilder, questions: string[]): void {
  const rows = PLANNING.assumedTableRows;
  const bytes = rows * flow.messageBytes;
  const seconds = rows / PLANNING.snapshotRowsPerSecond;
  b.set(
    'snapshot.mode',
    connectorDefault(cls, 'snapshot.mode') ?? 'initial',
    `initial: the first start reads the whole table, then streams changes, so consumers start from complete state. Size: ${fmt(rows)} rows (assumed) x ${fmtBytes(flow.messageBytes)} = ${fmtBytes(bytes)} written to ${facts.name}'s topic at once; duration: ${fmt(rows)} rows / ${fmt(PLANNING.snapshotRowsPerSecond)} rows/s per snapshot thread = ${fmtMs(seconds * 1000)}. The log position is held (slot or binlog kept) for that long.`,
  );
  questions.push(`Flow "${flow.name}": how many rows does the captured table hold? The initial snapshot is that many records (sized here at ${fmt(rows)} rows, ${fmtMs(seconds * 1000)}).`);
}

function postgresSource(inputs: SourceInputs, b: ConfigBuilder, outbox: boolean): void {
  const { facts, flow, route } = inputs;
  const cls = b.config['connector.class']!;
  const name = sqlName(`${facts.name}_${flow.source}`);
  b.set('plugin.name', 'pgoutput', `pgoutput is built into PostgreSQL 10+; the default (${connectorDefault(cls, 'plugin.name')}) needs a server extension installed.`);
  b.set('slot.name', name, 'One replication slot per connector: the slot holds WAL until the connector confirms it, so name it to find it (and drop it when the connector is deleted).');
  b.set('publication.name', `${name}_pub`, 'The publication lists the captured tables for pgoutput.');
  b.set(
    'publication.autocreate.mode',
    'filtered',
    `filtered creates the publication for the included tables only; the default (${connectorDefault(cls, 'publication.autocreate.mode')}) publishes every table and needs superuser rights.`,
  );
  const before = route.sink.kind === 'application' || route.sink.kind === 'object-store';
  b.note(
    'prerequisite',
    `PostgreSQL: wal_level=logical; a user with REPLICATION and SELECT on the table; ${outbox ? 'the outbox table needs no before-images (rows are inserted, then deleted).' : before ? `REPLICA IDENTITY FULL on ${cdcSchema(route, flow)}.${cdcTable(flow)}: ${flow.sink} needs the old row (before) on updates and deletes, and DEFAULT only carries the primary key.` : `REPLICA IDENTITY DEFAULT is enough: ${flow.sink} upserts and deletes by primary key, which DEFAULT carries.`}`,
    [connectorById('debezium-postgres').docUrl],
  );
  b.set(
    'heartbeat.interval.ms',
    String(PLANNING.cdcHeartbeatMs),
    `Default ${connectorDefault(cls, 'heartbeat.interval.ms')} (off). When the captured tables are idle but the database is busy, the slot's confirmed position never advances and WAL piles up on the database's disk; a heartbeat every ${fmtMs(PLANNING.cdcHeartbeatMs)} lets it move (add heartbeat.action.query if the captured database itself has no writes).`,
  );
}

function mysqlSource(inputs: SourceInputs, b: ConfigBuilder, topics: TopicDesign[]): void {
  const { facts, flow, replication } = inputs;
  // One history per connector: two connectors sharing one would replay each other's DDL.
  const historyTopic = `${facts.name}.schema-history.${connectorName(flow, flow.sourceKind === 'outbox' ? 'outbox' : 'cdc')}`;
  // A stable id from the connector's name: each binlog reader needs one unique in the MySQL topology.
  const serverId = 5400 + ([...connectorName(flow, flow.sourceKind === 'outbox' ? 'outbox' : 'cdc')].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7) % 1_000_000);
  b.set('database.server.id', String(serverId), 'The connector joins replication as a replica: its id must be unique among the server and its replicas (derived from the connector name).');
  b.set(
    'schema.history.internal.kafka.topic',
    historyTopic,
    `The table schemas as the binlog changed them; the connector replays this topic on restart to read old binlog events. One partition, kept forever, never compacted.`,
  );
  b.set('schema.history.internal.kafka.bootstrap.servers', '${KAFKA_BOOTSTRAP_SERVERS}', 'The schema history has its own clients: the same cluster as the worker.');
  b.note(
    'prerequisite',
    'MySQL: binlog_format=ROW, binlog_row_image=FULL (full before and after images), gtid_mode=ON with enforce_gtid_consistency=ON (the connector resumes on a new primary after failover), binlog retention (binlog_expire_logs_seconds) longer than the longest connector outage, and a user with SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT.',
    [connectorById('debezium-mysql').docUrl],
  );
  b.set(
    'heartbeat.interval.ms',
    String(PLANNING.cdcHeartbeatMs),
    `Default ${connectorDefault(b.config['connector.class']!, 'heartbeat.interval.ms')} (off). Idle captured tables leave the stored binlog position behind; after a restart it may point at a purged binlog. A heartbeat every ${fmtMs(PLANNING.cdcHeartbeatMs)} keeps it current.`,
  );
  topics.push({
    name: historyTopic,
    flows: [flow.name],
    role: 'schema-history',
    partitions: 1,
    replicationFactor: replication.replicationFactor,
    key: null,
    config: { 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1', 'min.insync.replicas': String(replication.minInsyncReplicas) },
    sizing: { peakBytesPerSecond: 0, diskBytes: null },
    rationale: [
      { setting: 'partitions', why: 'One partition: the history is replayed in order, DDL by DDL.', refs: [connectorDocUrl(b.config['connector.class']!, 'schema.history.internal.kafka.topic')] },
      {
        setting: 'retention.ms',
        why: 'Forever, and delete rather than compact: every DDL since the first is needed to read old binlog events; compaction would drop them.',
        refs: [connectorDocUrl(b.config['connector.class']!, 'schema.history.internal.kafka.topic')],
      },
    ],
  });
}

function outboxRouter(inputs: SourceInputs, b: ConfigBuilder): void {
  const { facts, flow, topic } = inputs;
  const t = 'transforms.outbox.';
  const refs = [transformDocUrl(OUTBOX_ROUTER_CLASS)!];
  b.set('transforms', 'outbox', 'One transform: the outbox event router turns an outbox row into the event it carries.', refs);
  b.set(`${t}type`, OUTBOX_ROUTER_CLASS, "Debezium's outbox event router.", refs);
  b.set(
    `${t}table.field.event.key`,
    'aggregateid',
    `The record key is the aggregate id${flow.key ? ` (${flow.key})` : ''}: every event of one aggregate lands in one partition, in the order the service committed them.`,
    refs,
  );
  b.set(`${t}route.by.field`, 'aggregatetype', 'Events are routed to a topic by the aggregate type column.', refs);
  b.set(`${t}route.topic.replacement`, `${facts.name}.\${routedByValue}`, `aggregatetype = "${flow.name}" lands in ${topic.name}; another aggregate type in the same outbox gets its own topic.`, refs);
  b.set(
    `${t}table.fields.additional.placement`,
    'id:header:event_id',
    "The outbox row's id (unique per event) travels as the event_id header: consumers record it in their inbox table and skip an event they have already applied.",
    refs,
  );
  b.set('tombstones.on.delete', 'false', "The service deletes outbox rows after writing them; a tombstone per delete would erase the aggregate's key downstream. The router ignores deletes.");
  b.set('snapshot.mode', 'no_data', 'Never snapshot the outbox: the rows already there were published, or are about to be; only new inserts are events.');
}

/** Debezium source connector for a CDC or outbox flow, with the worker's producer. */
export function designSourceConnector(inputs: SourceInputs): ConnectorPlan {
  const { facts, flow, route, topic } = inputs;
  const outbox = flow.sourceKind === 'outbox';
  const id = route.source.connector!;
  const facts0 = connectorById(id);
  const b = new ConfigBuilder(facts0.class);
  const topics: TopicDesign[] = [];
  const questions: string[] = [];
  const alternatives: Alternative[] = [];
  b.set('connector.class', facts0.class, `${route.source.runs} (${facts0.sourceVersion} facts).`, [facts0.docUrl]);
  b.set('tasks.max', '1', 'One task: the database has one change log (one replication slot or binlog stream), read in order by one reader; more tasks would not read it faster.');
  b.set(
    'topic.prefix',
    facts.name,
    outbox
      ? "Names the connector's own topics (heartbeats, schema changes); events are routed by the outbox router."
      : `Topics are <topic.prefix>.<${route.source.database === 'mysql' ? 'database' : 'schema'}>.<table>: this flow's topic is ${topic.name}.`,
  );
  if (!route.source.databaseStated) questions.push(`Flow "${flow.name}": which database does ${flow.source} run (PostgreSQL or MySQL)? The design assumes PostgreSQL.`);
  const table = outbox ? 'outbox' : cdcTable(flow);
  const schema = cdcSchema(route, flow);
  if (route.source.database === 'mysql') b.set('database.include.list', schema, 'Only the database holding the captured table.');
  b.set('table.include.list', `${schema}.${table}`, outbox ? "The service's outbox table: the service writes its change and the event in one database transaction." : 'Only the captured table.');
  if (route.source.database === 'mysql') mysqlSource(inputs, b, topics);
  else postgresSource(inputs, b, outbox);
  if (outbox) {
    outboxRouter(inputs, b);
    alternatives.push(
      {
        flow: flow.name,
        decision: 'events out of a service that writes its database',
        option: 'transactional outbox relayed by Debezium',
        chosen: true,
        why: `${flow.source} writes its database and emits this event: both go in one database transaction, and Debezium publishes the outbox row after the commit. No event without the change, no change without the event.`,
      },
      {
        flow: flow.name,
        decision: 'events out of a service that writes its database',
        option: 'write the database, then produce with the idempotent producer',
        chosen: false,
        why: "a dual write: a crash between the commit and the send loses the event (or the send succeeds and the commit fails). Idempotence only removes duplicates of one send's retries.",
      },
    );
  } else {
    b.set(
      'tombstones.on.delete',
      connectorDefault(facts0.class, 'tombstones.on.delete') ?? 'true',
      `A delete is followed by a tombstone (key, null value): compaction removes the row's key from ${topic.name}, and sinks delete it.`,
    );
    snapshot(facts, flow, facts0.class, b, questions);
    debeziumBatching(facts0.class, flow, b);
  }
  b.set(
    'errors.tolerance',
    'none',
    `Order is the point of a change stream: a record skipped or set aside would let an older row win later. Fail the task and fix the cause (${outbox ? 'per-aggregate order' : 'per-row state'}).`,
    [DOCS.connectErrors],
  );
  const producer = workerProducer(facts, flow, inputs.producer, b);
  return {
    connectors: [{ name: connectorName(flow, outbox ? 'outbox' : 'cdc'), flow: flow.name, kind: 'source', class: facts0.class, config: b.config, rationale: b.rationale }],
    topics,
    alternatives,
    questions,
    producer,
  };
}
