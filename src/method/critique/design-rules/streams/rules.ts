// Design rules over stream processors (design.streams).
import { compareVersions } from '../../../../knowledge/catalog.js';
import { STREAMS_DOCS, STREAMS_FACTS } from '../../../../knowledge/streams.js';
import type { DesignRule } from '../types.js';

export const streamsNotCoPartitioned: DesignRule = {
  id: 'streams/not-co-partitioned',
  severity: 'error',
  summary: 'A join whose inputs have different partition counts.',
  why: 'Kafka Streams joins partition i of one input with partition i of the other; with different counts it refuses to start, and with the same count but a different key or partitioner records silently miss their match.',
  fix: 'Give both inputs the same partition count and key (repartition one side with repartition(Repartitioned.numberOfPartitions(n))), or read a small table side as a GlobalKTable.',
  refs: [STREAMS_DOCS.coPartitioning],
  check: ({ design }) => (design.streams ?? []).flatMap((s) => s.joins.filter((j) => j.coPartitioned === 'no').map((j) => ({ flow: s.processor, message: `${s.processor}: ${j.type} join of ${j.left} and ${j.right}: ${j.why}.` }))),
};

export const streamsEosBrokerFloor: DesignRule = {
  id: 'streams/eos-broker-floor',
  severity: 'error',
  summary: 'exactly_once_v2 on brokers older than 2.5.',
  why: 'exactly_once_v2 relies on the consumer group metadata in transactional offset commits (KIP-447), which brokers before 2.5 do not support; the application fails at start.',
  fix: 'Upgrade the brokers to 2.5 or newer, or use at-least-once with idempotent downstream writes.',
  refs: [STREAMS_DOCS.eos],
  check: ({ design, facts }) => (compareVersions(facts.kafkaVersion, STREAMS_FACTS.eosV2BrokerFloor) >= 0 ? [] : (design.streams ?? [])
    .filter((s) => s.config['processing.guarantee'] === 'exactly_once_v2')
    .map((s) => ({ flow: s.processor, message: `${s.processor}: exactly_once_v2 needs brokers ${STREAMS_FACTS.eosV2BrokerFloor}+, this cluster runs ${facts.kafkaVersion}.` }))),
};

export const streamsStandbyWithoutPeer: DesignRule = {
  id: 'streams/standby-without-peer',
  severity: 'warning',
  summary: 'A recovery target that needs a standby, with one instance.',
  why: 'A standby replica lives on another instance; with one instance there is none, so every failure waits for a full restore from the changelogs.',
  fix: 'Run at least two instances, or accept the restore time as the recovery time.',
  refs: [STREAMS_DOCS.stateStores],
  check: ({ design }) => (design.streams ?? []).filter((s) => Number(s.config['num.standby.replicas'] ?? 0) > 0 && s.instances < 2)
    .map((s) => ({ flow: s.processor, message: `${s.processor}: restoring its largest task exceeds the recovery target, but with ${s.instances} instance there is nowhere to keep a standby.` })),
};

export const streamsRepartition: DesignRule = {
  id: 'streams/repartition',
  severity: 'info',
  summary: 'A key change before a join or aggregation adds a repartition topic.',
  why: 'Every record is written to and read back from Kafka once more: extra broker load, latency and a topic to secure and monitor.',
  fix: 'Key the input by the needed key where it is produced, or keep the key (map_values) where it need not change.',
  refs: [STREAMS_DOCS.optimization],
  check: ({ design }) => (design.streams ?? []).flatMap((s) => s.internalTopics.filter((t) => t.kind === 'repartition').map((t) => ({ flow: s.processor, message: `${s.processor}: ${t.name}: ${t.why}` }))),
};

export const streamsNotKafkaStreams: DesignRule = {
  id: 'streams/not-kafka-streams',
  severity: 'info',
  summary: 'A stream processor in a language Kafka Streams does not serve.',
  why: 'Kafka Streams is a Java library; other languages use other libraries with other guarantees, state handling and topic naming.',
  fix: 'Use the named library and create the internal topics the design lists, or run the processor on the JVM.',
  refs: [STREAMS_DOCS.dsl],
  check: ({ design }) => (design.streams ?? []).filter((s) => !s.kafkaStreams).map((s) => ({ flow: s.processor, message: `${s.processor}: ${s.notes[0] ?? `runs on ${s.library}`}` })),
};
