// franz-go (github.com/twmb/franz-go/pkg/kgo) client options for canonical Java setting names.
// franz-go configures a client with option functions rather than properties, so each entry says
// which function takes the setting and how the Java value becomes its Go argument.

/** How a Java string value becomes the Go argument of the option function. */
export type FranzArgument =
  | 'duration-ms' // milliseconds -> time.Duration
  | 'int32'
  | 'int'
  | 'string'
  | 'acks' // "all" | "-1" | "1" | "0"
  | 'compression' // none | gzip | snappy | lz4 | zstd
  | 'offset-reset' // earliest | latest
  | 'isolation' // read_committed | read_uncommitted
  | 'balancers' // Java assignor class names
  | 'enable-when-false'; // a boolean whose "false" is an option without arguments

export interface FranzOption {
  /** The kgo function, e.g. "RequiredAcks". */
  option: string;
  argument: FranzArgument;
  /** What franz-go does by default when the option is absent, where that matters to a reader. */
  note?: string;
}

export const FRANZ_GO_OPTIONS: Readonly<Record<string, FranzOption>> = {
  acks: { option: 'RequiredAcks', argument: 'acks' },
  'enable.idempotence': { option: 'DisableIdempotentWrite', argument: 'enable-when-false', note: 'franz-go writes idempotently by default' },
  'max.in.flight.requests.per.connection': { option: 'MaxProduceRequestsInflightPerBroker', argument: 'int' },
  'linger.ms': { option: 'ProducerLinger', argument: 'duration-ms' },
  'batch.size': { option: 'ProducerBatchMaxBytes', argument: 'int32' },
  'compression.type': { option: 'ProducerBatchCompression', argument: 'compression' },
  'delivery.timeout.ms': { option: 'RecordDeliveryTimeout', argument: 'duration-ms' },
  retries: { option: 'RecordRetries', argument: 'int' },
  'request.timeout.ms': { option: 'ProduceRequestTimeout', argument: 'duration-ms' },
  'transactional.id': { option: 'TransactionalID', argument: 'string' },
  'transaction.timeout.ms': { option: 'TransactionTimeout', argument: 'duration-ms' },
  'client.id': { option: 'ClientID', argument: 'string' },
  'group.id': { option: 'ConsumerGroup', argument: 'string' },
  'group.instance.id': { option: 'InstanceID', argument: 'string' },
  'client.rack': { option: 'Rack', argument: 'string' },
  'enable.auto.commit': { option: 'DisableAutoCommit', argument: 'enable-when-false', note: 'franz-go commits automatically by default' },
  'auto.commit.interval.ms': { option: 'AutoCommitInterval', argument: 'duration-ms' },
  'auto.offset.reset': { option: 'ConsumeResetOffset', argument: 'offset-reset' },
  'isolation.level': { option: 'FetchIsolationLevel', argument: 'isolation' },
  'session.timeout.ms': { option: 'SessionTimeout', argument: 'duration-ms' },
  'heartbeat.interval.ms': { option: 'HeartbeatInterval', argument: 'duration-ms' },
  // The rebalance timeout is what the Java consumer sends as max.poll.interval.ms.
  'max.poll.interval.ms': { option: 'RebalanceTimeout', argument: 'duration-ms' },
  'fetch.min.bytes': { option: 'FetchMinBytes', argument: 'int32' },
  'fetch.max.bytes': { option: 'FetchMaxBytes', argument: 'int32' },
  'fetch.max.wait.ms': { option: 'FetchMaxWait', argument: 'duration-ms' },
  'max.partition.fetch.bytes': { option: 'FetchMaxPartitionBytes', argument: 'int32' },
  'partition.assignment.strategy': { option: 'Balancers', argument: 'balancers' },
  'metadata.max.age.ms': { option: 'MetadataMaxAge', argument: 'duration-ms' },
};

/** kgo balancer constructors for the Java assignor classes that have one. */
export const FRANZ_GO_BALANCERS: Readonly<Record<string, string>> = {
  RangeAssignor: 'RangeBalancer',
  RoundRobinAssignor: 'RoundRobinBalancer',
  StickyAssignor: 'StickyBalancer',
  CooperativeStickyAssignor: 'CooperativeStickyBalancer',
};
