// What the consumer does when processing a record fails. The choice follows three facts: whether
// order matters, whether the effect applies state (a later record builds on the earlier one), and
// the kind of error. Transient errors (timeouts, HTTP 429/503, broker back-pressure) are waited out
// on the same partition; only permanent ones (bad data, a refusal that will not change) leave it,
// and where they go depends on what skipping a record would do to the records behind it.
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { Alternative, PatternUse, Rationale, TopicDesign } from '../../model/design.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';
import { fmtMs } from '../../model/units.js';
import type { ReplicationDecision } from './replication.js';
import { recordBytes } from './topic.js';

/** Where a record goes once its error is known to be permanent. */
export type PermanentErrorPath = 'dead-letter' | 'park-key' | 'halt-partition' | 'skip-and-log' | 'not-needed';

export interface FailurePlan {
  permanent: PermanentErrorPath;
  patterns: PatternUse[];
  alternatives: Alternative[];
  /** Topics the path needs (dead letters, parked records). */
  topics: TopicDesign[];
  /** For the consumer's rationale: transient and permanent handling, with the reasons. */
  rationale: Rationale[];
}

/**
 * A later record of the same key (or of the whole stream) builds on the earlier one: a cache or
 * table row, a ledger, a balance. Skipping a failed record and replaying it later writes old state
 * over new, so these flows must not skip.
 */
export function appliesOrderedState(flow: FlowFacts): boolean {
  if (flow.ordering === 'global') return true;
  return flow.ordering === 'per-key' && (flow.state || flow.processing.sideEffects === 'database');
}

/** The consumer does something that can fail for good (an effect, state, a transactional write). */
function canFailPermanently(flow: FlowFacts): boolean {
  return flow.processing.sideEffects !== 'none' || flow.state || flow.ordering === 'global';
}

export function choosePermanentPath(flow: FlowFacts): PermanentErrorPath {
  if (!canFailPermanently(flow)) return 'not-needed';
  if (flow.delivery === 'at-most-once') return 'skip-and-log';
  if (appliesOrderedState(flow)) return 'halt-partition';
  if (flow.ordering === 'per-key') return 'park-key';
  return 'dead-letter';
}

export function planFailureHandling(facts: Facts, flow: FlowFacts, main: TopicDesign, replication: ReplicationDecision): FailurePlan {
  const permanent = choosePermanentPath(flow);
  const patterns: PatternUse[] = [];
  const alternatives: Alternative[] = [];
  const topics: TopicDesign[] = [];
  const rationale: Rationale[] = [];
  if (permanent === 'not-needed') return { permanent, patterns, alternatives, topics, rationale };
  const use = (id: string, why: string) => patterns.push({ id, why, flows: [flow.name] });
  const alt = (option: string, chosen: boolean, why: string) => alternatives.push({ flow: flow.name, decision: 'failing records', option, chosen, why });
  const key = flow.key ?? 'key';
  const attempts = PLANNING.attemptsBeforePermanent;

  rationale.push({
    setting: 'transient errors',
    why: `Timeouts, HTTP 429/503 and broker back-pressure pass: pause the record's partition (consumer.pause), retry the same record with exponential backoff from ${fmtMs(PLANNING.retryBackoffInitialMs)} up to ${fmtMs(PLANNING.retryBackoffMaxMs)}, keep calling poll() so the member stays in the group, and resume once it succeeds. Nothing is committed past it and nothing goes to a dead-letter topic: an outage would otherwise fill it with good records.`,
    refs: [DOCS.consumerPause],
  });
  const transactional = flow.processing.sideEffects === 'kafka' && flow.delivery === 'exactly-once';
  const poison = transactional
    ? ` In a transaction a failure aborts and the consumer seeks back to the last committed offset, so the record comes back: count attempts per partition and offset in the process (they survive the abort), and after ${attempts} take the permanent path inside the next transaction instead of aborting again.`
    : '';

  if (permanent === 'skip-and-log') {
    rationale.push({
      setting: 'permanent errors',
      why: 'At-most-once: a record that cannot be processed is logged with its partition and offset and skipped; losing it is within the guarantee.',
      refs: [DOCS.semantics],
    });
    return { permanent, patterns, alternatives, topics, rationale };
  }

  if (permanent === 'halt-partition') {
    const scope = flow.ordering === 'global' ? 'the flow (one partition holds the whole order)' : `the record's partition; other partitions go on`;
    const effect = flow.ordering === 'global' ? 'every later record depends on the order' : `the ${flow.state ? 'state' : 'database row'} of a ${key} is built record by record`;
    use(
      'halt-on-error',
      `A record that fails ${attempts} times with a non-transient error stops ${scope}: the consumer pauses it, commits nothing past the record, and alerts. ${capitalize(effect)}, so applying later records while this one waits, or replaying it afterwards, would write old state over new. An operator fixes the data or the code and resumes from the same offset.${poison}`,
    );
    alt('halt the partition and alert', true, `${capitalize(effect)}: no record may be applied before the one ahead of it`);
    alt(
      'dead-letter topic after bounded retries',
      false,
      `the next record of the ${key} is applied while the failed one waits, and replaying it later writes old state over new: a dead letter does not keep per-key order`,
    );
    if (flow.ordering === 'per-key') {
      alt(
        `park the ${key} (its later records wait behind it)`,
        false,
        `keeps other ${key}s moving, at the cost of a parked store that must itself be applied in order before the ${key} resumes; worth it when one stuck ${key} must not stall a partition's other ${key}s for long`,
      );
    }
    rationale.push({ setting: 'permanent errors', why: `Halt and alert (halt-on-error): ${effect}.`, refs: [DOCS.ordering] });
    return { permanent, patterns, alternatives, topics, rationale };
  }

  const dlt = deadLetterTopic(facts, flow, main, replication, permanent);
  if (permanent === 'park-key') {
    const parked = parkedTopic(facts, flow, main, replication);
    topics.push(parked, dlt);
    use(
      'park-key',
      `A record of a ${key} that fails ${attempts} times with a non-transient error is parked: it is written to ${parked.name} (keyed by ${key}), the ${key} is marked parked, and every later record of that ${key} follows it to ${parked.name} so it waits behind the failed one; other ${key}s go on. The parked set is rebuilt from ${parked.name} when partitions are assigned. Release: once the cause is fixed, a release worker applies the ${key}'s parked records in order and clears the mark; only then do new records of the ${key} go straight through.${poison}`,
    );
    use(
      'dead-letter-topic',
      `${dlt.name} receives only what an operator discards from ${parked.name} (with the error in headers), never records skipped automatically, so the ${key}'s order is decided by a person.`,
    );
    alt(`park the ${key}: later records of it wait in ${parked.name}`, true, `per-key order holds and one bad ${key} does not stop the other ${key}s of its partition`);
    alt('dead-letter topic after bounded retries', false, `skips the failed record: later records of the ${key} overtake it, and a replay arrives out of order`);
    alt('halt the partition', false, `order holds, but one bad ${key} stops every ${key} of its partition`);
    alt('retry topics with backoff', false, `a retried record is overtaken by later records of the same ${key}`);
    rationale.push({
      setting: 'permanent errors',
      why: `Park the ${key} (park-key): records of one ${key} must stay in order, but nothing builds state across records, so only that ${key} waits.`,
      refs: [DOCS.ordering],
    });
    return { permanent, patterns, alternatives, topics, rationale };
  }

  topics.push(dlt);
  use(
    'dead-letter-topic',
    `A record that fails ${attempts} times with a non-transient error (bad data, a refusal that will not change) goes to ${dlt.name} with the error, topic, partition and offset in headers, and the consumer moves on. Order does not matter on this flow, so skipping a record harms no other.${poison}`,
  );
  alt('retry in place forever', false, 'one poison record would stop its partition');
  alt('retry topics with backoff', false, 'transient errors are already retried in place with the partition paused; retry topics help only when failures last longer than a paused partition can wait');
  alt('dead-letter topic after bounded retries', true, 'keeps partitions moving and keeps the failed record for inspection and replay');
  rationale.push({ setting: 'permanent errors', why: `Dead-letter topic ${dlt.name} after ${attempts} attempts: order does not matter on this flow.`, refs: [] });
  return { permanent, patterns, alternatives, topics, rationale };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A side topic for failed records: rare, so few partitions, same durability as the main topic. */
function sideTopic(facts: Facts, flow: FlowFacts, main: TopicDesign, replication: ReplicationDecision, suffix: string, role: string): TopicDesign {
  const partitions = Math.min(main.partitions, Math.max(1, facts.brokers));
  const retentionMs = Math.max(PLANNING.deadLetterRetentionMs, flow.retentionMs < 0 ? 0 : flow.retentionMs);
  const share = PLANNING.failedRecordShare;
  const peak = main.sizing.peakBytesPerSecond * share;
  const average = flow.averagePerSecond * flow.growthFactor * recordBytes(flow) * share;
  return {
    name: `${main.name}.${suffix}`,
    flows: [flow.name],
    role,
    partitions,
    replicationFactor: main.replicationFactor,
    key: main.key,
    config: {
      'min.insync.replicas': main.config['min.insync.replicas'] ?? String(replication.minInsyncReplicas),
      'cleanup.policy': 'delete',
      'retention.ms': String(retentionMs),
      ...(main.config['unclean.leader.election.enable'] ? { 'unclean.leader.election.enable': main.config['unclean.leader.election.enable'] } : {}),
    },
    sizing: { peakBytesPerSecond: peak, diskBytes: average * (retentionMs / 1000) * main.replicationFactor },
    rationale: [
      {
        setting: 'partitions',
        why: `Failed records are rare (sized at ${share * 100} % of the flow): min(${main.partitions} main partitions, ${facts.brokers} broker(s)) = ${partitions}.`,
        refs: [DOCS.partitions],
      },
      {
        setting: 'retention.ms',
        why: `${fmtMs(retentionMs)}: at least ${fmtMs(PLANNING.deadLetterRetentionMs)}${flow.retentionMs > PLANNING.deadLetterRetentionMs ? " (the main topic's retention is longer)" : ''}, long enough for someone to look at the failure and act on it.`,
        refs: [],
      },
      { setting: 'min.insync.replicas', why: 'Same durability as the main topic: a failed record is often the only copy of its event.', refs: [DOCS.replication] },
    ],
  };
}

function deadLetterTopic(facts: Facts, flow: FlowFacts, main: TopicDesign, replication: ReplicationDecision, path: PermanentErrorPath): TopicDesign {
  const topic = sideTopic(facts, flow, main, replication, 'dlt', 'dead-letter');
  topic.rationale.push({
    setting: 'key',
    why:
      path === 'park-key'
        ? `Keyed like the main topic so an operator finds a ${flow.key ?? 'key'}'s discarded records together; it only receives records a person discarded from the parked topic.`
        : 'Keyed like the main topic for inspection. A replay lands after newer records; that is acceptable only because order does not matter on this flow.',
    refs: [],
  });
  return topic;
}

function parkedTopic(facts: Facts, flow: FlowFacts, main: TopicDesign, replication: ReplicationDecision): TopicDesign {
  const topic = sideTopic(facts, flow, main, replication, 'parked', 'parked');
  topic.rationale.push({
    setting: 'key',
    why: `Keyed by ${flow.key ?? 'the same key'} like the main topic: a ${flow.key ?? 'key'}'s parked records sit in one partition in the order they arrived, so the release applies them in order.`,
    refs: [DOCS.ordering],
  });
  return topic;
}
