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
export const KEY_CHANGING_PREFIXES = [
  'KSTREAM-KEY-SELECT-', 'KSTREAM-MAP-', 'KSTREAM-FLATMAP-', 'KSTREAM-TRANSFORM-', 'KSTREAM-FLATTRANSFORM-', 'KSTREAM-PROCESSOR-', 'KTABLE-SELECT-',
] as const;

export type JoinKind = 'stream-stream' | 'stream-table' | 'table-table' | 'foreign-key' | 'stream-globaltable' | 'shared-store';

/** Which join a processor's generated (or StreamJoined/Named-derived) name shows it belongs to. */
export const JOIN_NAME_PATTERNS: ReadonlyArray<{ kind: JoinKind; pattern: RegExp }> = [
  { kind: 'foreign-key', pattern: /^KTABLE-FK-JOIN-|-subscription-(registration|response|store)|-fk-join-/i },
  { kind: 'stream-stream', pattern: /^KSTREAM-(JOINTHIS|JOINOTHER|OUTERTHIS|OUTEROTHER|WINDOWED|OUTERSHARED)-|-(this|other|outer-this|outer-other)-join$|-(this|other)-windowed$/ },
  { kind: 'table-table', pattern: /^KTABLE-(JOINTHIS|JOINOTHER|LEFTTHIS|LEFTOTHER|OUTERTHIS|OUTEROTHER)-/ },
  { kind: 'stream-table', pattern: /^KSTREAM-(JOIN|LEFTJOIN)-\d/ },
];

/** Stores a stream-stream join keeps: window stores, so their changelogs are compact,delete. */
export const WINDOWED_JOIN_STORE = /^KSTREAM-(JOINTHIS|JOINOTHER|OUTERSHARED)-\d{10}-store$|-(this|other|outer-shared)-join-store$/;
