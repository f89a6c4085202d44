// Topic settings, in our words. Each overrides a broker-wide default (serverDefaultProperty).
import type { ExplanationTable } from './index.js';

const TIERED = 'Tiered storage (KIP-405) is production-ready from 3.9; the 3.0 docs listed these settings early and 3.1-3.5 did not.';

export const TOPIC: ExplanationTable = {
  'cleanup.policy': {
    what: 'What happens to old data: delete whole segments past retention, compact to the latest record per key, or both.',
    whenToChange: 'Use compact for changelog/state topics keyed by entity; compact,delete for compacted topics that must still expire.',
    interactsWith: ['retention.ms', 'min.compaction.lag.ms', 'max.compaction.lag.ms', 'delete.retention.ms', 'min.cleanable.dirty.ratio', 'segment.ms'],
  },
  'retention.ms': {
    what: 'How long records are kept before their segment may be deleted (delete policy); -1 keeps them forever.',
    whenToChange: 'Set it from the requirement: the longest a consumer may be down plus any replay window, and what the disk can hold.',
    interactsWith: ['retention.bytes', 'segment.ms', 'segment.bytes', 'cleanup.policy', 'local.retention.ms', 'offsets.retention.minutes'],
    notes: ["Deletion is per closed segment, so data can live up to segment.ms (or a segment's fill time) longer."],
  },
  'retention.bytes': {
    what: 'Size cap per partition before the oldest segments are deleted; -1 means no size cap.',
    whenToChange: 'Set it to protect disks when traffic can spike; remember it is per partition, not per topic.',
    interactsWith: ['retention.ms', 'segment.bytes', 'local.retention.bytes'],
  },
  'segment.bytes': {
    what: 'Size at which a partition rolls to a new log segment file.',
    whenToChange: 'Lower it for small or compacted topics so retention and compaction can act on closed segments sooner.',
    interactsWith: ['segment.ms', 'retention.ms', 'retention.bytes', 'cleanup.policy'],
  },
  'segment.ms': {
    what: 'Age at which a partition rolls to a new segment even if it is not full.',
    whenToChange: 'Lower it for low-volume topics whose retention or compaction must take effect on time (e.g. GDPR deletes).',
    interactsWith: ['segment.bytes', 'retention.ms', 'max.compaction.lag.ms', 'segment.jitter.ms'],
  },
  'segment.jitter.ms': {
    what: 'Random amount subtracted from segment.ms so many partitions do not roll at the same moment.',
    whenToChange: 'Set it when many partitions are created together and would roll in lockstep.',
    interactsWith: ['segment.ms'],
  },
  'segment.index.bytes': {
    what: 'Size of the offset index file preallocated per segment.',
    whenToChange: 'Rarely; raise it only with very large segments of very small records.',
    interactsWith: ['segment.bytes', 'index.interval.bytes'],
  },
  'index.interval.bytes': {
    what: 'How many bytes of records between offset index entries.',
    whenToChange: 'Rarely; lower it for finer-grained seeks at the cost of bigger indexes.',
    interactsWith: ['segment.index.bytes'],
  },
  'min.insync.replicas': {
    what: 'How many replicas must be in sync for an acks=all write to succeed; below it, such writes fail instead of risking loss.',
    whenToChange: 'Set 2 with replication factor 3 for data you cannot lose; it is what makes acks=all meaningful.',
    interactsWith: ['acks', 'default.replication.factor', 'unclean.leader.election.enable'],
    notes: ['The default of 1 means acks=all is satisfied by the leader alone.'],
  },
  'unclean.leader.election.enable': {
    what: 'Allows an out-of-sync replica to become leader when no in-sync one is left: availability at the price of losing acknowledged data.',
    whenToChange: 'Keep false for anything you cannot lose; true only for data where availability beats completeness.',
    interactsWith: ['min.insync.replicas', 'acks'],
  },
  'max.message.bytes': {
    what: 'Largest record batch (after compression) the topic accepts.',
    whenToChange: 'Raise it for genuinely large messages, together with producer max.request.size and consumer fetch sizes; prefer storing blobs elsewhere.',
    interactsWith: ['max.request.size', 'max.partition.fetch.bytes', 'fetch.max.bytes', 'replica.fetch.max.bytes', 'message.max.bytes'],
  },
  'compression.type': {
    what: 'How the topic stores batches: producer keeps what the producer sent; a codec name recompresses to that codec.',
    whenToChange: 'Keep producer; set a codec only to enforce one regardless of clients (it costs broker CPU to recompress).',
    interactsWith: ['compression.zstd.level', 'compression.gzip.level', 'max.message.bytes', 'linger.ms'],
  },
  'compression.gzip.level': {
    what: 'gzip level the broker uses when the topic recompresses to gzip.',
    whenToChange: 'Only when the topic forces gzip and ratio or CPU needs tuning.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'compression.lz4.level': {
    what: 'lz4 level the broker uses when the topic recompresses to lz4.',
    whenToChange: 'Only when the topic forces lz4 and ratio or CPU needs tuning.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'compression.zstd.level': {
    what: 'zstd level the broker uses when the topic recompresses to zstd.',
    whenToChange: 'Only when the topic forces zstd and ratio or CPU needs tuning.',
    interactsWith: ['compression.type'],
    notes: ['Added in Kafka 3.8 (KIP-390).'],
  },
  'delete.retention.ms': {
    what: 'How long tombstones (null-value deletes) stay in a compacted topic before compaction removes them.',
    whenToChange: 'Raise it above the longest time a consumer rebuilding state may take to read the topic, or it will miss deletes.',
    interactsWith: ['cleanup.policy', 'min.compaction.lag.ms'],
  },
  'min.compaction.lag.ms': {
    what: 'A record stays uncompacted at least this long, so consumers can still see every update for a while.',
    whenToChange: 'Set it when consumers need recent intermediate values, not just the latest per key.',
    interactsWith: ['max.compaction.lag.ms', 'cleanup.policy', 'delete.retention.ms'],
  },
  'max.compaction.lag.ms': {
    what: 'Longest a record may stay uncompacted; forces cleaning even when the dirty ratio is low.',
    whenToChange: 'Set it when old values must disappear within a deadline (privacy), together with segment.ms.',
    interactsWith: ['min.compaction.lag.ms', 'segment.ms', 'min.cleanable.dirty.ratio'],
  },
  'min.cleanable.dirty.ratio': {
    what: 'Share of uncompacted data at which the log cleaner compacts the partition.',
    whenToChange: 'Lower it for compacted topics that must stay small; higher means less cleaning work but more duplicates.',
    interactsWith: ['cleanup.policy', 'max.compaction.lag.ms', 'log.cleaner.threads'],
  },
  'file.delete.delay.ms': {
    what: 'Pause between marking a segment for deletion and removing the file.',
    whenToChange: 'Rarely; it only gives in-flight reads time to finish.',
    interactsWith: ['retention.ms'],
  },
  'flush.messages': {
    what: 'Forces an fsync every N messages; by default Kafka leaves flushing to the OS and relies on replication.',
    whenToChange: 'Almost never; replication is the durability mechanism, forced fsync costs throughput.',
    interactsWith: ['flush.ms', 'min.insync.replicas'],
  },
  'flush.ms': {
    what: 'Forces an fsync every N milliseconds; by default flushing is left to the OS.',
    whenToChange: 'Almost never; only single-replica setups that must survive power loss.',
    interactsWith: ['flush.messages'],
  },
  preallocate: {
    what: 'Preallocates segment files on disk when they are created.',
    whenToChange: 'Rarely; it can help on filesystems that fragment badly.',
    interactsWith: ['segment.bytes'],
  },
  'message.timestamp.type': {
    what: "Whether record timestamps are the producer's (CreateTime) or the broker's append time (LogAppendTime).",
    whenToChange: 'Use LogAppendTime when producer clocks cannot be trusted and time-based retention or lookups must be reliable.',
    interactsWith: ['message.timestamp.before.max.ms', 'message.timestamp.after.max.ms', 'retention.ms'],
  },
  'message.timestamp.before.max.ms': {
    what: 'How far in the past a CreateTime timestamp may be before the broker rejects the record.',
    whenToChange: 'Set it to reject badly skewed or replayed-from-the-past records; leave unlimited for backfills.',
    interactsWith: ['message.timestamp.type', 'message.timestamp.after.max.ms'],
    notes: ['Added in 3.6 (KIP-937), replacing message.timestamp.difference.max.ms.'],
  },
  'message.timestamp.after.max.ms': {
    what: 'How far in the future a CreateTime timestamp may be before the broker rejects the record.',
    whenToChange: 'Raise it only when producers legitimately stamp future times.',
    interactsWith: ['message.timestamp.type', 'message.timestamp.before.max.ms'],
    notes: ['Added in 3.6 (KIP-937); its default dropped from unlimited to 1 hour in Kafka 4.0, so producers with fast clocks can start failing after an upgrade.'],
  },
  'message.timestamp.difference.max.ms': {
    what: 'Largest allowed gap between a CreateTime timestamp and broker time, in either direction.',
    whenToChange: 'Move to message.timestamp.before.max.ms / after.max.ms; this setting is gone in 4.0.',
    interactsWith: ['message.timestamp.before.max.ms', 'message.timestamp.after.max.ms'],
    notes: ['Deprecated in 3.6 (KIP-937), removed in 4.0.'],
  },
  'message.format.version': {
    what: 'On-disk record format version for the topic, kept for very old clients.',
    whenToChange: 'Do not set it; it is ignored from inter.broker.protocol.version 3.0 and removed in 4.0.',
    interactsWith: ['inter.broker.protocol.version'],
    notes: ['Removed in Kafka 4.0, which only writes the v2 record format.'],
  },
  'message.downconversion.enable': {
    what: 'Whether the broker converts records to old formats for old consumers (expensive).',
    whenToChange: 'Turn it off to protect brokers from pre-0.11 consumers; gone in 4.0.',
    interactsWith: ['message.format.version'],
    notes: ['Removed in Kafka 4.0 along with old message formats.'],
  },
  'leader.replication.throttled.replicas': {
    what: 'Replicas on the leader side whose replication traffic is throttled during reassignment.',
    whenToChange: 'Set by reassignment tools to keep partition moves from saturating the network; clear it afterwards.',
    interactsWith: ['follower.replication.throttled.replicas', 'replica.fetch.max.bytes'],
  },
  'follower.replication.throttled.replicas': {
    what: 'Replicas on the follower side whose replication traffic is throttled during reassignment.',
    whenToChange: 'Set by reassignment tools; clear it afterwards or replicas may lag forever.',
    interactsWith: ['leader.replication.throttled.replicas'],
  },
  'remote.storage.enable': {
    what: 'Turns on tiered storage for the topic: closed segments are copied to remote storage and expire locally sooner.',
    whenToChange: 'Enable for long-retention topics where broker disks are the cost; needs the broker remote.log.storage.system.enable.',
    interactsWith: ['local.retention.ms', 'local.retention.bytes', 'retention.ms', 'remote.log.storage.system.enable'],
    notes: [TIERED],
  },
  'local.retention.ms': {
    what: 'How long a tiered topic keeps segments on broker disks; -2 means as long as retention.ms.',
    whenToChange: 'Lower it to keep only the hot tail locally when most reads are recent.',
    interactsWith: ['retention.ms', 'remote.storage.enable', 'local.retention.bytes'],
    notes: [TIERED],
  },
  'local.retention.bytes': {
    what: 'Per-partition size a tiered topic keeps on broker disks; -2 means as much as retention.bytes.',
    whenToChange: 'Lower it to bound local disk use on tiered topics.',
    interactsWith: ['retention.bytes', 'remote.storage.enable', 'local.retention.ms'],
    notes: [TIERED],
  },
  'remote.log.copy.disable': {
    what: 'Stops copying new segments to remote storage while keeping what is already there readable.',
    whenToChange: 'Set it as the first step of turning tiered storage off for a topic.',
    interactsWith: ['remote.storage.enable', 'remote.log.delete.on.disable'],
    notes: ['Added in 3.9 (KIP-950).'],
  },
  'remote.log.delete.on.disable': {
    what: "Confirms that turning tiered storage off deletes the topic's remote data.",
    whenToChange: 'Set it to true when disabling tiered storage for a topic and remote data may go.',
    interactsWith: ['remote.storage.enable', 'remote.log.copy.disable'],
    notes: ['Added in 3.9 (KIP-950).'],
  },
};
