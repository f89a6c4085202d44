// Kafka Connect in a design, the parts source and sink connectors share: the names Debezium and
// Connect give tables, topics and connectors, the config builder that keeps each value with its
// reason, the merge of flows from one database into one connector, and Connect's own topics.
// The connectors themselves: source-connector.ts (Debezium CDC and outbox), sink-connector.ts.
import { docUrl, numericDefault } from '../../knowledge/catalog.js';
import { connectorDocUrl } from '../../knowledge/connectors.js';
import { DOCS } from '../../knowledge/planning.js';
import type { Alternative, ConnectorDesign, ProducerDesign, Rationale, TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import type { ReplicationDecision } from './replication.js';
import type { Route } from './sources-sinks.js';

/** A Kafka identifier-safe name for a table, slot or publication: lower case, underscores. */
export function sqlName(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'events'
  );
}

/** The captured table of a CDC flow: the flow's name without a -changes/-cdc suffix. */
export function cdcTable(flow: FlowFacts): string {
  return sqlName(flow.name.replace(/[-_.]?(changes?|cdc|events?|stream)$/i, ''));
}

/** Schema (Postgres) or database (MySQL) holding the captured table. */
export function cdcSchema(route: Route, flow: FlowFacts): string {
  return route.source.database === 'mysql' ? sqlName(flow.source.replace(/[-_.]?(mysql|mariadb|db)$/i, '')) : 'public';
}

/** Debezium's topic for a captured table: <topic.prefix>.<schema or database>.<table>. */
export function cdcTopicName(facts: Facts, route: Route, flow: FlowFacts): string {
  return `${facts.name}.${cdcSchema(route, flow)}.${cdcTable(flow)}`;
}

/**
 * The connector's name as registered with the Connect REST API (and the Strimzi resource name).
 * A source connector is one per database (one slot or binlog reader serves all its tables); a
 * sink connector is one per flow.
 */
export function connectorName(flow: FlowFacts, role: 'cdc' | 'outbox' | 'sink'): string {
  return `${role === 'sink' ? flow.name : flow.source}-${role}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
}

/**
 * Adds a connector to the list; a second flow from the same database joins the first flow's
 * connector (its table is added to table.include.list) instead of opening another slot.
 */
export function addConnector(list: ConnectorDesign[], c: ConnectorDesign): void {
  const same = list.find((x) => x.name === c.name);
  if (!same) {
    list.push(c);
    return;
  }
  const tables = [...new Set([...(same.config['table.include.list'] ?? '').split(','), ...(c.config['table.include.list'] ?? '').split(',')].filter(Boolean))];
  same.config['table.include.list'] = tables.join(',');
  same.rationale.push({
    setting: 'table.include.list',
    why: `Flow "${c.flow}" comes from the same database: one connector reads it too (one replication slot or binlog reader per database; each extra connector would read the whole log again).`,
    refs: [],
  });
}

/** A monotonic position of a change in the source's log, for version-guarded upserts. */
export function sourceVersionField(route: Route): string {
  return route.source.database === 'mysql' ? 'the binlog position (source.file + source.pos) or source.ts_ms' : 'the LSN (source.lsn) or source.ts_ms';
}

export interface ConnectorPlan {
  connectors: ConnectorDesign[];
  topics: TopicDesign[];
  alternatives: Alternative[];
  questions: string[];
  /** The Connect worker's producer for a Connect-produced flow (replaces the application producer). */
  producer?: ProducerDesign;
}

export type Config = Record<string, string>;

/** A connector's config, each value set with its reason and the doc of that setting. */
export class ConfigBuilder {
  readonly config: Config = {};
  readonly rationale: Rationale[] = [];
  constructor(private readonly cls: string) {}
  set(name: string, value: string, why: string, refs: string[] = [connectorDocUrl(this.cls, name)]): this {
    this.config[name] = value;
    this.rationale.push({ setting: name, why, refs });
    return this;
  }
  note(setting: string, why: string, refs: string[]): this {
    this.rationale.push({ setting, why, refs });
    return this;
  }
}

/** Connect's own topics (connector configs, source offsets, task status) for the worker group. */
export function connectInternalTopics(facts: Facts, replication: ReplicationDecision, flows: string[]): TopicDesign[] {
  const v = facts.kafkaVersion;
  const rf = replication.replicationFactor;
  const topic = (suffix: string, setting: string, partitions: number, why: string): TopicDesign => ({
    name: `${facts.name}.connect-${suffix}`,
    flows,
    role: `connect-${suffix}`,
    partitions,
    replicationFactor: rf,
    key: null,
    config: { 'cleanup.policy': 'compact', 'min.insync.replicas': String(replication.minInsyncReplicas) },
    sizing: { peakBytesPerSecond: 0, diskBytes: null },
    rationale: [
      { setting: 'partitions', why, refs: [docUrl('connect', setting)] },
      {
        setting: 'cleanup.policy',
        why: 'compact: only the latest value per key (connector, task, source partition) matters; deleting old segments by time would forget configs and offsets.',
        refs: [DOCS.connect],
      },
      { setting: 'replicationFactor', why: `${rf} replicas: losing this topic makes every connector forget its configuration or restart its source from scratch.`, refs: [DOCS.replication] },
    ],
  });
  return [
    topic('configs', 'config.storage.topic', 1, 'Exactly one partition: the worker group reads connector configurations in one total order.'),
    topic(
      'offsets',
      'offset.storage.partitions',
      numericDefault('connect', 'offset.storage.partitions', v),
      `Kafka's default for offset.storage.partitions (${numericDefault('connect', 'offset.storage.partitions', v)}): source offsets are written often, by every task.`,
    ),
    topic(
      'status',
      'status.storage.partitions',
      numericDefault('connect', 'status.storage.partitions', v),
      `Kafka's default for status.storage.partitions (${numericDefault('connect', 'status.storage.partitions', v)}).`,
    ),
  ];
}
