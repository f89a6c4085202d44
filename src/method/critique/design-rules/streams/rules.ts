// Design rules over stream processors (design.streams).
import { compareVersions } from '../../../../knowledge/catalog.js';
import { STREAMS_DOCS, STREAMS_FACTS } from '../../../../knowledge/streams.js';
import type { StreamsDesign } from '../../../../model/design.js';
import type { MessageData } from '../../../rules.js';
import { designRule, type DesignHit, type DesignUnderReview } from '../types.js';

/**
 * One finding per problem `find` sees in a stream processor, each about that processor: its flow
 * is the processor, and the message data starts with its name.
 */
function perProcessor<M extends string>(design: DesignUnderReview['design'], messageId: M, find: (s: StreamsDesign) => MessageData[]): DesignHit<M>[] {
  return (design.streams ?? []).flatMap((s) => find(s).map((data) => ({ flow: s.processor, messageId, data: { processor: s.processor, ...data } })));
}

export const streamsNotCoPartitioned = designRule({
  meta: {
    id: 'streams/not-co-partitioned',
    severity: 'error',
    summary: 'A join whose inputs have different partition counts.',
    why: 'Kafka Streams joins partition i of one input with partition i of the other; with different counts it refuses to start, and with the same count but a different key or partitioner records silently miss their match.',
    refs: [STREAMS_DOCS.coPartitioning],
    fix: 'Give both inputs the same partition count and key (repartition one side with repartition(Repartitioned.numberOfPartitions(n))), or read a small table side as a GlobalKTable.',
    messages: {
      joinNotCoPartitioned: '{{processor}}: {{type}} join of {{left}} and {{right}}: {{why}}.',
    },
  },
  check: ({ design }) => perProcessor(design, 'joinNotCoPartitioned', (s) => s.joins.filter((j) => j.coPartitioned === 'no').map((j) => ({ type: j.type, left: j.left, right: j.right, why: j.why }))),
});

export const streamsEosBrokerFloor = designRule({
  meta: {
    id: 'streams/eos-broker-floor',
    severity: 'error',
    summary: 'exactly_once_v2 on brokers older than 2.5.',
    why: 'exactly_once_v2 relies on the consumer group metadata in transactional offset commits (KIP-447), which brokers before 2.5 do not support; the application fails at start.',
    refs: [STREAMS_DOCS.eos],
    fix: 'Upgrade the brokers to 2.5 or newer, or use at-least-once with idempotent downstream writes.',
    messages: {
      brokersTooOld: '{{processor}}: exactly_once_v2 needs brokers {{floor}}+, this cluster runs {{version}}.',
    },
  },
  check: ({ design, facts }) =>
    compareVersions(facts.kafkaVersion, STREAMS_FACTS.eosV2BrokerFloor) >= 0
      ? []
      : perProcessor(design, 'brokersTooOld', (s) => (s.config['processing.guarantee'] === 'exactly_once_v2' ? [{ floor: STREAMS_FACTS.eosV2BrokerFloor, version: facts.kafkaVersion }] : [])),
});

export const streamsStandbyWithoutPeer = designRule({
  meta: {
    id: 'streams/standby-without-peer',
    severity: 'warning',
    summary: 'A recovery target that needs a standby, with one instance.',
    why: 'A standby replica lives on another instance; with one instance there is none, so every failure waits for a full restore from the changelogs.',
    refs: [STREAMS_DOCS.stateStores],
    fix: 'Run at least two instances, or accept the restore time as the recovery time.',
    messages: {
      noPeerForStandby: '{{processor}}: restoring its largest task exceeds the recovery target, but with {{instances}} instance there is nowhere to keep a standby.',
    },
  },
  check: ({ design }) => perProcessor(design, 'noPeerForStandby', (s) => (Number(s.config['num.standby.replicas'] ?? 0) > 0 && s.instances < 2 ? [{ instances: s.instances }] : [])),
});

export const streamsRepartition = designRule({
  meta: {
    id: 'streams/repartition',
    severity: 'info',
    summary: 'A key change before a join or aggregation adds a repartition topic.',
    why: 'Every record is written to and read back from Kafka once more: extra broker load, latency and a topic to secure and monitor.',
    refs: [STREAMS_DOCS.optimization],
    fix: 'Key the input by the needed key where it is produced, or keep the key (map_values) where it need not change.',
    messages: {
      repartitionTopic: '{{processor}}: {{topic}}: {{why}}',
    },
  },
  check: ({ design }) => perProcessor(design, 'repartitionTopic', (s) => s.internalTopics.filter((t) => t.kind === 'repartition').map((t) => ({ topic: t.name, why: t.why }))),
});

export const streamsNotKafkaStreams = designRule({
  meta: {
    id: 'streams/not-kafka-streams',
    severity: 'info',
    summary: 'A stream processor in a language Kafka Streams does not serve.',
    why: 'Kafka Streams is a Java library; other languages use other libraries with other guarantees, state handling and topic naming.',
    refs: [STREAMS_DOCS.dsl],
    fix: 'Use the named library and create the internal topics the design lists, or run the processor on the JVM.',
    messages: {
      otherLibrary: '{{processor}}: {{note}}',
    },
  },
  check: ({ design }) => perProcessor(design, 'otherLibrary', (s) => (s.kafkaStreams ? [] : [{ note: s.notes[0] ?? `runs on ${s.library}` }])),
});
