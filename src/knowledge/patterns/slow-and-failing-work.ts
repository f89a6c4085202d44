// Patterns for work that is slow, rate-limited or fails: move it aside, pace it, retry it or park
// it.
import { KAFKA_DOCS, type Pattern } from './pattern.js';

export const SLOW_AND_FAILING_WORK: readonly Pattern[] = [
  {
    id: 'pending-topic',
    name: 'Pending topic',
    summary: 'The consumer that reads the main topic only records the work to do on a second topic; a separate worker group drains that topic at the pace the slow step allows.',
    whenToUse: [
      'Each event triggers slow or rate-limited work (an external API, a heavy computation) while events keep arriving faster.',
      'The main topic must keep low lag for other consumers, or its retention is shorter than the backlog could grow.',
    ],
    whenNot: [
      'The work per event is fast enough that one poll batch finishes well within max.poll.interval.ms: an extra hop is pure cost.',
      'Strict end-to-end latency: the extra topic adds a produce and a fetch to every event.',
    ],
    tradeOffs: [
      'One more topic to size, retain and watch, and one more consumer group.',
      'Per-key order survives only if the pending topic is keyed by the same entity as the main topic.',
      "The backlog becomes visible as the pending topic's lag, which is exactly what an operator wants to alert on.",
    ],
    implies: {
      topics: [{ name: '<flow>.pending', role: 'pending work', config: { 'cleanup.policy': 'delete' }, why: 'holds work waiting for the slow step; retention covers the longest backlog expected' }],
      settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'the worker commits a pending record only after its work is done' }],
    },
    triggeredBy: [],
    related: ['rate-limited-worker', 'retry-topics', 'bounded-work-queue'],
    refs: [`${KAFKA_DOCS}#consumerconfigs_max.poll.interval.ms`],
  },
  {
    id: 'rate-limited-worker',
    name: 'Rate-limited worker',
    summary:
      "Consumers take a token from a shared budget before each call to the limited sink, so the whole group never exceeds the sink's allowance, and pause partitions instead of dropping work when the budget is spent.",
    whenToUse: [
      'The sink states a request limit (requests per second, a daily quota) and breaking it costs errors, bans or money.',
      'Arrival peaks above the limit are short enough that the backlog drains before retention or the latency target runs out.',
    ],
    whenNot: ['Average arrival is above the limit: no pacing helps; the limit must rise or the work shrink (batching, deduplication).', 'The sink has no limit and scales with load.'],
    tradeOffs: [
      'The budget must be shared across instances (divide it per instance, or use a shared limiter such as Redis); a per-instance limit drifts when the group rescales.',
      'Paused partitions still need poll() calls to keep the group membership alive.',
      'Lag grows during peaks by design; alert on how long the backlog takes to drain, not on lag alone.',
    ],
    implies: {
      topics: [],
      settings: [
        {
          scope: 'consumer',
          name: 'max.poll.records',
          value: '<calls the budget allows within max.poll.interval.ms>',
          why: 'a batch must fit the calls the budget allows within max.poll.interval.ms',
        },
        { scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'commit only what the sink accepted' },
      ],
    },
    triggeredBy: [{ field: 'flows[].processing.external_rate_limit_per_second', when: 'a rate limit is stated for the sink' }],
    related: ['pending-topic', 'retry-topics', 'dead-letter-topic'],
    refs: [`${KAFKA_DOCS}#consumerconfigs_max.poll.records`, 'https://kafka.apache.org/39/javadoc/org/apache/kafka/clients/consumer/KafkaConsumer.html#pause(java.util.Collection)'],
  },
  {
    id: 'dead-letter-topic',
    name: 'Dead-letter topic',
    summary: 'A record that cannot be processed after its retries is written, with the error and its origin in headers, to a separate topic, and the consumer moves on.',
    whenToUse: ['One bad record (malformed, refused by the sink for good) must not stop its partition.', 'Someone will look at failures and replay or discard them.'],
    whenNot: [
      'Every record must be handled in strict per-key order: skipping one breaks the order for its key; stop and alert instead.',
      'Nobody owns the dead letters: they become a silent data loss with extra steps.',
    ],
    tradeOffs: [
      'Keeps the partition moving at the price of handling failures out of band.',
      'Needs a replay tool and an owner; retention long enough to investigate.',
      'Distinguish permanent failures (to dead letters) from temporary ones (retry) or the topic fills with outages.',
    ],
    implies: {
      topics: [{ name: '<flow>.dlt', role: 'dead letters', config: { 'cleanup.policy': 'delete', 'retention.ms': '1209600000' }, why: 'two weeks to look at failures and replay them' }],
      settings: [],
    },
    triggeredBy: [
      { field: 'flows[].ordering', when: 'none, with a side effect and delivery at-least-once or exactly-once' },
      { field: 'flows[].ordering', when: 'per-key without state: only records an operator discards from the parked topic' },
    ],
    related: ['retry-topics', 'idempotent-consumer', 'park-key', 'halt-on-error'],
    refs: ['https://docs.confluent.io/platform/current/connect/index.html#dead-letter-queue', `${KAFKA_DOCS}#semantics`],
  },
  {
    id: 'park-key',
    name: 'Park the key',
    summary:
      'A record that fails for good is set aside with every later record of its key, in order, while other keys of the partition go on; once the cause is fixed the parked records are applied in order and the key resumes.',
    whenToUse: ['Per-key order matters but one stuck key must not stop the other keys of its partition.', 'Records do not build state across keys, and someone owns the release of parked keys.'],
    whenNot: ['Order does not matter: a dead-letter topic is simpler.', 'Every record builds on the one before across the whole partition (a global ledger): halt instead.'],
    tradeOffs: [
      'The consumer keeps the set of parked keys (rebuilt from the parked topic on assignment) and checks it for every record.',
      "A release must drain the key's parked records before new ones pass, or order breaks at the hand-over.",
      'A key parked for long grows its backlog; alert on parked keys and their age.',
    ],
    implies: {
      topics: [{ name: '<flow>.parked', role: 'parked', config: { 'cleanup.policy': 'delete' }, why: 'parked records per key, in arrival order, until they are released' }],
      settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'a record counts as handled once applied or parked, not when polled' }],
    },
    triggeredBy: [{ field: 'flows[].ordering', when: 'per-key, with an effect that does not build state (external-api, kafka) and delivery at-least-once or exactly-once' }],
    related: ['dead-letter-topic', 'halt-on-error', 'pending-topic'],
    refs: [`${KAFKA_DOCS}#semantics`, 'https://www.uber.com/blog/reliable-reprocessing/'],
  },
  {
    id: 'halt-on-error',
    name: 'Halt the partition and alert',
    summary: 'A record that fails for good stops its partition: nothing past it is committed or applied, an alert goes out, and an operator fixes the data or code and resumes from the same offset.',
    whenToUse: [
      'Each record builds on the one before it (a ledger, a balance, a cache row): applying a later record first, or replaying the failed one later, corrupts state.',
      'Global order: the whole stream depends on every record.',
    ],
    whenNot: ['Order does not matter: a dead-letter topic keeps the partition moving.', 'Nobody is on call to act on the alert: the partition lag grows until someone does.'],
    tradeOffs: [
      'Correct state at the price of availability for every key of the halted partition.',
      'Transient errors must be told apart and retried in place, or every outage halts.',
      'The paused partition still needs poll() calls so the member stays in the group.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'nothing past the failed record may be committed' }] },
    triggeredBy: [
      { field: 'flows[].state', when: 'true with per-key order' },
      { field: 'flows[].processing.side_effects', when: 'database with per-key order' },
      { field: 'flows[].ordering', when: 'global' },
    ],
    related: ['park-key', 'dead-letter-topic'],
    refs: [`${KAFKA_DOCS}#semantics`, 'https://kafka.apache.org/39/javadoc/org/apache/kafka/clients/consumer/KafkaConsumer.html#pause(java.util.Collection)'],
  },
  {
    id: 'retry-topics',
    name: 'Retry topics with backoff',
    summary: 'Temporary failures go to one or more retry topics, each consumed after a growing delay (for example 1 min, 10 min, 1 h), before a record is given up to the dead-letter topic.',
    whenToUse: ['Failures are often temporary (timeouts, 429 and 503 answers) and retrying in place would block the partition.', 'The sink recovers in minutes, not milliseconds.'],
    whenNot: ['Per-key order matters: a retried record is overtaken by later records of the same key.', 'Failures are permanent: retrying only delays the dead letter.'],
    tradeOffs: [
      'Breaks ordering for retried keys; pair it with an idempotent, order-tolerant consumer.',
      'Each delay level is a topic and a consumer group to run.',
      "The delay is a minimum: a retry consumer waits until the record's due time, so sleep or pause, do not busy-poll.",
    ],
    implies: {
      topics: [
        { name: '<flow>.retry-1m', role: 'first retry', config: { 'cleanup.policy': 'delete' }, why: 'records due again after one minute' },
        { name: '<flow>.retry-10m', role: 'second retry', config: { 'cleanup.policy': 'delete' }, why: 'records due again after ten minutes' },
      ],
      settings: [],
    },
    triggeredBy: [],
    related: ['dead-letter-topic', 'pending-topic'],
    refs: ['https://docs.spring.io/spring-kafka/reference/retrytopic.html', 'https://www.uber.com/blog/reliable-reprocessing/'],
  },
];
