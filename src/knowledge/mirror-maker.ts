// MirrorMaker 2 (Kafka Connect's Mirror connectors, run by connect-mirror-maker.sh or on a Connect
// cluster): the replication factors of the topics it creates in the target cluster and the offset
// translation settings, with their defaults. Read from Apache Kafka's sources: MirrorSourceConfig,
// MirrorCheckpointConfig, MirrorHeartbeatConfig, MirrorConnectorConfig (connect/mirror) and
// DistributedConfig (connect/runtime), tags 2.4.0 to 3.9.0 and trunk at 4.0.0-SNAPSHOT: the defaults
// below did not change in that range. The shipped example config/connect-mirror-maker.properties
// sets every one of these factors to 1, which is where most production files with 1 come from.

export const MM2_SOURCES = {
  georeplication: 'https://kafka.apache.org/documentation/#georeplication',
  source: 'https://github.com/apache/kafka/blob/3.9.0/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorSourceConfig.java',
  checkpoint: 'https://github.com/apache/kafka/blob/3.9.0/connect/mirror/src/main/java/org/apache/kafka/connect/mirror/MirrorCheckpointConfig.java',
  example: 'https://github.com/apache/kafka/blob/3.9.0/config/connect-mirror-maker.properties',
} as const;

/** Where a replication-factor setting applies: per replication flow (connector) or per target cluster (the Connect worker's storage). */
export type Mm2Scope = 'flow' | 'worker';

export interface Mm2ReplicationFactor {
  name: string;
  /** What the topic holds, for messages. */
  topic: string;
  default: number;
  scope: Mm2Scope;
}

/** The topics MirrorMaker 2 creates in the target cluster and their replication-factor settings. */
export const MM2_REPLICATION_FACTORS: readonly Mm2ReplicationFactor[] = [
  { name: 'replication.factor', topic: 'the mirrored (remote) topics', default: 2, scope: 'flow' },
  { name: 'checkpoints.topic.replication.factor', topic: 'the checkpoints topic (translated consumer offsets)', default: 3, scope: 'flow' },
  { name: 'heartbeats.topic.replication.factor', topic: 'the heartbeats topic', default: 3, scope: 'flow' },
  { name: 'offset-syncs.topic.replication.factor', topic: 'the offset-syncs topic', default: 3, scope: 'flow' },
  { name: 'offset.storage.replication.factor', topic: 'the Connect offsets topic (mm2-offsets.*)', default: 3, scope: 'worker' },
  { name: 'config.storage.replication.factor', topic: 'the Connect configs topic (mm2-configs.*)', default: 3, scope: 'worker' },
  { name: 'status.storage.replication.factor', topic: 'the Connect status topic (mm2-status.*)', default: 3, scope: 'worker' },
];

/** Offset translation switches and their defaults. */
export const MM2_OFFSETS = {
  /** The checkpoint connector translates committed offsets into the target's offsets (2.4+). */
  emitCheckpoints: { name: 'emit.checkpoints.enabled', default: true },
  /** The source connector records how offsets map between the clusters; checkpoints need it (the switch exists from 3.9). */
  emitOffsetSyncs: { name: 'emit.offset-syncs.enabled', default: true, since: '3.9' },
  /** Translated offsets are written to the target's consumer groups while they have no active members (2.7+, KIP-545). */
  syncGroupOffsets: { name: 'sync.group.offsets.enabled', default: false },
} as const;
