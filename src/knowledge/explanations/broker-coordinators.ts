// Broker settings of the group and transaction coordinators: the internal offsets and
// transaction-state topics, transaction limits, and consumer, KIP-848 and share group bounds.
import type { ExplanationTable } from './index.js';

const KIP848 = 'KIP-848 consumer protocol: early access in 3.7, generally available in 4.0.';

export const GROUP_AND_TRANSACTION_COORDINATORS: ExplanationTable = {
  'offsets.topic.replication.factor': {
    what: "Replication factor of __consumer_offsets, created on first use; where every group's committed positions live.",
    whenToChange: 'Keep 3 on production clusters; lower it only on single-broker development clusters (creation fails otherwise).',
    interactsWith: ['offsets.topic.num.partitions', 'min.insync.replicas', 'default.replication.factor'],
  },
  'offsets.topic.num.partitions': {
    what: 'Partitions of __consumer_offsets; spreads group coordination across brokers. Fixed once created.',
    whenToChange: 'Leave 50 unless the cluster hosts very many groups; it cannot be changed safely later.',
    interactsWith: ['offsets.topic.replication.factor'],
  },
  'offsets.retention.minutes': {
    what: "How long a group's committed offsets survive once the group is empty; after that the group restarts from auto.offset.reset.",
    whenToChange: 'Raise it above the longest time a consumer group may be stopped (maintenance windows, seasonal jobs).',
    interactsWith: ['auto.offset.reset', 'retention.ms'],
    notes: ['7 days since Kafka 2.0 (KIP-186); since 2.1 (KIP-211) the clock starts only when the group becomes empty.'],
  },
  'offsets.commit.timeout.ms': {
    what: 'How long an offset commit waits for the offsets topic replicas before failing.',
    whenToChange: 'Rarely; raise it on slow clusters where commits time out.',
    interactsWith: ['offsets.topic.replication.factor'],
  },
  'transaction.state.log.replication.factor': {
    what: 'Replication factor of __transaction_state, created on first transactional use.',
    whenToChange: 'Keep 3 in production; lower it only on development clusters with fewer brokers.',
    interactsWith: ['transaction.state.log.min.isr', 'transactional.id'],
  },
  'transaction.state.log.min.isr': {
    what: 'min.insync.replicas of __transaction_state.',
    whenToChange: 'Keep 2 with replication factor 3; must not exceed the replication factor or transactions cannot start.',
    interactsWith: ['transaction.state.log.replication.factor'],
  },
  'transaction.state.log.num.partitions': {
    what: 'Partitions of __transaction_state; spreads transaction coordination across brokers. Fixed once created.',
    whenToChange: 'Leave it at 50.',
    interactsWith: ['transaction.state.log.replication.factor'],
  },
  'transaction.max.timeout.ms': {
    what: 'Largest transaction.timeout.ms a producer may ask for.',
    whenToChange: 'Raise it only when a legitimate transaction lasts longer; long transactions hold back read_committed consumers.',
    interactsWith: ['transaction.timeout.ms', 'isolation.level'],
  },
  'transactional.id.expiration.ms': {
    what: 'How long an unused transactional.id is remembered before the coordinator forgets it.',
    whenToChange: 'Raise it when transactional producers can be idle longer than this and must still fence zombies.',
    interactsWith: ['transactional.id', 'producer.id.expiration.ms'],
  },
  'producer.id.expiration.ms': {
    what: "How long the broker keeps idempotent producer state after the producer's last write.",
    whenToChange: 'Raise it if producers idle longer than this and duplicate protection must survive the gap.',
    interactsWith: ['enable.idempotence', 'transactional.id.expiration.ms'],
    notes: ['Added in 3.4 (KIP-854); the catalog lists it from the 3.6 tables, the next documented version.'],
  },
  'transaction.partition.verification.enable': {
    what: 'Broker verifies that a transactional write belongs to an ongoing transaction, closing a hanging-transaction gap (KIP-890).',
    whenToChange: 'Keep it on.',
    interactsWith: ['transactional.id'],
  },
  'group.initial.rebalance.delay.ms': {
    what: 'How long the coordinator waits for more members before the first rebalance of an empty classic group.',
    whenToChange: 'Keep ~3 s in production so a deploy does not rebalance once per joining pod; set 0 for tests and development.',
    interactsWith: ['session.timeout.ms', 'group.protocol'],
  },
  'group.min.session.timeout.ms': {
    what: 'Smallest session.timeout.ms a classic-protocol consumer may ask for.',
    whenToChange: 'Raise it to stop clients from choosing timeouts so short they flap.',
    interactsWith: ['session.timeout.ms', 'group.max.session.timeout.ms'],
  },
  'group.max.session.timeout.ms': {
    what: 'Largest session.timeout.ms a classic-protocol consumer may ask for.',
    whenToChange: 'Raise it when static members need longer sessions to survive restarts.',
    interactsWith: ['session.timeout.ms', 'group.min.session.timeout.ms', 'group.instance.id'],
  },
  'group.max.size': {
    what: 'Most members one classic consumer group may have.',
    whenToChange: 'Lower it to protect the coordinator from runaway groups.',
    interactsWith: ['group.consumer.max.size'],
  },
  'group.coordinator.rebalance.protocols': {
    what: 'Which group protocols the coordinator accepts: classic, consumer (KIP-848), share and streams.',
    whenToChange: 'Include consumer before clients switch to group.protocol=consumer; add share or streams to try those group types.',
    interactsWith: ['group.protocol', 'group.consumer.session.timeout.ms'],
    notes: ['Default classic up to 3.9, classic,consumer in 4.0, classic,consumer,streams in 4.1.', KIP848],
  },
  'group.consumer.session.timeout.ms': {
    what: 'Session timeout for members of consumer-protocol groups; the broker owns it, not the client.',
    whenToChange: 'Lower it for faster failover of consumer-protocol groups; per-group override consumer.session.timeout.ms from 4.1.',
    interactsWith: ['group.consumer.heartbeat.interval.ms', 'consumer.session.timeout.ms', 'group.protocol'],
    notes: [KIP848],
  },
  'group.consumer.heartbeat.interval.ms': {
    what: 'Heartbeat interval the broker tells consumer-protocol members to use.',
    whenToChange: 'Lower it for faster reaction to assignment changes at some broker load.',
    interactsWith: ['group.consumer.session.timeout.ms', 'consumer.heartbeat.interval.ms'],
    notes: [KIP848],
  },
  'group.consumer.min.session.timeout.ms': {
    what: 'Smallest session timeout a consumer-protocol group may be given.',
    whenToChange: 'Rarely.',
    interactsWith: ['group.consumer.session.timeout.ms'],
    notes: [KIP848],
  },
  'group.consumer.max.session.timeout.ms': {
    what: 'Largest session timeout a consumer-protocol group may be given.',
    whenToChange: 'Raise it for groups that need long sessions.',
    interactsWith: ['group.consumer.session.timeout.ms'],
    notes: [KIP848],
  },
  'group.consumer.min.heartbeat.interval.ms': {
    what: 'Smallest heartbeat interval a consumer-protocol group may be given.',
    whenToChange: 'Rarely.',
    interactsWith: ['group.consumer.heartbeat.interval.ms'],
    notes: [KIP848],
  },
  'group.consumer.max.heartbeat.interval.ms': {
    what: 'Largest heartbeat interval a consumer-protocol group may be given.',
    whenToChange: 'Rarely.',
    interactsWith: ['group.consumer.heartbeat.interval.ms'],
    notes: [KIP848],
  },
  'group.consumer.max.size': { what: 'Most members one consumer-protocol group may have.', whenToChange: 'Lower it to protect the coordinator.', interactsWith: ['group.max.size'], notes: [KIP848] },
  'group.consumer.assignors': {
    what: 'Server-side assignors available to consumer-protocol groups; the first is the default.',
    whenToChange: 'Reorder to make range the default when co-partitioned topics must stay aligned.',
    interactsWith: ['group.remote.assignor', 'group.protocol'],
    notes: ['Class names up to 3.9, short names uniform,range from 4.0.', KIP848],
  },
  'group.consumer.migration.policy': {
    what: 'Whether a group may switch between classic and consumer protocols while members are online (upgrade, downgrade, both).',
    whenToChange: 'Keep bidirectional while migrating groups to the consumer protocol with rolling restarts.',
    interactsWith: ['group.protocol', 'group.coordinator.rebalance.protocols'],
    notes: ['Default became bidirectional in 4.0 (disabled in 3.8).'],
  },
  'group.share.record.lock.duration.ms': {
    what: 'How long a share-group consumer holds a record before it is released to others if not acknowledged.',
    whenToChange: 'Raise it above the slowest processing time of one record.',
    interactsWith: ['share.record.lock.duration.ms', 'group.share.delivery.count.limit'],
    notes: ['Share groups (KIP-932): early access 4.0, preview 4.1, production-ready 4.2.'],
  },
  'group.share.delivery.count.limit': {
    what: 'How many times a share group delivers a record before giving up on it.',
    whenToChange: 'Lower it so poison records are given up on sooner; raise it for flaky downstreams.',
    interactsWith: ['group.share.record.lock.duration.ms', 'share.acknowledgement.mode'],
    notes: ['Share groups (KIP-932).'],
  },
};
