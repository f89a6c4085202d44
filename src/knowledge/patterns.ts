// The pattern catalog: the shapes a Kafka specialist reaches for, each with when it fits, when
// it does not, what it costs, the topics and settings it brings, and which requirement facts
// make `design` pick it. Ids are stable: the design document's patterns[].id refer to them.
import type { Scope } from './catalog.js';

export interface PatternTopic {
  /** Topic name relative to the flow's main topic: "<flow>.pending". */
  name: string;
  role: string;
  config: Record<string, string>;
  why: string;
}

export interface PatternSetting {
  scope: Extract<Scope, 'producer' | 'consumer' | 'topic'>;
  name: string;
  value: string;
  why: string;
}

export interface PatternTrigger {
  /** Requirements field the trigger reads, e.g. "flows[].processing.external_rate_limit_per_second". */
  field: string;
  when: string;
}

export interface Pattern {
  id: string;
  name: string;
  summary: string;
  whenToUse: string[];
  whenNot: string[];
  tradeOffs: string[];
  implies: { topics: PatternTopic[]; settings: PatternSetting[] };
  /** Facts that make `design` choose it; empty when it is only offered as an alternative. */
  triggeredBy: PatternTrigger[];
  related: string[];
  refs: string[];
}

const KAFKA_DOCS = 'https://kafka.apache.org/documentation/';

export const PATTERNS: readonly Pattern[] = [
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
      'The backlog becomes visible as the pending topic\'s lag, which is exactly what an operator wants to alert on.',
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
    summary: 'Consumers take a token from a shared budget before each call to the limited sink, so the whole group never exceeds the sink\'s allowance, and pause partitions instead of dropping work when the budget is spent.',
    whenToUse: [
      'The sink states a request limit (requests per second, a daily quota) and breaking it costs errors, bans or money.',
      'Arrival peaks above the limit are short enough that the backlog drains before retention or the latency target runs out.',
    ],
    whenNot: [
      'Average arrival is above the limit: no pacing helps; the limit must rise or the work shrink (batching, deduplication).',
      'The sink has no limit and scales with load.',
    ],
    tradeOffs: [
      'The budget must be shared across instances (divide it per instance, or use a shared limiter such as Redis); a per-instance limit drifts when the group rescales.',
      'Paused partitions still need poll() calls to keep the group membership alive.',
      'Lag grows during peaks by design; alert on how long the backlog takes to drain, not on lag alone.',
    ],
    implies: {
      topics: [],
      settings: [
        { scope: 'consumer', name: 'max.poll.records', value: '<calls the budget allows within max.poll.interval.ms>', why: 'a batch must fit the calls the budget allows within max.poll.interval.ms' },
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
    whenToUse: [
      'One bad record (malformed, refused by the sink for good) must not stop its partition.',
      'Someone will look at failures and replay or discard them.',
    ],
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
    triggeredBy: [{ field: 'flows[].ordering', when: 'none, with a side effect and delivery at-least-once or exactly-once' }, { field: 'flows[].ordering', when: 'per-key without state: only records an operator discards from the parked topic' }],
    related: ['retry-topics', 'idempotent-consumer', 'park-key', 'halt-on-error'],
    refs: ['https://docs.confluent.io/platform/current/connect/index.html#dead-letter-queue', `${KAFKA_DOCS}#semantics`],
  },
  {
    id: 'park-key',
    name: 'Park the key',
    summary: 'A record that fails for good is set aside with every later record of its key, in order, while other keys of the partition go on; once the cause is fixed the parked records are applied in order and the key resumes.',
    whenToUse: [
      'Per-key order matters but one stuck key must not stop the other keys of its partition.',
      'Records do not build state across keys, and someone owns the release of parked keys.',
    ],
    whenNot: [
      'Order does not matter: a dead-letter topic is simpler.',
      'Every record builds on the one before across the whole partition (a global ledger): halt instead.',
    ],
    tradeOffs: [
      'The consumer keeps the set of parked keys (rebuilt from the parked topic on assignment) and checks it for every record.',
      'A release must drain the key\'s parked records before new ones pass, or order breaks at the hand-over.',
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
    whenNot: [
      'Order does not matter: a dead-letter topic keeps the partition moving.',
      'Nobody is on call to act on the alert: the partition lag grows until someone does.',
    ],
    tradeOffs: [
      'Correct state at the price of availability for every key of the halted partition.',
      'Transient errors must be told apart and retried in place, or every outage halts.',
      'The paused partition still needs poll() calls so the member stays in the group.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'nothing past the failed record may be committed' }] },
    triggeredBy: [{ field: 'flows[].state', when: 'true with per-key order' }, { field: 'flows[].processing.side_effects', when: 'database with per-key order' }, { field: 'flows[].ordering', when: 'global' }],
    related: ['park-key', 'dead-letter-topic'],
    refs: [`${KAFKA_DOCS}#semantics`, 'https://kafka.apache.org/39/javadoc/org/apache/kafka/clients/consumer/KafkaConsumer.html#pause(java.util.Collection)'],
  },
  {
    id: 'retry-topics',
    name: 'Retry topics with backoff',
    summary: 'Temporary failures go to one or more retry topics, each consumed after a growing delay (for example 1 min, 10 min, 1 h), before a record is given up to the dead-letter topic.',
    whenToUse: [
      'Failures are often temporary (timeouts, 429 and 503 answers) and retrying in place would block the partition.',
      'The sink recovers in minutes, not milliseconds.',
    ],
    whenNot: [
      'Per-key order matters: a retried record is overtaken by later records of the same key.',
      'Failures are permanent: retrying only delays the dead letter.',
    ],
    tradeOffs: [
      'Breaks ordering for retried keys; pair it with an idempotent, order-tolerant consumer.',
      'Each delay level is a topic and a consumer group to run.',
      'The delay is a minimum: a retry consumer waits until the record\'s due time, so sleep or pause, do not busy-poll.',
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
  {
    id: 'transactional-read-process-write',
    name: 'Transactional read-process-write',
    summary: 'A consumer-producer writes its output records and the input offsets in one Kafka transaction, so each input is reflected in the output exactly once as seen by read_committed readers.',
    whenToUse: [
      'Input and output are both Kafka topics and duplicates in the output are not acceptable (balances, counts, payments).',
    ],
    whenNot: [
      'The side effect leaves Kafka (an email, an HTTP call, a database write): the transaction cannot cover it; use an idempotent consumer or an outbox.',
      'Downstream readers cannot be set to read_committed.',
    ],
    tradeOffs: [
      'Commit latency: output becomes visible to read_committed readers only when the transaction commits, so end-to-end latency grows by the commit interval.',
      'A transactional.id per producer instance (or per input partition on old brokers), and fencing to understand.',
      'Hanging or aborted transactions hold back the last stable offset; transaction.timeout.ms bounds it.',
    ],
    implies: {
      topics: [],
      settings: [
        { scope: 'producer', name: 'transactional.id', value: '<app>-<instance>', why: 'identifies the producer across restarts so a zombie is fenced' },
        { scope: 'producer', name: 'enable.idempotence', value: 'true', why: 'transactions require it' },
        { scope: 'consumer', name: 'isolation.level', value: 'read_committed', why: 'readers see only committed output' },
        { scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'offsets are committed inside the transaction' },
      ],
    },
    triggeredBy: [{ field: 'flows[].delivery', when: 'exactly-once, where the flow\'s sink is the source of another flow (both sides are Kafka)' }, { field: 'flows[].processing.side_effects', when: 'kafka' }, { field: 'flows[].sink', when: 'the source of another exactly-once flow' }],
    related: ['idempotent-consumer', 'transactional-outbox'],
    refs: [`${KAFKA_DOCS}#semantics`, `${KAFKA_DOCS}#producerconfigs_transactional.id`, `${KAFKA_DOCS}#consumerconfigs_isolation.level`],
  },
  {
    id: 'idempotent-consumer',
    name: 'Idempotent consumer',
    summary: 'The consumer makes a redelivered record harmless: it records which event ids it has applied (in the same database transaction as the effect) or uses an operation that is naturally idempotent (upsert, set, an idempotency key on the API).',
    whenToUse: [
      'At-least-once delivery with a side effect outside Kafka, where a duplicate would hurt (a second email, a double charge).',
      'Exactly-once is asked for but the sink is a database or an API.',
    ],
    whenNot: [
      'Duplicates are harmless (metrics that are overwritten, caches).',
    ],
    tradeOffs: [
      'Needs a stable event id from the producer and storage for applied ids (with a retention that outlives redelivery).',
      'For external APIs it works only if the API accepts an idempotency key; otherwise a narrow window of duplicates remains.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'commit after the effect is recorded' }] },
    triggeredBy: [{ field: 'flows[].delivery', when: 'at-least-once or exactly-once, with side_effects external-api or database' }, { field: 'flows[].processing.side_effects', when: 'external-api or database, unless delivery is at-most-once' }],
    related: ['transactional-outbox', 'transactional-read-process-write', 'dead-letter-topic'],
    refs: [`${KAFKA_DOCS}#semantics`, 'https://microservices.io/patterns/communication-style/idempotent-consumer.html'],
  },
  {
    id: 'transactional-outbox',
    name: 'Transactional outbox',
    summary: 'A service writes its business change and the event describing it into its own database in one transaction; a relay (often change data capture on the outbox table) publishes the event to Kafka.',
    whenToUse: [
      'A database change and the event about it must never disagree (no event for a rolled-back change, no change without its event).',
    ],
    whenNot: [
      'The producer has no database of its own, or the event is not tied to a state change.',
    ],
    tradeOffs: [
      'A relay to run (Debezium or a poller) and an outbox table to clean up.',
      'Publication is asynchronous: events lag the commit by the relay\'s delay.',
      'The relay delivers at least once: consumers still need to be idempotent.',
    ],
    implies: { topics: [], settings: [{ scope: 'producer', name: 'enable.idempotence', value: 'true', why: 'the relay retries; idempotence keeps retries from duplicating within a partition' }] },
    triggeredBy: [],
    related: ['change-data-capture', 'idempotent-consumer'],
    refs: ['https://microservices.io/patterns/data/transactional-outbox.html', 'https://debezium.io/documentation/reference/stable/transformations/outbox-event-router.html'],
  },
  {
    id: 'saga',
    name: 'Saga (choreographed)',
    summary: 'A business transaction spanning services that each own a database runs as a chain of local transactions linked by events; a failed or silent step triggers compensating actions that undo the steps before it.',
    whenToUse: [
      'Several services must each change their own database for one business operation, and a distributed transaction is not available or wanted.',
    ],
    whenNot: [
      'One service owns all the data: a single database transaction is simpler.',
      'A step cannot be undone or compensated (then it must come last, or need a human).',
    ],
    tradeOffs: [
      'Intermediate states are visible: other readers see the first steps before the last one commits.',
      'Every step needs a compensation, a timeout and de-duplication (an inbox table keyed by event id).',
    ],
    implies: { topics: [], settings: [] },
    triggeredBy: [{ field: 'flows[].source / flows[].sink / flows[].processing.side_effects', when: 'flows chain services that each write their own database' }],
    related: ['transactional-outbox', 'idempotent-consumer'],
    refs: ['https://microservices.io/patterns/data/saga.html'],
  },
  {
    id: 'claim-check',
    name: 'Claim check',
    summary: 'Large payloads are stored in an object store; the Kafka record carries a reference (and a checksum) to it.',
    whenToUse: [
      'Messages of megabytes: above the default 1 MB record limits, or large enough to slow every fetch and replica.',
    ],
    whenNot: [
      'Messages below a few hundred KB: raising the size limits is simpler than a second storage system.',
    ],
    tradeOffs: [
      'Two systems must agree: the object\'s lifetime has to outlive the record\'s retention, and deletion needs care.',
      'Consumers need access to the store; replays fetch the payload again.',
    ],
    implies: { topics: [], settings: [] },
    triggeredBy: [{ field: 'flows[].throughput.message_bytes', when: 'above 1 MB (1,000,000 bytes)' }],
    related: [],
    refs: ['https://www.enterpriseintegrationpatterns.com/patterns/messaging/StoreInLibrary.html', `${KAFKA_DOCS}#topicconfigs_max.message.bytes`],
  },
  {
    id: 'compacted-state-topic',
    name: 'Compacted state topic',
    summary: 'A topic with cleanup.policy=compact keeps at least the latest record per key forever, so a consumer can rebuild the current state by reading it from the start.',
    whenToUse: [
      'Consumers need the latest value per entity (profiles, prices, configuration) and must be able to rebuild caches at any time.',
    ],
    whenNot: [
      'Consumers need every change (an audit log, a ledger): compaction deletes older values.',
      'Records have no key.',
    ],
    tradeOffs: [
      'Deletes are tombstones (null values) that are themselves removed after delete.retention.ms: a consumer that is offline longer misses the delete.',
      'Compaction runs in the background; until it does, readers see several values per key.',
    ],
    implies: {
      topics: [{ name: '<flow>', role: 'latest state', config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '3600000' }, why: 'keeps the latest value per key; the lag leaves recent history for consumers that read near the head' }],
      settings: [],
    },
    triggeredBy: [{ field: 'flows[].state', when: 'true' }],
    related: ['event-carried-state-transfer', 'change-data-capture'],
    refs: [`${KAFKA_DOCS}#compaction`, `${KAFKA_DOCS}#topicconfigs_cleanup.policy`],
  },
  {
    id: 'key-ordered-parallel-processing',
    name: 'Key-ordered parallel processing',
    summary: 'Inside one consumer, records are processed concurrently across keys but in order within a key, and offsets are committed only up to the lowest record not yet done.',
    whenToUse: [
      'Per-key order is needed and processing is slow, but the partition count (and so the number of consumers) cannot grow enough.',
    ],
    whenNot: [
      'Few distinct keys: concurrency is bounded by the number of keys in flight.',
      'A simpler fix exists: more partitions and instances within max_instances.',
    ],
    tradeOffs: [
      'Offset tracking is yours (or a library\'s such as Confluent Parallel Consumer); a crash replays everything above the committed offset.',
      'Memory bounded by the in-flight limit; back-pressure by pausing partitions.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'commits follow the lowest unfinished offset, not the poll position' }] },
    triggeredBy: [{ field: 'flows[].ordering', when: 'per-key, when peak rate x processing time needs more concurrent handlers than max_instances consumers give' }, { field: 'flows[].processing.per_message_ms', when: 'slow enough that one consumer per instance cannot keep up' }, { field: 'flows[].throughput.peak_per_second', when: 'high enough to need more handlers than instances' }, { field: 'flows[].processing.max_instances', when: 'too few instances for the handlers needed' }],
    related: ['unordered-parallel-processing', 'bounded-work-queue'],
    refs: ['https://github.com/confluentinc/parallel-consumer'],
  },
  {
    id: 'schema-registry',
    name: 'Schema registry',
    summary: 'Producers register the schema of each event; records carry a schema id; the registry refuses a new schema that would break existing readers.',
    whenToUse: ['The event format will change while producers and consumers are deployed independently.'],
    whenNot: ['A throwaway or single-team flow whose producer and consumer always ship together.'],
    tradeOffs: [
      'Another service in the path of every new producer (schemas are cached, so not of every record).',
      'The compatibility mode is a team decision: BACKWARD (the registry default) means consumers upgrade before producers; FULL allows either order and is the strictest.',
    ],
    implies: { topics: [], settings: [] },
    triggeredBy: [{ field: 'flows[].schema.format', when: 'avro, protobuf or json-schema' }, { field: 'flows[].schema.evolves', when: 'true (plain JSON is then told to move to a registered format)' }],
    related: ['event-carried-state-transfer'],
    refs: ['https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html'],
  },
  {
    id: 'unordered-parallel-processing',
    name: 'Unordered parallel processing',
    summary: 'When order does not matter, a consumer processes records of a partition concurrently, committing only up to the lowest unfinished offset.',
    whenToUse: ['Slow, independent work per record and no ordering requirement.'],
    whenNot: ['Any ordering requirement; use key-ordered parallel processing instead.'],
    tradeOffs: [
      'Highest concurrency per consumer, but a crash replays everything in flight: the work must be idempotent.',
      'Records are not keyed, so partitions are filled evenly by the sticky partitioner.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'commit the lowest unfinished offset' }] },
    triggeredBy: [{ field: 'flows[].ordering', when: 'none, when peak rate x processing time needs more concurrent handlers than max_instances consumers give' }, { field: 'flows[].processing.per_message_ms', when: 'slow enough that one consumer per instance cannot keep up' }, { field: 'flows[].throughput.peak_per_second', when: 'high enough to need more handlers than instances' }, { field: 'flows[].processing.max_instances', when: 'too few instances for the handlers needed' }],
    related: ['key-ordered-parallel-processing', 'idempotent-consumer'],
    refs: ['https://github.com/confluentinc/parallel-consumer'],
  },
  {
    id: 'static-membership',
    name: 'Static membership',
    summary: 'Each consumer instance keeps a fixed group.instance.id, so a restart within session.timeout.ms gets its partitions back without a rebalance.',
    whenToUse: [
      'Rolling deploys and restarts on Kubernetes (a StatefulSet gives stable names) cause rebalance storms.',
      'Consumers hold local state or caches per partition.',
    ],
    whenNot: [
      'Instances have no stable identity (autoscaled pods with random names).',
    ],
    tradeOffs: [
      'A dead instance\'s partitions wait up to session.timeout.ms before they move: set it to cover a restart, not much more.',
      'Two live instances with the same id fence each other.',
    ],
    implies: {
      topics: [],
      settings: [
        { scope: 'consumer', name: 'group.instance.id', value: '<stable instance name>', why: 'the identity that survives a restart' },
        { scope: 'consumer', name: 'session.timeout.ms', value: 'longer than a restart', why: 'a restarting member must come back before it is declared gone' },
      ],
    },
    triggeredBy: [],
    related: ['cooperative-rebalancing'],
    refs: ['https://cwiki.apache.org/confluence/display/KAFKA/KIP-345%3A+Introduce+static+membership+protocol+to+reduce+consumer+rebalances', `${KAFKA_DOCS}#consumerconfigs_group.instance.id`],
  },
  {
    id: 'cooperative-rebalancing',
    name: 'Cooperative rebalancing',
    summary: 'Members give up only the partitions that move, instead of all partitions at every rebalance: the cooperative-sticky assignor, or the new consumer group protocol (group.protocol=consumer) from Kafka 4.0.',
    whenToUse: [
      'Groups with many members or slow processing, where a stop-the-world rebalance stalls the whole group.',
    ],
    whenNot: [
      'Clients that do not support it (kafkajs has no cooperative assignor).',
    ],
    tradeOffs: [
      'Moving from eager to cooperative needs two rolling restarts with both assignors listed.',
      'Rebalances happen in two rounds; each is shorter and most partitions keep processing.',
    ],
    implies: {
      topics: [],
      settings: [{ scope: 'consumer', name: 'partition.assignment.strategy', value: 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor', why: 'incremental rebalances with the classic protocol' }],
    },
    triggeredBy: [],
    related: ['static-membership'],
    refs: ['https://cwiki.apache.org/confluence/display/KAFKA/KIP-429%3A+Kafka+Consumer+Incremental+Rebalance+Protocol', 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-848%3A+The+Next+Generation+of+the+Consumer+Rebalance+Protocol', `${KAFKA_DOCS}#consumerconfigs_partition.assignment.strategy`],
  },
  {
    id: 'bounded-work-queue',
    name: 'Bounded in-memory work queue',
    summary: 'The poll loop hands records to a bounded in-process queue served by worker threads, and pauses partitions when the queue is full.',
    whenToUse: [
      'Short bursts of slow work, a consumer that must keep polling, and losing or replaying the in-flight records on a crash is acceptable.',
    ],
    whenNot: [
      'No data loss is allowed and offsets are committed as records are queued: a crash loses everything in the queue. Commit only what workers finished, or use a pending topic.',
    ],
    tradeOffs: [
      'Why it loses data: once offsets past a queued record are committed, that record exists only in memory; a crash, OOM kill or deploy drops it and Kafka will not deliver it again.',
      'Committing only finished work fixes the loss but turns it into replays (duplicates) after a crash.',
      'Cheaper than a second topic; capacity is limited to one process.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'the auto-commit timer would commit records still in the queue' }] },
    triggeredBy: [],
    related: ['pending-topic', 'key-ordered-parallel-processing'],
    refs: [`${KAFKA_DOCS}#consumerconfigs_enable.auto.commit`],
  },
  {
    id: 'change-data-capture',
    name: 'Change data capture',
    summary: 'A connector reads a database\'s change log (Postgres WAL, MySQL binlog) and publishes each row change to Kafka, without touching the application.',
    whenToUse: [
      'Events must reflect a database that other code writes to, or an outbox table.',
    ],
    whenNot: [
      'The events describe business intent rather than row changes: table rows leak the storage model to every consumer.',
    ],
    tradeOffs: [
      'Kafka Connect and a connector (Debezium) to operate; the database needs logical replication enabled.',
      'Schema changes in the table become event schema changes.',
    ],
    implies: { topics: [], settings: [] },
    triggeredBy: [],
    related: ['transactional-outbox', 'compacted-state-topic'],
    refs: ['https://debezium.io/documentation/reference/stable/index.html', `${KAFKA_DOCS}#connect`],
  },
  {
    id: 'event-carried-state-transfer',
    name: 'Event-carried state transfer',
    summary: 'Events carry the full state of the entity (or all fields a consumer needs), so consumers keep their own copy and never call back the producer.',
    whenToUse: [
      'Many consumers need the same entity and calling the owning service would couple them to its availability.',
    ],
    whenNot: [
      'Large entities that change often: every change ships the whole entity.',
      'Data that must not be copied (personal data under strict deletion rules) unless deletes are propagated.',
    ],
    tradeOffs: [
      'Consumers hold eventually consistent copies.',
      'The event schema is a public contract: evolve it with a registry.',
    ],
    implies: { topics: [], settings: [] },
    triggeredBy: [],
    related: ['compacted-state-topic', 'schema-registry'],
    refs: ['https://martinfowler.com/articles/201701-event-driven.html'],
  },
  {
    id: 'request-reply',
    name: 'Request-reply over Kafka',
    summary: 'A requester sends a record with a correlation id and a reply topic in headers; the responder answers on that topic; the requester matches replies by correlation id.',
    whenToUse: [
      'An asynchronous command whose result is needed later, where both sides already speak Kafka and the request must survive restarts.',
    ],
    whenNot: [
      'Interactive calls that need an answer within milliseconds: HTTP or gRPC is simpler and faster.',
    ],
    tradeOffs: [
      'The requester needs a reply topic (or partition) it alone reads, and a timeout for replies that never come.',
      'Replies are at least once: match and discard duplicates by correlation id.',
    ],
    implies: {
      topics: [{ name: '<flow>.replies', role: 'replies', config: { 'cleanup.policy': 'delete', 'retention.ms': '3600000' }, why: 'replies are useful for minutes, not days' }],
      settings: [],
    },
    triggeredBy: [],
    related: ['idempotent-consumer'],
    refs: ['https://www.enterpriseintegrationpatterns.com/patterns/messaging/RequestReply.html', 'https://docs.spring.io/spring-kafka/reference/kafka/sending-messages.html#replying-template'],
  },
];

export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
