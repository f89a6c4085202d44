// Planning figures a senior Kafka engineer sizes with. They are rules of thumb, not settings:
// each is named, explained and quoted in the rationale wherever it moves a number.

export const PLANNING = {
  /** Sustained write rate one partition takes comfortably on ordinary brokers (bytes/s). */
  partitionWriteBytesPerSecond: 10_000_000,
  /** Keep consumers at or below this utilization: queues (and lag) explode as load nears capacity. */
  consumerTargetUtilization: 0.8,
  /** A poll batch at p99 should take at most this fraction of max.poll.interval.ms. */
  pollBatchShareOfInterval: 0.5,
  /** Consumer threads (group members) one process reasonably runs before in-process parallelism is the better tool. */
  maxConsumerThreadsPerInstance: 4,
  /** Replicated write rate one broker sustains comfortably (bytes/s, leader and follower writes together). */
  brokerWriteBytesPerSecond: 100_000_000,
  /** Partition replicas per broker beyond which recovery and controller work slow down. */
  replicasPerBrokerLimit: 4000,
  /** Above this many partitions for one topic, ask whether the design is right. */
  partitionsSanityLimit: 512,
  /** z-score of the 99th percentile, for fitting a log-normal service time to p50 and p99. */
  zP99: 2.326,
  /** Records above this size go through a claim check rather than the log. */
  claimCheckAboveBytes: 1_000_000,
  /** Size of a claim-check reference record (object key, checksum, metadata). */
  claimCheckReferenceBytes: 1024,
  /** Records above this size deserve a look at size limits even when they fit. */
  largeRecordWarningBytes: 512 * 1024,
  /** Latency budgets at or under this leave no room for producer lingering. */
  noLingerBudgetMs: 200,
  /** Linger ceiling: beyond this, batching gains little and latency grows. */
  maxLingerMs: 20,
  /** Below this design rate (bytes/s), compression saves too little to matter. */
  compressionFromBytesPerSecond: 100 * 1024,
  /** Compression ratio assumed for disk sizing of text-like events with lz4. */
  assumedCompressionRatio: 0.5,
  /** Development fails fast: the producer gives up after this long. */
  developmentDeliveryTimeoutMs: 30_000,
  developmentRequestTimeoutMs: 10_000,
  /** Shortest segment roll worth having: smaller segments mean many files and frequent index work. */
  minSegmentMs: 600_000,
  /** Dead-letter topics keep records long enough for someone to look at them. */
  deadLetterRetentionMs: 14 * 86_400_000,
  /** Rows one Debezium snapshot thread reads and produces per second (conservative; wide rows and slow disks do less). */
  snapshotRowsPerSecond: 10_000,
  /** Table size assumed for an initial snapshot when the requirements do not say. */
  assumedTableRows: 1_000_000,
  /** Debezium heartbeat: lets the replication slot / binlog offset advance while captured tables are idle. */
  cdcHeartbeatMs: 10_000,
  /** A batch may fill for at most this share of the flow's latency budget; the rest is the write and the commit. */
  batchFillShareOfBudget: 0.5,
  /** Records per batch write when nothing else bounds it (bulk APIs slow down beyond a few thousand). */
  maxBatchRecords: 2000,
  /** Latency budget assumed for filling a batch when the flow states none. */
  assumedBatchBudgetMs: 1000,
} as const;

/** Official documentation anchors quoted in rationale entries. */
export const DOCS = {
  partitions: 'https://kafka.apache.org/documentation/#intro_concepts_and_terms',
  ordering: 'https://kafka.apache.org/documentation/#semantics',
  replication: 'https://kafka.apache.org/documentation/#replication',
  semantics: 'https://kafka.apache.org/documentation/#semantics',
  transactions: 'https://kafka.apache.org/documentation/#usingtransactions',
  compaction: 'https://kafka.apache.org/documentation/#compaction',
  consumerGroups: 'https://kafka.apache.org/documentation/#consumerconfigs',
  rebalanceProtocol: 'https://kafka.apache.org/documentation/#consumer_rebalance_protocol',
  rackAwareness: 'https://kafka.apache.org/documentation/#basic_ops_racks',
  kip392: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-392%3A+Allow+consumers+to+fetch+from+closest+replica',
  kip848: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-848%3A+The+Next+Generation+of+the+Consumer+Rebalance+Protocol',
  kip447: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-447%3A+Producer+scalability+for+exactly+once+semantics',
  schemaRegistry: 'https://docs.confluent.io/platform/current/schema-registry/index.html',
  parallelConsumer: 'https://github.com/confluentinc/parallel-consumer',
  claimCheck: 'https://www.enterpriseintegrationpatterns.com/patterns/messaging/StoreInLibrary.html',
  connect: 'https://kafka.apache.org/documentation/#connect',
  connectOverrides: 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy',
  connectErrors: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.tolerance',
  connectExactlyOnce: 'https://kafka.apache.org/documentation/#connect_exactlyoncesource',
  strimziConnector: 'https://strimzi.io/docs/operators/latest/deploying#con-creating-managing-connectors-str',
  saga: 'https://microservices.io/patterns/data/saga.html',
  littlesLaw: 'https://en.wikipedia.org/wiki/Little%27s_law',
} as const;
