// Consumer settings, in our words. Shared connection/TLS/SASL settings are in client-common.ts.
import type { ExplanationTable } from './index.js';

const SHARE_GROUPS = 'Share groups (KIP-932): early access in 4.0, preview in 4.1, production-ready in 4.2.';

export const CONSUMER: ExplanationTable = {
  'key.deserializer': {
    what: "Class that turns key bytes back into an object; must match the producer's serializer.",
    whenToChange: 'Always set it; use the schema-registry deserializer when producers use one.',
    interactsWith: ['value.deserializer', 'key.serializer'],
  },
  'value.deserializer': {
    what: "Class that turns value bytes back into an object; must match the producer's serializer.",
    whenToChange: 'Always set it; a record it cannot read stops the consumer unless you handle the error (dead-letter it).',
    interactsWith: ['key.deserializer', 'value.serializer'],
  },
  'group.id': {
    what: 'Name of the consumer group; members of one group share the partitions and its committed offsets.',
    whenToChange: 'Always set it for subscribing consumers; one group per application, a new group re-reads from auto.offset.reset.',
    interactsWith: ['auto.offset.reset', 'enable.auto.commit', 'group.instance.id', 'group.protocol'],
  },
  'group.instance.id': {
    what: 'Static membership id: a restarted member with the same id gets its partitions back without a rebalance.',
    whenToChange: 'Set it (e.g. the pod name) for rolling restarts of stateful or slow-to-warm consumers.',
    interactsWith: ['session.timeout.ms', 'group.id', 'max.poll.interval.ms'],
    notes: ['A static member that leaves is only noticed after session.timeout.ms, so keep that timeout modest.'],
  },
  'group.protocol': {
    what: 'Which rebalance protocol the consumer speaks: classic (client-side assignment, stop-the-world or cooperative) or consumer (KIP-848, broker-driven, incremental).',
    whenToChange: 'Move to consumer on Kafka 4.0+ brokers for faster, non-blocking rebalances; keep classic for older brokers or custom client assignors.',
    interactsWith: [
      'group.remote.assignor',
      'partition.assignment.strategy',
      'session.timeout.ms',
      'heartbeat.interval.ms',
      'group.coordinator.rebalance.protocols',
      'group.consumer.session.timeout.ms',
    ],
    notes: [
      'Added in 3.7 as early access; generally available in 4.0 (KIP-848).',
      'With group.protocol=consumer the client-side session.timeout.ms, heartbeat.interval.ms and partition.assignment.strategy are not used; the broker group.consumer.* settings (and 4.1 per-group configs) govern them.',
    ],
  },
  'group.remote.assignor': {
    what: 'Broker-side assignor (uniform or range) a group using the consumer protocol asks for.',
    whenToChange: 'Set range when co-partitioned topics must land together; otherwise leave the broker default (uniform).',
    interactsWith: ['group.protocol', 'group.consumer.assignors'],
    notes: ['Only used with group.protocol=consumer (3.7+).'],
  },
  'partition.assignment.strategy': {
    what: 'Client-side assignors of the classic protocol, in order of preference: range, round-robin, sticky, cooperative-sticky.',
    whenToChange: 'Use CooperativeStickyAssignor alone once every member supports it, so rebalances stop revoking every partition.',
    interactsWith: ['group.protocol', 'session.timeout.ms', 'max.poll.interval.ms'],
    notes: [
      'Java default is [RangeAssignor, CooperativeStickyAssignor] since 3.0: range is used until the list is narrowed to cooperative in a second rolling restart.',
      'librdkafka partition.assignment.strategy default range,roundrobin; kafkajs partitionAssigners default round-robin. Mixed-client groups must share a common assignor.',
    ],
  },
  'session.timeout.ms': {
    what: 'How long the group coordinator waits for heartbeats before declaring the member dead and rebalancing its partitions to the others.',
    whenToChange: 'Lower it for faster failover; raise it for flaky networks or static members that restart slowly.',
    interactsWith: ['heartbeat.interval.ms', 'group.min.session.timeout.ms', 'group.max.session.timeout.ms', 'group.instance.id', 'max.poll.interval.ms'],
    notes: [
      'Java default 45000 since Kafka 3.0 (KIP-735; it was 10000). librdkafka default 45000; kafkajs sessionTimeout 30000.',
      'Ignored with group.protocol=consumer: the broker group.consumer.session.timeout.ms applies.',
    ],
  },
  'heartbeat.interval.ms': {
    what: 'How often the consumer heartbeats to the coordinator; also how quickly it learns a rebalance started.',
    whenToChange: 'Keep it at most a third of session.timeout.ms; lower it for faster rebalance reaction.',
    interactsWith: ['session.timeout.ms', 'group.consumer.heartbeat.interval.ms'],
    notes: ['Ignored with group.protocol=consumer: the broker decides the interval.'],
  },
  'max.poll.interval.ms': {
    what: 'Longest allowed gap between poll() calls; a consumer slower than this leaves the group and a rebalance moves its partitions.',
    whenToChange: "Raise it above the worst-case time to process one poll's batch (max.poll.records x p99 per record), or lower max.poll.records.",
    interactsWith: ['max.poll.records', 'session.timeout.ms', 'enable.auto.commit', 'transaction.timeout.ms'],
  },
  'max.poll.records': {
    what: 'Most records one poll() returns; bounds the work done between polls.',
    whenToChange: 'Lower it when per-record processing is slow so a batch finishes within max.poll.interval.ms.',
    interactsWith: ['max.poll.interval.ms', 'fetch.max.bytes', 'max.partition.fetch.bytes'],
  },
  'enable.auto.commit': {
    what: 'Commits the offsets of polled records in the background every auto.commit.interval.ms.',
    whenToChange: 'Turn it off and commit after processing when a crash must not skip unprocessed records or when processing is asynchronous.',
    interactsWith: ['auto.commit.interval.ms', 'isolation.level', 'max.poll.interval.ms', 'group.id'],
    notes: [
      'Java: commits happen inside poll(), so records are committed only after the next poll: at-least-once if processing is synchronous.',
      'librdkafka also stores offsets automatically when a message is handed to the app (enable.auto.offset.store=true): an app that processes asynchronously can lose messages on a crash.',
      'kafkajs autoCommit commits after eachMessage/eachBatch resolves.',
    ],
  },
  'auto.commit.interval.ms': {
    what: 'How often auto-commit writes offsets; the most that is replayed after a crash.',
    whenToChange: 'Lower it to replay less after a crash, at the cost of more commit traffic.',
    interactsWith: ['enable.auto.commit'],
  },
  'auto.offset.reset': {
    what: 'Where a group starts when it has no committed offset (or the offset expired): earliest, latest or fail (none).',
    whenToChange: 'Use earliest when a new consumer must see history; none when silently skipping or replaying must be an error.',
    interactsWith: ['group.id', 'offsets.retention.minutes', 'retention.ms'],
    notes: ['Kafka 4.0 adds by_duration:<ISO-8601 duration> (KIP-1106) to start a fixed time back.', 'librdkafka names the values smallest/largest too; kafkajs uses fromBeginning on subscribe.'],
  },
  'isolation.level': {
    what: 'read_committed hides records of open or aborted transactions; read_uncommitted returns everything written.',
    whenToChange: 'Use read_committed whenever the producer upstream is transactional (exactly-once pipelines).',
    interactsWith: ['transactional.id', 'enable.idempotence', 'processing.guarantee', 'transaction.timeout.ms'],
    notes: ['Java default read_uncommitted; librdkafka default read_committed; kafkajs readUncommitted=false, i.e. read_committed.'],
  },
  'fetch.min.bytes': {
    what: 'Smallest amount of data the broker should gather before answering a fetch.',
    whenToChange: 'Raise it (e.g. 64 KiB) for throughput-bound consumers; keep 1 for lowest latency.',
    interactsWith: ['fetch.max.wait.ms', 'fetch.max.bytes'],
  },
  'fetch.max.wait.ms': {
    what: 'Longest the broker holds a fetch waiting for fetch.min.bytes.',
    whenToChange: 'Lower it when fetch.min.bytes is raised but latency must stay bounded.',
    interactsWith: ['fetch.min.bytes'],
    notes: ['librdkafka calls it fetch.wait.max.ms (default 500); kafkajs maxWaitTimeInMs (default 5000).'],
  },
  'fetch.max.bytes': {
    what: 'Upper bound of data returned by one fetch across all partitions (a single oversized batch still comes through).',
    whenToChange: 'Raise it with large messages or many partitions per consumer; lower it to cap consumer memory.',
    interactsWith: ['max.partition.fetch.bytes', 'message.max.bytes', 'max.poll.records'],
  },
  'max.partition.fetch.bytes': {
    what: 'Upper bound of data returned per partition in one fetch.',
    whenToChange: 'Raise it when messages are large, so a fetch carries several of them.',
    interactsWith: ['fetch.max.bytes', 'max.message.bytes', 'max.request.size'],
    notes: ['librdkafka calls it max.partition.fetch.bytes / fetch.message.max.bytes; kafkajs maxBytesPerPartition.'],
  },
  'allow.auto.create.topics': {
    what: 'Whether subscribing to a missing topic may create it (only if the broker also allows auto-creation).',
    whenToChange: 'Turn it off in production so a typo in a topic name fails instead of creating a topic with default settings.',
    interactsWith: ['auto.create.topics.enable', 'num.partitions', 'default.replication.factor'],
  },
  'exclude.internal.topics': {
    what: 'Keeps pattern subscriptions from matching internal topics such as __consumer_offsets.',
    whenToChange: 'Almost never; only tools that read internal topics turn it off.',
    interactsWith: [],
  },
  'default.api.timeout.ms': {
    what: 'Timeout for blocking consumer calls that take no explicit timeout (commitSync, position, offsetsForTimes...).',
    whenToChange: 'Lower it so a stuck call fails fast in latency-sensitive services.',
    interactsWith: ['request.timeout.ms'],
  },
  'client.rack': {
    what: 'The rack (availability zone) the consumer runs in, so it can fetch from a replica in the same zone.',
    whenToChange: 'Set it in multi-zone clusters to cut cross-zone traffic, together with the broker replica.selector.class.',
    interactsWith: ['broker.rack', 'replica.selector.class'],
  },
  'check.crcs': {
    what: 'Verifies record checksums on fetch to catch corruption.',
    whenToChange: 'Leave it on; turning it off saves a little CPU only.',
    interactsWith: [],
  },
  'share.acknowledgement.mode': {
    what: 'For share-group consumers: whether records are acknowledged implicitly on the next poll or explicitly one by one.',
    whenToChange: 'Use explicit when individual records may fail and must be released or rejected.',
    interactsWith: ['share.record.lock.duration.ms', 'group.share.delivery.count.limit'],
    notes: [SHARE_GROUPS],
  },
  'share.acquire.mode': {
    what: 'For share-group consumers: whether a fetch acquires whole batches (faster) or exactly up to max.poll.records.',
    whenToChange: 'Use record_limit when each consumer must hold no more records than it can process.',
    interactsWith: ['max.poll.records', 'share.acknowledgement.mode'],
    notes: ['Added in 4.2. ' + SHARE_GROUPS],
  },
};
