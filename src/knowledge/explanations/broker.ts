// Broker settings a pipeline designer touches (durability, topic defaults, retention, groups,
// transactions, racks, compaction), in our words. Pure operations tuning is left to the docs.
import type { ExplanationTable } from './index.js';
import { GROUP_AND_TRANSACTION_COORDINATORS } from './broker-coordinators.js';

const TOPIC_DEFAULT = (topicSetting: string) => `Cluster-wide default for the topic setting ${topicSetting}; topics override it.`;

/** Topic defaults, retention, storage, replication, compression and the log cleaner. */
const LOG_AND_REPLICATION: ExplanationTable = {
  'default.replication.factor': {
    what: 'Replication factor for topics created without one (auto-created or via tools that leave it to the broker).',
    whenToChange: 'Set 3 on production clusters with at least three brokers so no topic silently gets a single copy.',
    interactsWith: ['min.insync.replicas', 'auto.create.topics.enable', 'num.partitions'],
  },
  'min.insync.replicas': {
    what: 'Cluster-wide default of the topic min.insync.replicas: replicas that must have an acks=all write.',
    whenToChange: 'Set 2 with replication factor 3 so acks=all survives one broker loss without losing data.',
    interactsWith: ['acks', 'default.replication.factor', 'unclean.leader.election.enable'],
  },
  'unclean.leader.election.enable': {
    what: 'Cluster-wide default for electing an out-of-sync replica as leader when no in-sync one is left.',
    whenToChange: 'Keep false; enable per topic only where availability beats losing acknowledged writes.',
    interactsWith: ['min.insync.replicas', 'acks'],
  },
  'auto.create.topics.enable': {
    what: 'Lets a produce, or a metadata request, for a missing topic create it with num.partitions and default.replication.factor.',
    whenToChange: 'Turn it off in production; create topics deliberately with the right partitions, replication and config.',
    interactsWith: ['num.partitions', 'default.replication.factor', 'allow.auto.create.topics'],
  },
  'num.partitions': {
    what: 'Partition count for topics created without one.',
    whenToChange: 'Raise it if topics are auto-created; better, size partitions per topic from throughput and consumer parallelism.',
    interactsWith: ['auto.create.topics.enable', 'default.replication.factor'],
  },
  'delete.topic.enable': {
    what: 'Whether topics can be deleted through the admin API.',
    whenToChange: 'Turn it off on clusters where a mistaken delete would be catastrophic and deletion goes through change control.',
    interactsWith: [],
  },
  'log.retention.ms': {
    what: TOPIC_DEFAULT('retention.ms') + ' Takes precedence over the minutes and hours forms.',
    whenToChange: 'Set a sane cluster default; set retention per topic from its requirements.',
    interactsWith: ['retention.ms', 'log.retention.hours', 'log.retention.bytes'],
  },
  'log.retention.minutes': {
    what: TOPIC_DEFAULT('retention.ms') + ' In minutes; used when log.retention.ms is unset.',
    whenToChange: 'Prefer log.retention.ms.',
    interactsWith: ['log.retention.ms', 'log.retention.hours'],
  },
  'log.retention.hours': {
    what: TOPIC_DEFAULT('retention.ms') + ' In hours (168 = 7 days); used when the ms and minutes forms are unset.',
    whenToChange: 'Prefer log.retention.ms; set retention per topic.',
    interactsWith: ['log.retention.ms', 'log.retention.minutes', 'retention.ms'],
  },
  'log.retention.bytes': {
    what: TOPIC_DEFAULT('retention.bytes') + ' Per partition.',
    whenToChange: 'Set it to protect disks when topics are created without size caps.',
    interactsWith: ['retention.bytes', 'log.segment.bytes'],
  },
  'log.retention.check.interval.ms': {
    what: 'How often the broker looks for segments to delete under retention.',
    whenToChange: 'Rarely; lower it only when deletes must happen very promptly.',
    interactsWith: ['log.retention.ms'],
  },
  'log.segment.bytes': { what: TOPIC_DEFAULT('segment.bytes'), whenToChange: 'Rarely cluster-wide; tune segment size per topic.', interactsWith: ['segment.bytes', 'log.roll.ms'] },
  'log.roll.ms': {
    what: TOPIC_DEFAULT('segment.ms') + ' Takes precedence over log.roll.hours.',
    whenToChange: 'Rarely cluster-wide; tune per topic for low-volume compacted or time-bound topics.',
    interactsWith: ['segment.ms', 'log.roll.hours'],
  },
  'log.roll.hours': { what: TOPIC_DEFAULT('segment.ms') + ' In hours; used when log.roll.ms is unset.', whenToChange: 'Prefer log.roll.ms.', interactsWith: ['log.roll.ms', 'segment.ms'] },
  'log.cleanup.policy': { what: TOPIC_DEFAULT('cleanup.policy'), whenToChange: 'Keep delete; set compact per topic where needed.', interactsWith: ['cleanup.policy', 'log.cleaner.enable'] },
  'log.message.timestamp.type': {
    what: TOPIC_DEFAULT('message.timestamp.type'),
    whenToChange: 'Set LogAppendTime cluster-wide only if no producer clock can be trusted.',
    interactsWith: ['message.timestamp.type'],
  },
  'log.message.timestamp.before.max.ms': {
    what: TOPIC_DEFAULT('message.timestamp.before.max.ms'),
    whenToChange: 'Set it to reject records stamped far in the past.',
    interactsWith: ['message.timestamp.before.max.ms'],
    notes: ['Added in 3.6 (KIP-937).'],
  },
  'log.message.timestamp.after.max.ms': {
    what: TOPIC_DEFAULT('message.timestamp.after.max.ms'),
    whenToChange: 'Raise it only if producers legitimately stamp future times.',
    interactsWith: ['message.timestamp.after.max.ms'],
    notes: ['Added in 3.6 (KIP-937); default lowered from unlimited to 1 hour in 4.0.'],
  },
  'log.message.timestamp.difference.max.ms': {
    what: TOPIC_DEFAULT('message.timestamp.difference.max.ms'),
    whenToChange: 'Move to the before/after settings; removed in 4.0.',
    interactsWith: ['log.message.timestamp.before.max.ms', 'log.message.timestamp.after.max.ms'],
    notes: ['Deprecated in 3.6, removed in 4.0.'],
  },
  'log.message.format.version': {
    what: TOPIC_DEFAULT('message.format.version'),
    whenToChange: 'Do not set it; ignored from IBP 3.0 and removed in 4.0.',
    interactsWith: ['inter.broker.protocol.version'],
    notes: ['Removed in 4.0.'],
  },
  'log.message.downconversion.enable': {
    what: TOPIC_DEFAULT('message.downconversion.enable'),
    whenToChange: 'Turn it off to protect brokers from ancient consumers; removed in 4.0.',
    interactsWith: ['message.downconversion.enable'],
    notes: ['Removed in 4.0.'],
  },
  'log.preallocate': { what: TOPIC_DEFAULT('preallocate'), whenToChange: 'Rarely.', interactsWith: ['preallocate'] },
  'log.flush.interval.messages': {
    what: TOPIC_DEFAULT('flush.messages'),
    whenToChange: "Almost never; replication, not fsync, is Kafka's durability.",
    interactsWith: ['flush.messages', 'log.flush.interval.ms'],
  },
  'log.flush.interval.ms': {
    what: TOPIC_DEFAULT('flush.ms'),
    whenToChange: "Almost never; replication, not fsync, is Kafka's durability.",
    interactsWith: ['flush.ms', 'log.flush.interval.messages'],
  },
  'log.local.retention.ms': {
    what: TOPIC_DEFAULT('local.retention.ms'),
    whenToChange: 'Set it on tiered clusters to keep only a hot tail on local disks.',
    interactsWith: ['local.retention.ms', 'remote.log.storage.system.enable'],
  },
  'log.local.retention.bytes': {
    what: TOPIC_DEFAULT('local.retention.bytes'),
    whenToChange: 'Set it on tiered clusters to bound local disk use.',
    interactsWith: ['local.retention.bytes', 'remote.log.storage.system.enable'],
  },
  'remote.log.storage.system.enable': {
    what: 'Turns on the tiered storage machinery in the broker; topics then opt in with remote.storage.enable.',
    whenToChange: 'Enable when long retention on broker disks is too expensive (production-ready from 3.9).',
    interactsWith: ['remote.storage.enable', 'log.local.retention.ms'],
  },
  'message.max.bytes': {
    what: 'Cluster-wide default of the topic max.message.bytes: the largest record batch accepted after compression.',
    whenToChange: 'Raise it only with producer max.request.size, replica.fetch.max.bytes and consumer fetch sizes; prefer per-topic overrides.',
    interactsWith: ['max.message.bytes', 'max.request.size', 'replica.fetch.max.bytes', 'fetch.max.bytes'],
  },
  'replica.fetch.max.bytes': {
    what: 'How much data a follower fetches per partition per request when replicating.',
    whenToChange: 'Keep it at least as large as the biggest allowed message batch so replication keeps up with large records.',
    interactsWith: ['message.max.bytes', 'max.message.bytes', 'replica.fetch.response.max.bytes'],
  },
  'replica.lag.time.max.ms': {
    what: 'A follower that has not caught up for this long drops out of the in-sync replica set.',
    whenToChange: 'Raise it on clusters with bursty load where followers drop out of ISR too eagerly.',
    interactsWith: ['min.insync.replicas', 'num.replica.fetchers'],
  },
  'num.replica.fetchers': {
    what: 'Threads each broker uses to replicate from each other broker.',
    whenToChange: 'Raise it when followers cannot keep up with high write throughput.',
    interactsWith: ['replica.fetch.max.bytes', 'replica.lag.time.max.ms'],
  },
  'compression.type': {
    what: "Cluster-wide default of the topic compression.type; producer keeps the producer's codec.",
    whenToChange: 'Keep producer; forcing a codec makes brokers recompress every batch.',
    interactsWith: ['compression.gzip.level', 'compression.lz4.level', 'compression.zstd.level', 'linger.ms'],
  },
  'compression.gzip.level': {
    what: 'Cluster-wide default gzip level when topics recompress to gzip.',
    whenToChange: 'Rarely.',
    interactsWith: ['compression.type'],
    notes: ['Added in 3.8 (KIP-390).'],
  },
  'compression.lz4.level': { what: 'Cluster-wide default lz4 level when topics recompress to lz4.', whenToChange: 'Rarely.', interactsWith: ['compression.type'], notes: ['Added in 3.8 (KIP-390).'] },
  'compression.zstd.level': {
    what: 'Cluster-wide default zstd level when topics recompress to zstd.',
    whenToChange: 'Rarely.',
    interactsWith: ['compression.type'],
    notes: ['Added in 3.8 (KIP-390).'],
  },
  'log.cleaner.enable': {
    what: 'Runs the log cleaner, which compacts topics with cleanup.policy=compact (including __consumer_offsets).',
    whenToChange: 'Keep it on; without it compacted topics, and the offsets topic, grow forever.',
    interactsWith: ['cleanup.policy', 'log.cleaner.threads'],
  },
  'log.cleaner.threads': {
    what: 'Threads compacting logs in parallel.',
    whenToChange: 'Raise it when many compacted partitions build up dirty data faster than it is cleaned.',
    interactsWith: ['log.cleaner.dedupe.buffer.size', 'min.cleanable.dirty.ratio'],
  },
  'log.cleaner.dedupe.buffer.size': {
    what: 'Memory the cleaner threads share for the key map used while compacting.',
    whenToChange: 'Raise it for compacted topics with many distinct keys, so each pass cleans more.',
    interactsWith: ['log.cleaner.threads'],
  },
  'log.cleaner.min.cleanable.ratio': { what: TOPIC_DEFAULT('min.cleanable.dirty.ratio'), whenToChange: 'Lower it if compacted topics stay too large.', interactsWith: ['min.cleanable.dirty.ratio'] },
  'log.cleaner.delete.retention.ms': {
    what: TOPIC_DEFAULT('delete.retention.ms'),
    whenToChange: 'Raise it above the longest state-rebuild read of a compacted topic.',
    interactsWith: ['delete.retention.ms'],
  },
  'log.cleaner.min.compaction.lag.ms': { what: TOPIC_DEFAULT('min.compaction.lag.ms'), whenToChange: 'Set per topic instead.', interactsWith: ['min.compaction.lag.ms'] },
  'log.cleaner.max.compaction.lag.ms': {
    what: TOPIC_DEFAULT('max.compaction.lag.ms'),
    whenToChange: 'Set per topic when deletes must become effective by a deadline.',
    interactsWith: ['max.compaction.lag.ms'],
  },
};

/** Racks, leadership, threads, KRaft roles, listeners and security. */
const NODES_AND_LISTENERS: ExplanationTable = {
  'broker.rack': {
    what: 'The rack or availability zone of the broker; replicas of a partition are spread across racks.',
    whenToChange: 'Always set it in multi-zone clusters, so losing a zone never loses every replica.',
    interactsWith: ['replica.selector.class', 'client.rack', 'default.replication.factor'],
  },
  'replica.selector.class': {
    what: "Lets consumers fetch from a follower; the rack-aware selector picks one in the consumer's zone (KIP-392).",
    whenToChange: 'Set RackAwareReplicaSelector in multi-zone clusters to cut cross-zone fetch traffic, with client.rack on consumers.',
    interactsWith: ['broker.rack', 'client.rack'],
  },
  'auto.leader.rebalance.enable': {
    what: 'Periodically moves partition leadership back to the preferred replicas to balance load.',
    whenToChange: 'Keep it on; turn it off only if leadership moves themselves disturb latency-critical clients.',
    interactsWith: ['leader.imbalance.per.broker.percentage'],
  },
  'leader.imbalance.per.broker.percentage': {
    what: 'Share of misplaced leaders per broker that triggers a leader rebalance.',
    whenToChange: 'Rarely.',
    interactsWith: ['auto.leader.rebalance.enable'],
  },
  'log.dirs': {
    what: 'Directories where the broker stores partition data; one per disk spreads I/O.',
    whenToChange: 'List one directory per data disk.',
    interactsWith: ['num.recovery.threads.per.data.dir'],
  },
  'num.recovery.threads.per.data.dir': {
    what: 'Threads per data directory to load logs at startup and flush them at shutdown.',
    whenToChange: 'Raise it to shorten restarts of brokers with many partitions.',
    interactsWith: ['log.dirs'],
  },
  'num.network.threads': {
    what: 'Threads that read requests from and write responses to the network.',
    whenToChange: 'Raise it when the network processor idle ratio is low.',
    interactsWith: ['num.io.threads'],
  },
  'num.io.threads': {
    what: 'Threads that process requests, including disk I/O.',
    whenToChange: 'Raise it when the request handler idle ratio is low (at least the number of disks).',
    interactsWith: ['num.network.threads', 'log.dirs'],
  },
  'inter.broker.protocol.version': {
    what: 'Protocol version brokers use with each other; pinned during rolling upgrades of ZooKeeper clusters.',
    whenToChange: 'Pin it to the old version during a rolling ZooKeeper-mode upgrade and raise it afterwards; KRaft uses metadata.version instead.',
    interactsWith: ['log.message.format.version'],
    notes: ['Removed in 4.0 with ZooKeeper mode.'],
  },
  'zookeeper.connect': {
    what: 'ZooKeeper ensemble a ZooKeeper-mode broker stores metadata in.',
    whenToChange: 'Only for ZooKeeper-mode clusters; migrate to KRaft before 4.0, which removes ZooKeeper.',
    interactsWith: ['process.roles'],
    notes: ['Removed in 4.0 (KRaft only).'],
  },
  'process.roles': {
    what: 'Whether this KRaft node is a broker, a controller, or both.',
    whenToChange: 'Use dedicated controllers in production; combined mode suits development.',
    interactsWith: ['node.id', 'controller.quorum.voters', 'controller.quorum.bootstrap.servers'],
  },
  'node.id': {
    what: 'Unique id of a KRaft node.',
    whenToChange: 'Always set it; it must be unique and stable.',
    interactsWith: ['process.roles'],
  },
  'controller.quorum.voters': {
    what: 'Static list of KRaft controller voters (id@host:port).',
    whenToChange: 'Set it for static quorums; from 3.9 prefer controller.quorum.bootstrap.servers with a dynamic quorum.',
    interactsWith: ['controller.quorum.bootstrap.servers', 'process.roles'],
  },
  'controller.quorum.bootstrap.servers': {
    what: 'Controller addresses used to discover a dynamic KRaft quorum (KIP-853).',
    whenToChange: 'Set it for dynamic quorums, which allow adding and removing controllers.',
    interactsWith: ['controller.quorum.voters'],
    notes: ['Added in 3.9.'],
  },
  listeners: {
    what: 'Addresses and ports the broker binds to, one per named listener (e.g. PLAINTEXT://:9092,CONTROLLER://:9093).',
    whenToChange: 'Always set it with one listener per network (internal, external, controller) and its security protocol.',
    interactsWith: ['advertised.listeners', 'listener.security.protocol.map', 'controller.listener.names'],
  },
  'advertised.listeners': {
    what: 'Addresses the broker tells clients to connect to; clients use these, not bootstrap.servers, after the first contact.',
    whenToChange: 'Set it to names clients can resolve and reach (the classic Docker/Kubernetes mistake is advertising an internal hostname).',
    interactsWith: ['listeners', 'bootstrap.servers', 'listener.security.protocol.map'],
  },
  'listener.security.protocol.map': {
    what: 'Security protocol of each named listener.',
    whenToChange: 'Set it whenever listeners have custom names (INTERNAL, EXTERNAL, CONTROLLER).',
    interactsWith: ['listeners', 'advertised.listeners', 'security.inter.broker.protocol'],
  },
  'controller.listener.names': {
    what: 'Which listeners carry KRaft controller traffic.',
    whenToChange: 'Always set it in KRaft mode; keep controller traffic on its own listener.',
    interactsWith: ['listeners', 'process.roles'],
  },
  'security.inter.broker.protocol': {
    what: 'Security protocol brokers use to talk to each other (alternatively name a listener with inter.broker.listener.name).',
    whenToChange: 'Match the listener brokers replicate over; encrypt it when the network between brokers is untrusted.',
    interactsWith: ['inter.broker.listener.name', 'listener.security.protocol.map', 'sasl.mechanism.inter.broker.protocol'],
  },
  'inter.broker.listener.name': {
    what: "Listener brokers use for replication and each other's requests.",
    whenToChange: 'Set it when listeners have custom names; it replaces security.inter.broker.protocol.',
    interactsWith: ['security.inter.broker.protocol', 'listeners'],
  },
  'sasl.enabled.mechanisms': {
    what: 'SASL mechanisms the broker accepts from clients.',
    whenToChange: 'List what clients use (SCRAM-SHA-512, OAUTHBEARER, PLAIN over TLS only); the GSSAPI default suits Kerberos shops only.',
    interactsWith: ['sasl.mechanism', 'sasl.mechanism.inter.broker.protocol'],
  },
  'sasl.mechanism.inter.broker.protocol': {
    what: 'SASL mechanism brokers use with each other.',
    whenToChange: 'Set it to one of sasl.enabled.mechanisms when inter-broker traffic uses SASL.',
    interactsWith: ['sasl.enabled.mechanisms', 'security.inter.broker.protocol'],
  },
  'ssl.client.auth': {
    what: 'Whether the broker asks clients for a TLS certificate: none, requested, or required (mutual TLS).',
    whenToChange: 'Set required when clients authenticate with certificates rather than SASL.',
    interactsWith: ['ssl.keystore.location', 'ssl.truststore.location', 'security.protocol'],
  },
  'ssl.keystore.location': {
    what: "Keystore with the broker's own private key and certificate, presented to clients and other brokers.",
    whenToChange: 'Set it on every TLS listener; plan certificate rotation (it can be updated without restart).',
    interactsWith: ['ssl.keystore.password', 'ssl.key.password', 'ssl.client.auth'],
  },
  'ssl.truststore.location': {
    what: 'CA certificates the broker trusts when verifying client certificates and other brokers.',
    whenToChange: 'Set it when clients authenticate with certificates or brokers talk TLS to each other.',
    interactsWith: ['ssl.client.auth', 'ssl.truststore.password'],
  },
  'authorizer.class.name': {
    what: 'Plugin that checks ACLs on every request; empty means no authorization at all.',
    whenToChange: 'Set the KRaft StandardAuthorizer on any shared cluster so topics and groups are protected by ACLs.',
    interactsWith: ['sasl.enabled.mechanisms', 'ssl.client.auth'],
  },
  'connections.max.idle.ms': {
    what: 'The broker closes client connections idle for this long.',
    whenToChange: 'Lower it when idle connections pile up; keep client-side idle timeouts below it.',
    interactsWith: ['max.connections'],
  },
  'max.connections': {
    what: 'Most connections a broker accepts across listeners; protects it from connection storms.',
    whenToChange: 'Set it (and max.connections.per.ip) on shared clusters where a misbehaving client could exhaust file handles.',
    interactsWith: ['connections.max.idle.ms'],
  },
  'eligible.leader.replicas.enable': {
    what: 'Eligible leader replicas (KIP-966): a replica that fell out of ISR but holds every acknowledged write may still be elected, so fewer elections lose data.',
    whenToChange: 'Leave it off on 3.x (preview); from 4.0 it is a cluster feature (eligible.leader.replicas.version) rather than a setting.',
    interactsWith: ['min.insync.replicas', 'unclean.leader.election.enable'],
    notes: ['Only in the 3.7-3.9 tables.'],
  },
  'share.coordinator.state.topic.replication.factor': {
    what: 'Replication factor of __share_group_state, where share groups keep record acquisition state.',
    whenToChange: 'Keep 3 in production; lower it only on development clusters with fewer brokers.',
    interactsWith: ['share.coordinator.state.topic.min.isr'],
    notes: ['Share groups (KIP-932).'],
  },
  'share.coordinator.state.topic.min.isr': {
    what: 'min.insync.replicas of __share_group_state.',
    whenToChange: 'Keep 2 with replication factor 3; it must not exceed the replication factor.',
    interactsWith: ['share.coordinator.state.topic.replication.factor'],
    notes: ['Share groups (KIP-932).'],
  },
  'log.dir': {
    what: 'Single data directory, used when log.dirs is not set.',
    whenToChange: 'Use log.dirs instead; the /tmp default loses data on reboot.',
    interactsWith: ['log.dirs'],
  },
  'metadata.log.dir': {
    what: 'Where a KRaft node keeps the cluster metadata log; defaults to the first data directory.',
    whenToChange: 'Put it on its own fast disk on dedicated controllers.',
    interactsWith: ['log.dirs', 'process.roles'],
  },
};

export const BROKER: ExplanationTable = { ...LOG_AND_REPLICATION, ...GROUP_AND_TRANSACTION_COORDINATORS, ...NODES_AND_LISTENERS };
