// Planning figures a senior Kafka engineer sizes with. They are rules of thumb, not settings:
// each is named, explained and quoted in the rationale wherever it moves a number.

export const PLANNING = {
  /** Sustained write rate one partition takes comfortably on ordinary brokers (bytes/s). */
  partitionWriteBytesPerSecond: 10_000_000,
  /** Keep consumers at or below this utilization: queues (and lag) explode as load nears capacity. */
  consumerTargetUtilization: 0.8,
  /** A poll batch at p99 should take at most this fraction of max.poll.interval.ms. */
  pollBatchShareOfInterval: 0.5,
  /** Records per call when the application sets the batch itself (librdkafka consume(), franz-go PollRecords): enough to spread the per-call cost, few enough to commit often. */
  applicationPollBatch: 500,
  /** Consumer threads (group members) one process reasonably runs before in-process parallelism is the better tool. */
  maxConsumerThreadsPerInstance: 4,
  /** In-process handlers one instance runs by default before another instance is worth its cost (used when max_instances is not stated). */
  inProcessHandlersPerInstance: 8,
  /** Replicated write rate one broker sustains comfortably (bytes/s, leader and follower writes together). */
  brokerWriteBytesPerSecond: 100_000_000,
  /** Partition replicas per broker beyond which recovery and controller work slow down. */
  replicasPerBrokerLimit: 4000,
  /** Above this many partitions for one topic, ask whether the design is right. */
  partitionsSanityLimit: 512,
  /** When only one of median and p99 handling time is known, the other is taken at this ratio (a modest tail), always said as an assumption; design and the lag what-if share it. */
  assumedTailRatio: 4,
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
  /** Share of the end-to-end p99 budget the producer may spend lingering, by priority. */
  lingerShareOfBudget: { latency: 0.01, balanced: 0.05, durability: 0.05, cost: 0.1 },
  /** Linger without a latency target, by priority (cost waits longer for fuller, better-compressed batches). */
  lingerWithoutBudgetMs: { latency: 5, balanced: 5, durability: 5, cost: 100 },
  /** Batch a partition should fill before it is sent, by priority (bytes, before compression). */
  targetBatchBytes: { latency: 16_384, balanced: 65_536, durability: 65_536, cost: 524_288 },
  /** A retry after a leader move (rolling restart) lands after about this long: budgets below it gain nothing from retrying. */
  leaderMoveRetryMs: 1000,
  /** Below this design rate (bytes/s), compression saves too little to matter. */
  compressionFromBytesPerSecond: 100 * 1024,
  /** Compressed / raw size assumed when not stated: text-like payloads (JSON) and binary encodings (Avro, Protobuf), per codec. */
  assumedCompressionRatio: { text: { lz4: 0.5, zstd: 0.35 }, binary: { lz4: 0.75, zstd: 0.6 } },
  /** A stated compression_ratio at or above this means payloads arrive compressed: another codec only costs CPU. */
  alreadyCompressedRatio: 0.9,
  /** Share of a broker's storage throughput producers' and followers' writes may take: the rest serves consumers that fall behind the page cache, and partition moves. */
  storageWriteShare: 0.8,
  /** Fill a broker's log disk at most this far: the rest is headroom for reassignment, segments awaiting deletion and bursts. */
  diskSafeFill: 0.75,
  /** Without a stated disk size, ask for it once the retained data per broker passes this (bytes). */
  askDiskAboveBytes: 1e12,
  /** Local retention kept on broker disks when older segments move to remote storage, by priority. */
  tieredLocalRetentionMs: { latency: 86_400_000, balanced: 86_400_000, durability: 3 * 86_400_000, cost: 6 * 3_600_000 },
  /** Tiered storage pays off when retention is at least this many times the local retention. */
  tieredWorthFactor: 3,
  /** Client connections one broker carries comfortably (each costs memory, file handles and network threads' time). */
  connectionsPerBrokerComfort: 10_000,
  /** Idempotent producer states (producer id x partition) one broker keeps comfortably in memory. */
  producerStatesPerBrokerComfort: 200_000,
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
  /** Share of records assumed to fail permanently, for sizing dead-letter and parked topics. */
  failedRecordShare: 0.01,
  /** Attempts on one record before its error counts as permanent (a poison pill, not an outage). */
  attemptsBeforePermanent: 5,
  /** Backoff between retries of a transient error: first delay and cap. */
  retryBackoffInitialMs: 200,
  retryBackoffMaxMs: 30_000,
  /** Growth headroom for keyed topics: adding partitions later remaps keys, so size for this multiple now. */
  keyedPartitionHeadroom: 2,
  /** How long a cache instance may be away and resume from its local checkpoint (delete.retention.ms must cover it). */
  cacheAbsenceMs: 7 * 86_400_000,
  /** Share of deletes_within given to segment roll and compaction lag; the rest is margin for a busy cleaner. */
  erasureBudgetShare: 0.5,
  /** Dirty ratio for compacted topics that instances rebuild from: a rebuild reads at most 1 / (1 - ratio) x the live keys. */
  rebuildDirtyRatio: 0.2,
  /** A flow whose end-to-end p99 budget is at or under this is latency-sensitive: a noisy neighbour hurts it. */
  latencySensitiveBudgetMs: 1000,
  /** A producer this many times louder (bytes/s) than a latency-sensitive flow gets a quota. */
  noisyNeighbourRatio: 10,
  /** Quotas sit this far above the planned peak, so the plan itself never throttles. */
  quotaHeadroom: 1.5,
  /** From this many producing processes, a flow's request load deserves a request quota. */
  manyProducerInstances: 1000,
  /** Floor of a request quota (percent of one broker thread). */
  minRequestPercentage: 10,
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
  modifyTopic: 'https://kafka.apache.org/documentation/#basic_ops_modify_topic',
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
  consumerPause: 'https://kafka.apache.org/documentation/#consumerapi',
  kip447Fencing: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-447%3A+Producer+scalability+for+exactly+once+semantics',
  streamsEos: 'https://kafka.apache.org/documentation/streams/developer-guide/config-streams#processing-guarantee',
  compactionGuarantees: 'https://kafka.apache.org/documentation/#design_compactionguarantees',
  librdkafkaPartitioner: 'https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md',
  littlesLaw: 'https://en.wikipedia.org/wiki/Little%27s_law',
} as const;
