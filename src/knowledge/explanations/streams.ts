// Kafka Streams settings, in our words. The embedded clients' settings are explained under their own scopes.
import type { ExplanationTable } from './index.js';

export const STREAMS: ExplanationTable = {
  'application.id': {
    what: 'Identity of a Streams application: its consumer group id and the prefix of its internal topics and state directories.',
    whenToChange: 'Always set it; changing it starts a new application from scratch (new group, new internal topics).',
    interactsWith: ['state.dir', 'processing.guarantee', 'group.id'],
  },
  'processing.guarantee': {
    what: 'at_least_once, or exactly_once_v2: reads, state updates and writes commit atomically through transactions.',
    whenToChange: 'Use exactly_once_v2 when duplicates in output or state are not acceptable; needs brokers 2.5+ and at least 3 brokers by default.',
    interactsWith: ['commit.interval.ms', 'isolation.level', 'transactional.id', 'transaction.state.log.replication.factor', 'replication.factor'],
    notes: ['exactly_once and exactly_once_beta were deprecated in 3.0 and removed in 4.0; use exactly_once_v2.', 'With exactly-once the commit interval default drops to 100 ms.'],
  },
  'commit.interval.ms': {
    what: 'How often Streams commits offsets and flushes state; with exactly-once, how long each transaction lasts.',
    whenToChange: 'Lower it to cut end-to-end latency of read_committed readers; raise it for throughput.',
    interactsWith: ['processing.guarantee', 'statestore.cache.max.bytes'],
    notes: ['Default 30000, or 100 under exactly_once_v2.'],
  },
  'num.stream.threads': {
    what: 'Processing threads per instance; tasks (one per input partition) are spread over all threads of all instances.',
    whenToChange: 'Raise it up to the cores available; threads beyond the number of tasks sit idle.',
    interactsWith: ['num.standby.replicas'],
  },
  'num.standby.replicas': {
    what: 'Warm copies of each state store kept on other instances, so failover does not rebuild state from the changelog.',
    whenToChange: 'Set 1 for stateful apps where restoring from the changelog would take too long.',
    interactsWith: ['acceptable.recovery.lag', 'max.warmup.replicas', 'rack.aware.assignment.tags'],
  },
  'acceptable.recovery.lag': {
    what: 'How far behind a replica of a store may be and still count as caught up for assignment.',
    whenToChange: 'Raise it for high-throughput stores so active tasks are not held back waiting for perfect warm-up.',
    interactsWith: ['num.standby.replicas', 'max.warmup.replicas'],
  },
  'max.warmup.replicas': {
    what: 'How many extra warm-up replicas Streams may build at once while moving stateful tasks.',
    whenToChange: 'Raise it to rebalance state faster at the cost of more restore traffic.',
    interactsWith: ['acceptable.recovery.lag', 'num.standby.replicas'],
  },
  'replication.factor': {
    what: 'Replication factor of the internal changelog and repartition topics; -1 means the broker default.',
    whenToChange: 'Set 3 explicitly when the broker default.replication.factor is lower.',
    interactsWith: ['default.replication.factor', 'min.insync.replicas', 'processing.guarantee'],
  },
  'state.dir': {
    what: 'Local directory for state stores (RocksDB) and checkpoints.',
    whenToChange: 'Point it at a persistent volume so restarts reuse state instead of restoring from changelogs.',
    interactsWith: ['application.id', 'num.standby.replicas'],
    notes: ["The documented default is the doc-build machine's temp directory in older tables; differences between versions are not behaviour changes."],
  },
  'statestore.cache.max.bytes': {
    what: 'Memory for record caches across all threads; caching deduplicates updates before they are written downstream.',
    whenToChange: 'Raise it to reduce downstream updates and changelog writes; set 0 to see every update immediately.',
    interactsWith: ['commit.interval.ms', 'cache.max.bytes.buffering'],
    notes: ['Added in 3.4 (KIP-770), replacing cache.max.bytes.buffering.'],
  },
  'cache.max.bytes.buffering': {
    what: 'Older name of statestore.cache.max.bytes.',
    whenToChange: 'Use statestore.cache.max.bytes instead.',
    interactsWith: ['statestore.cache.max.bytes'],
    notes: ['Deprecated in 3.4 (KIP-770).'],
  },
  'default.key.serde': {
    what: 'Serde used for keys when an operator does not name one.',
    whenToChange: "Set it to the app's usual key type; pass serdes explicitly where types differ.",
    interactsWith: ['default.value.serde'],
  },
  'default.value.serde': {
    what: 'Serde used for values when an operator does not name one.',
    whenToChange: "Set it to the app's usual value type, often a schema-registry serde.",
    interactsWith: ['default.key.serde'],
  },
  'default.list.key.serde.type': {
    what: 'List class used when the default key serde is the list serde.',
    whenToChange: 'Only with the list serde as default key serde.',
    interactsWith: ['default.list.key.serde.inner', 'default.key.serde'],
  },
  'default.list.key.serde.inner': {
    what: 'Serde of list elements when the default key serde is the list serde.',
    whenToChange: 'Only with the list serde as default key serde.',
    interactsWith: ['default.list.key.serde.type'],
  },
  'default.list.value.serde.type': {
    what: 'List class used when the default value serde is the list serde.',
    whenToChange: 'Only with the list serde as default value serde.',
    interactsWith: ['default.list.value.serde.inner', 'default.value.serde'],
  },
  'default.list.value.serde.inner': {
    what: 'Serde of list elements when the default value serde is the list serde.',
    whenToChange: 'Only with the list serde as default value serde.',
    interactsWith: ['default.list.value.serde.type'],
  },
  'default.timestamp.extractor': {
    what: 'How Streams takes event time from a record; the default fails on invalid (negative) timestamps.',
    whenToChange: 'Use a payload-based extractor when event time lives in the message body.',
    interactsWith: ['message.timestamp.type', 'max.task.idle.ms'],
  },
  'deserialization.exception.handler': {
    what: 'What Streams does with a record it cannot deserialize: fail (default), log and skip, or your own handler.',
    whenToChange: 'Use log-and-continue or a dead-letter handler when one bad record must not stop the app.',
    interactsWith: ['errors.dead.letter.queue.topic.name', 'default.deserialization.exception.handler'],
    notes: ['Named default.deserialization.exception.handler before 4.0 (KIP-1056).'],
  },
  'default.deserialization.exception.handler': {
    what: 'Older name of deserialization.exception.handler.',
    whenToChange: 'Use deserialization.exception.handler from 4.0.',
    interactsWith: ['deserialization.exception.handler'],
  },
  'production.exception.handler': {
    what: 'What Streams does when writing a result fails permanently (e.g. record too large): fail or continue.',
    whenToChange: 'Use a custom handler to skip or dead-letter records that can never be written.',
    interactsWith: ['errors.dead.letter.queue.topic.name', 'max.request.size'],
    notes: ['Named default.production.exception.handler before 4.0 (KIP-1056).'],
  },
  'default.production.exception.handler': {
    what: 'Older name of production.exception.handler.',
    whenToChange: 'Use production.exception.handler from 4.0.',
    interactsWith: ['production.exception.handler'],
  },
  'processing.exception.handler': {
    what: 'What Streams does when user processing code throws for a record: fail (default) or continue.',
    whenToChange: 'Use log-and-continue or a dead-letter handler when bad records must not stop processing.',
    interactsWith: ['errors.dead.letter.queue.topic.name', 'deserialization.exception.handler'],
    notes: ['Added in 3.9 (KIP-1033).'],
  },
  'errors.dead.letter.queue.topic.name': {
    what: 'Topic the built-in exception handlers write failed records to.',
    whenToChange: 'Set it so skipped records are kept for inspection and replay instead of only logged.',
    interactsWith: ['processing.exception.handler', 'deserialization.exception.handler', 'production.exception.handler'],
    notes: ['Added in 4.2 (KIP-1034).'],
  },
  'max.task.idle.ms': {
    what: 'How long a task with several inputs waits for data on all of them before processing out of time order.',
    whenToChange: 'Raise it for joins where inputs arrive with different delays and time order matters.',
    interactsWith: ['default.timestamp.extractor'],
  },
  'task.timeout.ms': {
    what: 'How long a task may keep hitting timeouts (e.g. broker unavailable) before Streams gives up on it.',
    whenToChange: 'Raise it to survive longer broker outages without crashing threads.',
    interactsWith: ['default.api.timeout.ms'],
  },
  'topology.optimization': {
    what: 'Lets Streams rewrite the topology, e.g. merge repartition topics or reuse source topics as changelogs.',
    whenToChange: 'Set all for new apps; changing it on a running app can change internal topic names.',
    interactsWith: ['ensure.explicit.internal.resource.naming'],
  },
  'ensure.explicit.internal.resource.naming': {
    what: 'Makes Streams refuse to start when internal topics or stores would get generated names.',
    whenToChange: 'Turn it on so topology changes cannot silently rename changelogs and lose state.',
    interactsWith: ['topology.optimization', 'application.id'],
    notes: ['Added in 4.1 (KIP-1111).'],
  },
  'rack.aware.assignment.tags': {
    what: 'Client tags (e.g. zone) standby replicas should be spread across.',
    whenToChange: 'Set it in multi-zone deployments so a standby lives in another zone than its active task.',
    interactsWith: ['num.standby.replicas', 'rack.aware.assignment.strategy'],
  },
  'rack.aware.assignment.strategy': {
    what: 'Whether task assignment minimises cross-rack traffic (min_traffic, balance_subtopology) or ignores racks.',
    whenToChange: 'Use min_traffic in multi-zone clusters where cross-zone traffic costs money.',
    interactsWith: ['client.rack', 'rack.aware.assignment.traffic_cost', 'rack.aware.assignment.non_overlap_cost'],
    notes: ['Added in 3.6 (KIP-925).'],
  },
  'rack.aware.assignment.traffic_cost': {
    what: 'Weight of cross-rack traffic in rack-aware assignment.',
    whenToChange: 'Raise it relative to non_overlap_cost to favour locality over stickiness.',
    interactsWith: ['rack.aware.assignment.non_overlap_cost', 'rack.aware.assignment.strategy'],
  },
  'rack.aware.assignment.non_overlap_cost': {
    what: 'Weight of moving tasks away from their previous owner in rack-aware assignment.',
    whenToChange: 'Raise it to favour stickiness over locality.',
    interactsWith: ['rack.aware.assignment.traffic_cost', 'rack.aware.assignment.strategy'],
  },
  'task.assignor.class': {
    what: 'Custom task assignor for the classic Streams rebalance protocol.',
    whenToChange: 'Only for special placement needs.',
    interactsWith: ['group.protocol'],
    notes: ['Added in 3.8 (KIP-924).'],
  },
  'group.protocol': {
    what: 'Which rebalance protocol a Streams app uses: classic, or streams (KIP-1071, broker-side task assignment).',
    whenToChange: 'Try streams on 4.1+ clusters that enable it; keep classic in production until it is generally available.',
    interactsWith: ['group.coordinator.rebalance.protocols', 'streams.session.timeout.ms'],
    notes: ['Added in 4.1 as early access.'],
  },
};
