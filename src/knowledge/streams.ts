// Kafka Streams facts: how the DSL names what it generates, and where the documentation says so.
// Names follow KStreamImpl/KTableImpl's prefixes plus a ten-digit index ("KSTREAM-MAP-0000000003");
// a user-given name (Named.as, Grouped.as, Materialized.as, StreamJoined.withName) replaces them.

export const STREAMS_DOCS = {
  topology: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-topology-naming.html',
  dsl: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html',
  joins: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#joining',
  coPartitioning: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#join-co-partitioning-requirements',
  windowing: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#windowing',
  suppress: 'https://kafka.apache.org/documentation/streams/developer-guide/dsl-api.html#window-final-results',
  internalTopics: 'https://kafka.apache.org/documentation/streams/developer-guide/manage-topics.html',
  stateStores: 'https://kafka.apache.org/documentation/streams/developer-guide/processor-api.html#fault-tolerant-state-stores',
  config: 'https://kafka.apache.org/documentation/streams/developer-guide/config-streams.html',
  optimization: 'https://kafka.apache.org/documentation/streams/developer-guide/optimizing-streams.html',
  eos: 'https://kafka.apache.org/documentation/streams/core-concepts#streams_processing_guarantee',
  scaling: 'https://kafka.apache.org/documentation/streams/architecture#streams_architecture_tasks',
  testing: 'https://kafka.apache.org/documentation/streams/developer-guide/testing.html',
} as const;

/** The ten-digit index the DSL appends to a generated name; it shifts when operators are added before it. */
export const GENERATED_NAME = /^(KSTREAM|KTABLE)-[A-Z-]+-\d{10}(-[a-z-]+)?$/;

/** Internal topic suffixes (the topic is created as "<application.id>-<name>"). */
export const REPARTITION_SUFFIX = '-repartition';
export const CHANGELOG_SUFFIX = '-changelog';

/** Generated processor prefixes whose operation may change the record key (a later join or aggregation repartitions). */
export const KEY_CHANGING_PREFIXES = ['KSTREAM-KEY-SELECT-', 'KSTREAM-MAP-', 'KSTREAM-FLATMAP-', 'KSTREAM-TRANSFORM-', 'KSTREAM-FLATTRANSFORM-', 'KSTREAM-PROCESSOR-', 'KTABLE-SELECT-'] as const;

export const JOIN_KINDS = ['stream-stream', 'stream-table', 'table-table', 'foreign-key', 'stream-globaltable', 'shared-store'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];

/** Which join a processor's generated (or StreamJoined/Named-derived) name shows it belongs to. */
export const JOIN_NAME_PATTERNS: ReadonlyArray<{ kind: JoinKind; pattern: RegExp }> = [
  { kind: 'foreign-key', pattern: /^KTABLE-FK-JOIN-|-subscription-(registration|response|store)|-fk-join-/i },
  { kind: 'stream-stream', pattern: /^KSTREAM-(JOINTHIS|JOINOTHER|OUTERTHIS|OUTEROTHER|WINDOWED|OUTERSHARED)-|-(this|other|outer-this|outer-other)-join$|-(this|other)-windowed$/ },
  { kind: 'table-table', pattern: /^KTABLE-(JOINTHIS|JOINOTHER|LEFTTHIS|LEFTOTHER|OUTERTHIS|OUTEROTHER)-/ },
  { kind: 'stream-table', pattern: /^KSTREAM-(JOIN|LEFTJOIN)-\d/ },
];

/** Stores a stream-stream join keeps: window stores, so their changelogs are compact,delete. */
export const WINDOWED_JOIN_STORE = /^KSTREAM-(JOINTHIS|JOINOTHER|OUTERSHARED)-\d{10}-store$|-(this|other|outer-shared)-join-store$/;

/** Facts from the Streams configuration docs that the catalog's single default does not carry. */
export const STREAMS_FACTS = {
  /** commit.interval.ms defaults to 100 when processing.guarantee is exactly-once (30000 otherwise, per the catalog). */
  eosCommitIntervalMs: 100,
  /** exactly_once_v2 needs brokers 2.5 or newer (KIP-447). */
  eosV2BrokerFloor: '2.5',
  /** rack.aware.assignment.strategy arrived in 3.6 (KIP-925); rack.aware.assignment.tags in 3.2 (KIP-708). */
} as const;

/** Planning figures for Streams designs (our assumptions, shown in every rationale that uses them). */
export const STREAMS_PLANNING = {
  /** Bytes per second one thread restores a RocksDB store from its changelog. */
  restoreBytesPerSecond: 30e6,
  /** Recovery target when none is stated. */
  recoverWithinMs: 300_000,
  /** Threads per instance before more instances beat more threads (assumes 4 cores). */
  maxThreadsPerInstance: 4,
  /** A table up to this size can be a GlobalKTable (a full copy on every instance). */
  globalTableMaxBytes: 1e9,
  /** Where the state directory goes: a persistent volume, not the temp dir. */
  stateDir: '/var/lib/kafka-streams',
  /** max.task.idle.ms for joins: wait this long for the other input before processing out of time order. */
  joinTaskIdleMs: 1000,
} as const;

/** Stream-processing libraries for languages Kafka Streams does not serve. */
export const STREAM_LIBRARIES: Record<'python' | 'go' | 'typescript', { options: string[]; note: string }> = {
  python: {
    options: ['Quix Streams', 'faust-streaming', 'Apache Flink (PyFlink)'],
    note: 'Quix Streams keeps state in RocksDB with its own changelog topics and supports tumbling/hopping windows; faust-streaming has tables backed by changelog topics; for joins across topics at scale, Flink.',
  },
  go: {
    options: ['goka', 'Apache Flink'],
    note: 'goka keeps one table per group in a compacted "<group>-table" topic and needs inputs co-partitioned as Kafka Streams does; windowed joins and suppression are yours to write.',
  },
  typescript: {
    options: ['Apache Flink (via SQL gateway)', 'a Kafka Streams sidecar in Java'],
    note: 'No maintained Kafka Streams equivalent exists for Node.js; keep state in a compacted topic you manage, or run the stateful part on the JVM.',
  },
};
