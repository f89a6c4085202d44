// Patterns for scaling consumers past the partition count and keeping groups stable, and for
// integrating services through Kafka.
import { KAFKA_DOCS, type Pattern } from './pattern.js';

export const CONSUMER_SCALING_AND_INTEGRATION: readonly Pattern[] = [
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
