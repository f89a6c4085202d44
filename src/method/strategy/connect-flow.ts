// How a flow's source and sink kinds reshape the rest of its design: a CDC flow is keyed by the
// primary key and compacted where sinks keep the latest row; its topic follows Debezium's naming;
// its idempotence is a version-guarded upsert; a sink connector replaces the application consumer;
// a batch sink commits after each batch.
import type { Alternative, Assumption, ConnectorDesign, ConsumerDesign, TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { DOCS } from '../../knowledge/planning.js';
import type { BatchPlan } from './batch-plan.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { cdcTopicName, sourceVersionField } from './connectors.js';
import type { PatternChoice } from './patterns.js';
import type { Route } from './sources-sinks.js';

/**
 * The flow as a Connect source makes it. CDC: keyed by the primary key, per-key order, deletes
 * as tombstones, and latest-state (compacted) when the sink keeps a copy of the table. Outbox:
 * keyed by the aggregate id.
 */
export function adaptForSource(flow: FlowFacts, route: Route, stated: readonly Assumption[]): { flow: FlowFacts; assumptions: Assumption[] } {
  const assumptions: Assumption[] = [];
  const at = (f: string) => `flows[${flow.index}].${f}`;
  const assumed = (f: string) => stated.some((a) => a.field === at(f));
  if (flow.sourceKind !== 'cdc' && flow.sourceKind !== 'outbox') return { flow, assumptions };
  let key = flow.key;
  if (key === null) {
    key = flow.sourceKind === 'cdc' ? 'id' : 'aggregate_id';
    assumptions.push({
      field: at('key'),
      value: key,
      why: flow.sourceKind === 'cdc' ? "a change record is keyed by the table's primary key (Debezium sets it)" : 'the outbox router keys each event by its aggregate id',
    });
  }
  const ordering = flow.ordering === 'none' && assumed('ordering') ? 'per-key' : flow.ordering;
  if (ordering !== flow.ordering) assumptions.push({ field: at('ordering'), value: ordering, why: 'changes of one row (or events of one aggregate) arrive in commit order and must stay so' });
  if (flow.sourceKind === 'outbox') return { flow: { ...flow, key, ordering }, assumptions };
  const replica = route.sink.kind === 'database' || route.sink.kind === 'search-index';
  const state = flow.state || replica;
  if (state && !flow.state) assumptions.push({ field: at('state'), value: true, why: `${flow.sink} keeps the latest row per key: the topic is compacted so a new reader can rebuild it` });
  const retentionMs = state && !flow.state && assumed('retention') ? -1 : flow.retentionMs;
  if (!flow.deletes) assumptions.push({ field: at('deletes'), value: true, why: 'rows are deleted in the source table: Debezium emits a delete and a tombstone' });
  return { flow: { ...flow, key, ordering, state, retentionMs, deletes: true }, assumptions };
}

/** The flow's topic under the name its source connector writes (CDC: <prefix>.<schema>.<table>). */
export function topicForSource(facts: Facts, route: Route, flow: FlowFacts, topic: TopicDesign): TopicDesign {
  if (flow.sourceKind !== 'cdc' || route.source.connector === null) return topic;
  return {
    ...topic,
    name: cdcTopicName(facts, route, flow),
    rationale: [...topic.rationale, { setting: 'name', why: 'Debezium names the topic <topic.prefix>.<schema>.<table>; the design uses that name rather than rerouting.', refs: [DOCS.connect] }],
  };
}

/** Patterns the application consumer would need, which a sink connector replaces. */
const CONSUMER_SIDE = new Set(['dead-letter-topic', 'idempotent-consumer', 'rate-limited-worker', 'key-ordered-parallel-processing', 'unordered-parallel-processing', 'pending-topic', 'retry-topics']);

/**
 * Corrects the generic choices for Connect-fed flows: a sink connector takes the consumer's
 * patterns (its errors.* settings decide dead letters), a CDC consumer is idempotent by a
 * version-guarded upsert, and an outbox flow never falls back to the idempotent producer.
 */
export function cdcPatterns(chosen: PatternChoice, flow: FlowFacts, route: Route): PatternChoice {
  let { patterns, alternatives } = chosen;
  const alt = (decision: string, option: string, isChosen: boolean, why: string): Alternative => ({ flow: flow.name, decision, option, chosen: isChosen, why });
  if (flow.sourceKind !== 'application') {
    alternatives = alternatives.filter((a) => a.decision !== 'exactly-once into the topic');
  }
  if (route.sink.connector !== null) {
    patterns = patterns.filter((p) => !CONSUMER_SIDE.has(p.id));
    alternatives = alternatives.filter((a) => a.decision === 'exactly-once into the topic');
  } else if (flow.sourceKind === 'cdc') {
    const version = sourceVersionField(route);
    const upsert = `A change record is state, not a command: ${flow.sink} upserts the row by primary key and writes only when ${version} is newer than the stored one. A redelivery or replay then changes nothing, with no event-id table.`;
    const hadDedupe = patterns.some((p) => p.id === 'idempotent-consumer');
    patterns = patterns.map((p) => (p.id === 'idempotent-consumer' ? { ...p, why: upsert } : p));
    if (!hadDedupe && flow.processing.sideEffects !== 'none') patterns = [...patterns, { id: 'idempotent-consumer', why: upsert, flows: [flow.name] }];
    alternatives = [
      ...alternatives.filter((a) => !/dedupe|idempotent consumer/i.test(a.option)),
      alt('idempotent CDC consumer', 'upsert by primary key guarded by the source version', true, `${version} only grows, so an older change never overwrites a newer one`),
      alt(
        'idempotent CDC consumer',
        'dedupe store keyed by event id',
        false,
        'a replay after a snapshot re-emits rows under new positions; the version guard handles it, an id table does not, and it grows forever',
      ),
    ];
  } else if (flow.sourceKind === 'outbox') {
    patterns = patterns.map((p) =>
      p.id === 'idempotent-consumer'
        ? { ...p, why: `${p.why} The event id is the outbox row's id, carried in the event_id header: record it in an inbox table in the same transaction as the change.` }
        : p,
    );
  }
  if (flow.sourceKind === 'outbox' && !patterns.some((p) => p.id === 'transactional-outbox')) {
    patterns = [
      ...patterns,
      {
        id: 'transactional-outbox',
        why: `${flow.source} writes its change and this event in one database transaction; Debezium's outbox router publishes the event after the commit.`,
        flows: [flow.name],
      },
    ];
  }
  if (flow.sourceKind === 'cdc' && !patterns.some((p) => p.id === 'change-data-capture')) {
    patterns = [...patterns, { id: 'change-data-capture', why: `Debezium reads ${flow.source}'s change log: every committed change, in order, with no code in ${flow.source}.`, flows: [flow.name] }];
  }
  return { ...chosen, patterns, alternatives };
}

/** The consumer of a flow a sink connector writes: the worker's sink tasks in group connect-<name>. */
export function connectSinkConsumer(flow: FlowFacts, topic: TopicDesign, connector: ConnectorDesign, plan: ConsumerPlan, facts: Facts): ConsumerDesign {
  const tasks = Number(connector.config['tasks.max']);
  return {
    flow: flow.name,
    topic: topic.name,
    groupId: `connect-${connector.name}`,
    instances: Math.max(1, Math.min(tasks, facts.brokers)),
    assignment: 'group',
    membersPerInstance: Math.max(1, Math.ceil(tasks / Math.max(1, Math.min(tasks, facts.brokers)))),
    handlersPerInstance: Math.max(1, Math.ceil(tasks / Math.max(1, Math.min(tasks, facts.brokers)))),
    client: 'kafka-connect',
    config: {},
    rationale: [
      {
        setting: 'placement',
        why: `${connector.class} runs as ${tasks} task(s) on the Connect workers, consuming as group connect-${connector.name} (the worker's default group for a sink). Consumer settings go in the worker's consumer.* or the connector's consumer.override.*; the worker already commits only after the sink has written (enable.auto.commit=false).`,
        refs: [DOCS.connectOverrides],
      },
      { setting: 'concurrency', why: `${plan.why}`, refs: [] },
    ],
  };
}

/** A batch sink's consumer: records per poll follow the batch, offsets are committed after it. */
export function applyBatchToConsumer(consumer: ConsumerDesign, batch: BatchPlan): ConsumerDesign {
  return {
    ...consumer,
    handlersPerInstance: consumer.membersPerInstance ?? 1,
    config: { ...consumer.config, 'max.poll.records': String(batch.recordsPerBatch) },
    rationale: [
      ...consumer.rationale.filter((r) => r.setting !== 'max.poll.records'),
      { setting: 'max.poll.records', why: `${batch.why} One poll is one batch: each member writes its batch, then commits.`, refs: [DOCS.consumerGroups] },
    ],
  };
}
