// Producer settings, in our words. Shared connection/TLS/SASL settings are in client-common.ts.
import type { ExplanationTable } from './index.js';

export const PRODUCER: ExplanationTable = {
  'key.serializer': {
    what: 'Class that turns the record key into bytes; the bytes are what the partitioner hashes.',
    whenToChange: 'Always set it; changing it on a live topic changes key bytes and therefore which partition a key lands on.',
    interactsWith: ['partitioner.class', 'value.serializer'],
  },
  'value.serializer': {
    what: 'Class that turns the record value into bytes (String, Avro, Protobuf, JSON Schema serializers...).',
    whenToChange: 'Always set it; pick the schema-registry serializer when the payload has a schema that evolves.',
    interactsWith: ['key.serializer', 'max.request.size', 'compression.type'],
  },
  acks: {
    what: 'How many replicas must have a write before the leader acknowledges it: 0 (none), 1 (leader only) or all (every in-sync replica).',
    whenToChange: 'Keep all for anything you cannot lose or replay; 1 or 0 only for telemetry where loss on leader failover is acceptable.',
    interactsWith: ['min.insync.replicas', 'enable.idempotence', 'retries', 'delivery.timeout.ms', 'unclean.leader.election.enable'],
    notes: [
      'Java client default is all since Kafka 3.0 (it was 1 before).',
      'librdkafka spells it acks/request.required.acks with default -1 (= all); kafkajs takes acks per send() call, default -1.',
      'acks=all only protects data when the topic has min.insync.replicas >= 2.',
    ],
  },
  'enable.idempotence': {
    what: 'Gives each producer an id and sequence numbers so broker-side retries cannot write duplicates or reorder a partition.',
    whenToChange: 'Leave it on; turn it off only for a cluster that refuses the IDEMPOTENT_WRITE permission or for acks=0/1 pipelines.',
    interactsWith: ['acks', 'retries', 'max.in.flight.requests.per.connection', 'transactional.id', 'delivery.timeout.ms'],
    notes: [
      'Java client: on by default since 3.0 (KIP-679); 3.0.0 and 3.1.0 still left it off in practice, fixed in 3.0.1/3.1.1/3.2.0. If acks, retries or in-flight are set to conflicting values and idempotence is not set explicitly, the client quietly turns it off.',
      'librdkafka (confluent-kafka and friends): enable.idempotence defaults to false; set it to true explicitly.',
      'kafkajs: idempotent defaults to false, is marked experimental, needs acks -1 and, for ordering, maxInFlightRequests: 1 (kafkajs leaves in-flight unlimited).',
    ],
  },
  'transactional.id': {
    what: 'Stable identity of a transactional producer; it fences older instances with the same id and lets writes and consumer offsets commit atomically.',
    whenToChange: 'Set it only for read-process-write exactly-once; make it unique per producer instance and stable across its restarts.',
    interactsWith: ['enable.idempotence', 'transaction.timeout.ms', 'isolation.level', 'transaction.state.log.replication.factor', 'processing.guarantee'],
    notes: ['Consumers see transactional writes as committed only with isolation.level=read_committed.'],
  },
  'transaction.timeout.ms': {
    what: 'How long a transaction may stay open before the coordinator aborts it.',
    whenToChange: 'Raise it when one transaction spans slow processing; it must stay below the broker transaction.max.timeout.ms.',
    interactsWith: ['transactional.id', 'transaction.max.timeout.ms', 'max.poll.interval.ms', 'delivery.timeout.ms'],
    notes: ['A long open transaction holds back read_committed consumers (the last stable offset cannot move past it).'],
  },
  'transaction.two.phase.commit.enable': {
    what: 'Lets a transactional producer take part in an external two-phase commit, keeping its transaction open across restarts.',
    whenToChange: 'Only when an external transaction coordinator (e.g. a database) must commit Kafka writes together with its own.',
    interactsWith: ['transactional.id', 'transaction.timeout.ms'],
    notes: ['Added in Kafka 4.1 (KIP-939); needs the broker to allow it.'],
  },
  retries: {
    what: 'How many times a failed send is retried before the record fails; the real limit is usually delivery.timeout.ms.',
    whenToChange: 'Leave it at the maximum and bound retrying with delivery.timeout.ms; 0 only when you accept loss on transient errors.',
    interactsWith: ['delivery.timeout.ms', 'enable.idempotence', 'max.in.flight.requests.per.connection', 'retry.backoff.ms'],
    notes: ['Without idempotence, retries with more than one request in flight can reorder records within a partition.'],
  },
  'delivery.timeout.ms': {
    what: 'Upper bound on the time from send() returning until success or failure is reported, covering batching, retries and waiting for acks.',
    whenToChange: 'Raise it to ride out longer broker outages; lower it when a caller must learn quickly that a record was not written.',
    interactsWith: ['linger.ms', 'request.timeout.ms', 'retries', 'max.block.ms', 'transaction.timeout.ms'],
    notes: ['Must be at least linger.ms + request.timeout.ms. librdkafka calls it message.timeout.ms (default 300000).'],
  },
  'max.in.flight.requests.per.connection': {
    what: 'How many unacknowledged produce requests the client pipelines to one broker.',
    whenToChange: 'Keep it at 5 or less with idempotence; set 1 only without idempotence when ordering matters and retries are on.',
    interactsWith: ['enable.idempotence', 'retries', 'acks'],
    notes: ['Idempotence requires a value of 5 or less. kafkajs leaves it unlimited by default (maxInFlightRequests).'],
  },
  'linger.ms': {
    what: 'How long the producer waits for more records before sending a partly filled batch; trades a little latency for bigger batches.',
    whenToChange: 'Raise it (10-100 ms) for throughput and better compression; keep it low when each record must go out at once.',
    interactsWith: ['batch.size', 'compression.type', 'delivery.timeout.ms', 'buffer.memory'],
    notes: [
      'Java client default changed from 0 to 5 in Kafka 4.0 (KIP-1030).',
      'librdkafka: linger.ms is an alias of queue.buffering.max.ms, default 5. kafkajs has no linger; it sends what each send() call hands it.',
    ],
  },
  'batch.size': {
    what: 'Upper size in bytes of one per-partition batch; a batch is sent when full or when linger.ms expires.',
    whenToChange: 'Raise it (64-256 KiB) for high-throughput topics, together with linger.ms; very small values defeat batching.',
    interactsWith: ['linger.ms', 'buffer.memory', 'max.request.size', 'compression.type'],
  },
  'buffer.memory': {
    what: 'Total memory the producer may use for records not yet sent; when full, send() blocks.',
    whenToChange: 'Raise it for many partitions or large batches; size it as peak bytes per second times the outage you want to absorb.',
    interactsWith: ['max.block.ms', 'batch.size', 'linger.ms'],
  },
  'max.block.ms': {
    what: 'How long send() and metadata calls may block the caller when the buffer is full or metadata is missing.',
    whenToChange: 'Lower it when the calling thread must not stall (request handlers); raise it for batch jobs that should wait.',
    interactsWith: ['buffer.memory', 'delivery.timeout.ms', 'metadata.max.age.ms'],
  },
  'max.request.size': {
    what: 'Largest produce request, and so the largest single record, the producer will send.',
    whenToChange: 'Raise it only together with the topic max.message.bytes and consumer fetch sizes when records are genuinely large.',
    interactsWith: ['max.message.bytes', 'message.max.bytes', 'batch.size', 'max.partition.fetch.bytes', 'fetch.max.bytes'],
    notes: ['Checked before compression; the broker checks the compressed batch against max.message.bytes.'],
  },
  'compression.type': {
    what: 'Codec the producer uses to compress whole batches: none, gzip, snappy, lz4 or zstd.',
    whenToChange: 'Use lz4 or zstd for text-like payloads at volume; it costs producer CPU and saves network and disk.',
    interactsWith: ['linger.ms', 'batch.size', 'compression.zstd.level', 'compression.lz4.level', 'compression.gzip.level'],
    notes: ['The topic compression.type decides what is stored; the default topic value "producer" keeps the producer codec.'],
  },
  'compression.gzip.level': {
    what: 'gzip compression level used by the producer.',
    whenToChange: 'Rarely; raise it for a better ratio at more CPU, lower it for speed.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'compression.lz4.level': {
    what: 'lz4 compression level used by the producer.',
    whenToChange: 'Rarely; higher levels compress better and cost producer CPU.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'compression.zstd.level': {
    what: 'zstd compression level used by the producer.',
    whenToChange: 'Raise it when disk or egress cost dominates and producers have CPU to spare.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'partitioner.class': {
    what: 'Class that picks a partition for each record; unset means hash the key, or spread keyless records by batch.',
    whenToChange: 'Only for custom routing; a different hash than other producers of the same topic breaks per-key ordering.',
    interactsWith: ['partitioner.ignore.keys', 'partitioner.adaptive.partitioning.enable', 'key.serializer'],
    notes: [
      'librdkafka default partitioner is consistent_random (CRC32), not Java murmur2; set partitioner=murmur2_random to co-partition with Java producers.',
      'kafkajs 2.x DefaultPartitioner is murmur2 and Java-compatible.',
    ],
  },
  'partitioner.ignore.keys': {
    what: 'Makes the default partitioner ignore keys and spread all records like keyless ones.',
    whenToChange: 'Only when keys exist for consumers but no per-key ordering is needed and hot keys skew partitions.',
    interactsWith: ['partitioner.class', 'partitioner.adaptive.partitioning.enable'],
    notes: ['Added in Kafka 3.3 (KIP-794).'],
  },
  'partitioner.adaptive.partitioning.enable': {
    what: 'Lets keyless records go more often to brokers that drain faster instead of strictly rotating.',
    whenToChange: 'Keep it on; turn it off only when keyless records must spread evenly regardless of broker speed.',
    interactsWith: ['partitioner.availability.timeout.ms', 'partitioner.ignore.keys'],
    notes: ['Added in Kafka 3.3 (KIP-794).'],
  },
  'partitioner.availability.timeout.ms': {
    what: 'If a broker has not accepted a batch for this long, keyless records avoid its partitions.',
    whenToChange: 'Set it (e.g. a few seconds) to steer keyless traffic away from a slow broker; 0 disables the check.',
    interactsWith: ['partitioner.adaptive.partitioning.enable'],
  },
  'metadata.max.idle.ms': {
    what: 'How long the producer keeps metadata of a topic it has stopped writing to.',
    whenToChange: 'Raise it for producers that write to a topic only rarely, to avoid a metadata fetch on each first send.',
    interactsWith: ['metadata.max.age.ms', 'max.block.ms'],
  },
};
