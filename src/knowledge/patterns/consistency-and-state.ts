// Patterns that keep Kafka and other systems consistent (transactions, idempotency, outbox, saga)
// and that carry large or latest-state data.
import { KAFKA_DOCS, type Pattern } from './pattern.js';

export const CONSISTENCY_AND_STATE: readonly Pattern[] = [
  {
    id: 'transactional-read-process-write',
    name: 'Transactional read-process-write',
    summary: 'A consumer-producer writes its output records and the input offsets in one Kafka transaction, so each input is reflected in the output exactly once as seen by read_committed readers.',
    whenToUse: ['Input and output are both Kafka topics and duplicates in the output are not acceptable (balances, counts, payments).'],
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
    triggeredBy: [
      { field: 'flows[].delivery', when: "exactly-once, where the flow's sink is the source of another flow (both sides are Kafka)" },
      { field: 'flows[].processing.side_effects', when: 'kafka' },
      { field: 'flows[].sink', when: 'the source of another exactly-once flow' },
    ],
    related: ['idempotent-consumer', 'transactional-outbox'],
    refs: [`${KAFKA_DOCS}#semantics`, `${KAFKA_DOCS}#producerconfigs_transactional.id`, `${KAFKA_DOCS}#consumerconfigs_isolation.level`],
  },
  {
    id: 'idempotent-consumer',
    name: 'Idempotent consumer',
    summary:
      'The consumer makes a redelivered record harmless: it records which event ids it has applied (in the same database transaction as the effect) or uses an operation that is naturally idempotent (upsert, set, an idempotency key on the API).',
    whenToUse: [
      'At-least-once delivery with a side effect outside Kafka, where a duplicate would hurt (a second email, a double charge).',
      'Exactly-once is asked for but the sink is a database or an API.',
    ],
    whenNot: ['Duplicates are harmless (metrics that are overwritten, caches).'],
    tradeOffs: [
      'Needs a stable event id from the producer and storage for applied ids (with a retention that outlives redelivery).',
      'For external APIs it works only if the API accepts an idempotency key; otherwise a narrow window of duplicates remains.',
    ],
    implies: { topics: [], settings: [{ scope: 'consumer', name: 'enable.auto.commit', value: 'false', why: 'commit after the effect is recorded' }] },
    triggeredBy: [
      { field: 'flows[].delivery', when: 'at-least-once or exactly-once, with side_effects external-api or database' },
      { field: 'flows[].processing.side_effects', when: 'external-api or database, unless delivery is at-most-once' },
    ],
    related: ['transactional-outbox', 'transactional-read-process-write', 'dead-letter-topic'],
    refs: [`${KAFKA_DOCS}#semantics`, 'https://microservices.io/patterns/communication-style/idempotent-consumer.html'],
  },
  {
    id: 'transactional-outbox',
    name: 'Transactional outbox',
    summary:
      'A service writes its business change and the event describing it into its own database in one transaction; a relay (often change data capture on the outbox table) publishes the event to Kafka.',
    whenToUse: ['A database change and the event about it must never disagree (no event for a rolled-back change, no change without its event).'],
    whenNot: ['The producer has no database of its own, or the event is not tied to a state change.'],
    tradeOffs: [
      'A relay to run (Debezium or a poller) and an outbox table to clean up.',
      "Publication is asynchronous: events lag the commit by the relay's delay.",
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
    summary:
      'A business transaction spanning services that each own a database runs as a chain of local transactions linked by events; a failed or silent step triggers compensating actions that undo the steps before it.',
    whenToUse: ['Several services must each change their own database for one business operation, and a distributed transaction is not available or wanted.'],
    whenNot: ['One service owns all the data: a single database transaction is simpler.', 'A step cannot be undone or compensated (then it must come last, or need a human).'],
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
    whenToUse: ['Messages of megabytes: above the default 1 MB record limits, or large enough to slow every fetch and replica.'],
    whenNot: ['Messages below a few hundred KB: raising the size limits is simpler than a second storage system.'],
    tradeOffs: [
      "Two systems must agree: the object's lifetime has to outlive the record's retention, and deletion needs care.",
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
    whenToUse: ['Consumers need the latest value per entity (profiles, prices, configuration) and must be able to rebuild caches at any time.'],
    whenNot: ['Consumers need every change (an audit log, a ledger): compaction deletes older values.', 'Records have no key.'],
    tradeOffs: [
      'Deletes are tombstones (null values) that are themselves removed after delete.retention.ms: a consumer that is offline longer misses the delete.',
      'Compaction runs in the background; until it does, readers see several values per key.',
    ],
    implies: {
      topics: [
        {
          name: '<flow>',
          role: 'latest state',
          config: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '3600000' },
          why: 'keeps the latest value per key; the lag leaves recent history for consumers that read near the head',
        },
      ],
      settings: [],
    },
    triggeredBy: [{ field: 'flows[].state', when: 'true' }],
    related: ['event-carried-state-transfer', 'change-data-capture'],
    refs: [`${KAFKA_DOCS}#compaction`, `${KAFKA_DOCS}#topicconfigs_cleanup.policy`],
  },
];
