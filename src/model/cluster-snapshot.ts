// What doctor reads from a live cluster, as one document: brokers, topics with their partitions
// and configs, consumer groups with committed offsets, and what could not be read (and why).

export interface BrokerInfo {
  id: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionInfo {
  id: number;
  /** -1 when the partition has no leader (offline). */
  leader: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
  /** Log start offset, when ListOffsets answered. */
  earliest: number | null;
  /** Log end offset (high watermark), when ListOffsets answered. */
  latest: number | null;
}

export interface TopicInfo {
  name: string;
  internal: boolean;
  partitions: PartitionInfo[];
  /** Topic configs (DescribeConfigs), null when unavailable. */
  config: Record<string, string> | null;
}

export interface GroupPartitionOffset {
  topic: string;
  partition: number;
  /** Committed offset (partitions without one are left out). */
  committed: number;
  /** Log end offset at the same time. */
  end: number | null;
  /** end - committed (null when either is unknown). */
  lag: number | null;
}

export interface GroupInfo {
  id: string;
  /** Group state (DescribeGroups), null when unavailable. */
  state: string | null;
  /** Member count (DescribeGroups), null when unavailable. */
  members: number | null;
  offsets: GroupPartitionOffset[];
  /** A second reading of the committed offsets, taken sampleMs later (to tell stuck from slow). */
  later: GroupPartitionOffset[] | null;
}

export interface Unavailable {
  /** What could not be read, e.g. "topic configs (DescribeConfigs)". */
  what: string;
  reason: string;
}

export interface ClusterSnapshot {
  takenAt: string;
  /** The connection as may be shown (never credentials). */
  cluster: string;
  clusterId: string | null;
  controller: number | null;
  brokers: BrokerInfo[];
  topics: TopicInfo[];
  groups: GroupInfo[];
  /** Whether groups came from ListGroups (all groups) or only from names given by the user. */
  groupsComplete: boolean;
  /** Broker-level defaults (DescribeConfigs on a broker), null when unavailable. */
  brokerConfig: Record<string, string> | null;
  /** Milliseconds between the two readings of group offsets; 0 when read once. */
  sampleMs: number;
  unavailable: Unavailable[];
  /** Requests the snapshot sent, per broker (host:port) and request type. */
  requests: Record<string, Record<string, number>>;
  durationMs: number;
}
