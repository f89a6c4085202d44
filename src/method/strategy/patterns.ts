// Which patterns a flow calls for, and the alternatives considered for each decision. Pattern ids
// are stable (contract: ../shared/contracts/design.md); the catalog explains each one.
import { PLANNING } from '../../knowledge/planning.js';
import type { Language } from '../../knowledge/clients.js';
import type { Alternative, PatternUse } from '../../model/design.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import type { ConsumerPlan } from './consumer-plan.js';
import { fmt, fmtBytes } from '../../model/units.js';
import type { ReadProcessWrite } from './flow-graph.js';

export interface PatternChoice {
  patterns: PatternUse[];
  alternatives: Alternative[];
}

/** Where to get key-ordered parallelism in each language. */
const KEYED_PARALLELISM: Record<Language, string> = {
  java: 'e.g. Confluent Parallel Consumer in KEY mode',
  python: 'e.g. one asyncio task queue per hash(key) mod N, fed by the poll loop',
  go: 'e.g. N goroutines, each owning the keys with hash(key) mod N',
  typescript: 'e.g. one promise chain per key, at most N in flight',
};

export function choosePatterns(flow: FlowFacts, plan: ConsumerPlan, steps: readonly ReadProcessWrite[], language: Language): PatternChoice {
  const patterns: PatternUse[] = [];
  const alternatives: Alternative[] = [];
  const use = (id: string, why: string) => patterns.push({ id, why, flows: [flow.name] });
  const alt = (decision: string, option: string, chosen: boolean, why: string) => alternatives.push({ flow: flow.name, decision, option, chosen, why });
  const { sideEffects, rateLimitPerSecond: limit } = flow.processing;
  const external = sideEffects === 'external-api' || sideEffects === 'database';

  // Delivery guarantee mechanics: how records get into the topic exactly once, and how the
  // consumer applies them exactly once. The two sides can need different patterns.
  if (flow.delivery === 'exactly-once') {
    const writtenBy = steps.find((s) => s.output === flow);
    const readBy = steps.find((s) => s.input === flow);
    const tx = (step: ReadProcessWrite) =>
      `${step.processor} reads ${step.input.name} and writes ${step.output.name}: one transaction holds its output records and its input offsets, and downstream consumers read committed data only.`;
    if (writtenBy) {
      use('transactional-read-process-write', tx(writtenBy));
      alt('exactly-once into the topic', 'Kafka transactions (read-process-write)', true, `${writtenBy.processor} reads from Kafka, so its writes and its input offsets can commit together`);
    } else if (flow.source !== 'producer') {
      alt('exactly-once into the topic', 'idempotent producer', true, `${flow.source} does not read from Kafka: the idempotent producer removes duplicates from its retries`);
      alt(
        'exactly-once into the topic',
        'transactional outbox',
        false,
        `if ${flow.source} also writes a database, write the event to an outbox table in the same transaction and relay it; otherwise the idempotent producer suffices`,
      );
    }
    if (readBy) {
      use('transactional-read-process-write', tx(readBy));
      alt('exactly-once in the consumer', 'Kafka transactions (read-process-write)', true, 'both sides of the step are Kafka topics, which transactions cover');
    } else if (sideEffects === 'kafka') {
      use(
        'transactional-read-process-write',
        `${flow.sink} writes its results to Kafka: produce them and commit the input offsets in one transaction (transactional.id per instance, sendOffsetsToTransaction), and read the results with read_committed. The output flow is not in the requirements yet (see questions).`,
      );
      alt('exactly-once in the consumer', 'Kafka transactions (read-process-write)', true, "the consumer's effect is a Kafka write, which transactions cover");
    } else if (sideEffects === 'none') {
      use(
        'idempotent-consumer',
        `Exactly-once with no outside effect means the consumer's own state must not apply an event twice: keep the last applied offset or event id with that state and skip repeats after a redelivery.`,
      );
      alt('exactly-once in the consumer', 'idempotent consumer (state records what it applied)', true, 'redeliveries after a crash are skipped by the state itself');
    } else {
      const target = sideEffects === 'external-api' ? 'an external API' : 'a database';
      use(
        'idempotent-consumer',
        `Exactly-once toward ${target} cannot come from Kafka transactions: redeliveries happen, so the consumer records each event id it has applied (or passes it as an idempotency key) and skips repeats.`,
      );
      alt(
        'exactly-once in the consumer',
        'Kafka transactions',
        false,
        `they commit Kafka writes and offsets only; the ${sideEffects === 'external-api' ? 'API call' : 'database write'} sits outside them`,
      );
      alt('exactly-once in the consumer', 'idempotent consumer (dedupe by event id)', true, 'effectively-once: at-least-once delivery plus deduplication where the side effect happens');
      if (sideEffects === 'database')
        alt(
          'exactly-once in the consumer',
          'store offsets in the same database transaction',
          false,
          'also works, but ties the consumer to that database; deduplication by event id is simpler to operate',
        );
    }
  } else if (flow.delivery === 'at-least-once' && external) {
    use(
      'idempotent-consumer',
      `At-least-once redelivers after a crash between the ${sideEffects === 'external-api' ? 'call' : 'write'} and the commit: deduplicate by event id (or pass it as an idempotency key) so a retry does not repeat the effect.`,
    );
  }

  if (limit !== null) {
    const designRate = plan.designRatePerSecond;
    use(
      'rate-limited-worker',
      `The downstream allows ${fmt(limit)} requests/s: a token bucket of ${fmt(limit)}/s shared by the ${plan.instances} instances (${fmt(limit / plan.instances)}/s each) with ${plan.handlersPerInstance} calls in flight per instance, committing only after delivery. ${designRate > limit ? `Peaks of ${fmt(designRate)}/s wait in the topic, not in memory.` : ''}`.trim(),
    );
    alt('rate limit', "rate-limited worker on the flow's topic", true, 'the topic already holds the backlog durably; the worker drains it at the allowed rate');
    alt(
      'rate limit',
      'pending topic drained by a separate worker',
      false,
      'useful when the main consumer must stay fast for other work or must park throttled records for retry with backoff; here it would add a hop without adding capacity',
    );
    alt('rate limit', 'in-memory queue in front of the API', false, 'loses everything queued on a crash and grows without bound during peaks');
  }

  if (plan.mode === 'key-ordered-parallel') {
    use(
      'key-ordered-parallel-processing',
      `${plan.requiredHandlers} concurrent handlers are needed but ${plan.instances} instances run one consumer each: each processes ${plan.handlersPerInstance} ${flow.key ?? 'key'}s in parallel while records of one ${flow.key ?? 'key'} stay in order (${KEYED_PARALLELISM[language]}).`,
    );
  } else if (plan.mode === 'unordered-parallel') {
    use(
      'unordered-parallel-processing',
      `${plan.requiredHandlers} concurrent handlers are needed over ${plan.instances} instances: each runs ${plan.handlersPerInstance} records at once; order does not matter, and offsets commit below the oldest unfinished record.`,
    );
  }

  if (flow.messageBytes > PLANNING.claimCheckAboveBytes) {
    use(
      'claim-check',
      `${fmtBytes(flow.messageBytes)} payloads: store each in object storage and send a ~${fmtBytes(PLANNING.claimCheckReferenceBytes)} reference (location, size, checksum) through Kafka; the consumer fetches the payload.`,
    );
    alt(
      'large payloads',
      'raise message size limits on broker, topic, producer and consumer',
      false,
      `${fmtBytes(flow.messageBytes)} records stress broker memory, replication and consumer fetches, and every limit must be raised in step`,
    );
    alt('large payloads', 'claim check', true, 'Kafka carries small references; the bulk goes to storage built for it');
  }

  if (flow.state) {
    use(
      'compacted-state-topic',
      `Consumers need the latest value per ${flow.key}: a compacted topic keeps it indefinitely, a new instance rebuilds by reading from the beginning, and a tombstone (null value) deletes a ${flow.key}.`,
    );
    alt('latest state', 'compacted topic', true, 'the topic is the source of truth and the rebuild path');
    alt('latest state', 'external database only', false, 'a second system to keep in step, and no replay for new consumers');
  }

  if (flow.schema.format === 'avro' || flow.schema.format === 'protobuf' || flow.schema.format === 'json-schema') {
    use(
      'schema-registry',
      `${flow.schema.format} records with their schema in a registry: producers register, consumers resolve by id, and the subject's compatibility mode (BACKWARD or stricter) rejects a change that would break readers${flow.schema.evolves ? ' as the schema evolves' : ''}.`,
    );
  } else if (flow.schema.evolves) {
    use(
      'schema-registry',
      `The event format will change: plain ${flow.schema.format} has no compatibility check, so move to Avro, Protobuf or JSON Schema with a registry before the first incompatible change reaches a consumer.`,
    );
  }

  if (patterns.length === 0) alt('patterns', 'plain producer and consumer group', true, 'nothing in the requirements calls for more');
  return { patterns, alternatives };
}

/** One use per pattern: the flows of every use united, each new reason added once. */
export function mergePatterns(uses: PatternUse[]): PatternUse[] {
  // A set beside each merged use: membership checks stay constant as flows grow.
  const byId = new Map<string, { use: PatternUse; flows: Set<string>; whys: Set<string> }>();
  for (const u of uses) {
    const seen = byId.get(u.id);
    if (!seen) byId.set(u.id, { use: { ...u, flows: [...u.flows] }, flows: new Set(u.flows), whys: new Set([u.why]) });
    else {
      for (const f of u.flows) {
        if (seen.flows.has(f)) continue;
        seen.flows.add(f);
        seen.use.flows.push(f);
      }
      if (seen.whys.has(u.why)) continue;
      seen.whys.add(u.why);
      seen.use.why = `${seen.use.why} ${u.why}`;
    }
  }
  return [...byId.values()].map((m) => m.use);
}
