// What an Amazon MSK configuration (the server.properties MSK applies to its brokers) may hold.
// MSK accepts a fixed list of Apache Kafka broker properties and rejects every other key; Express
// brokers accept a shorter list and fix replication. Lists read from AWS's pages on 2026-12-04
// (the links below); AWS adds properties over time, so a key missing here is checked against the page
// named in the finding.

export const MSK_CONFIGURATION_SOURCES = {
  standard: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-properties.html',
  express: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-write.html',
  expressReadOnly: 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-express-read-only.html',
} as const;

/** The properties a custom MSK configuration may set on Standard brokers ("Custom Amazon MSK configurations"). */
export const MSK_STANDARD_CONFIGURATION: ReadonlySet<string> = new Set([
  'allow.everyone.if.no.acl.found',
  'auto.create.topics.enable',
  'compression.type',
  'connections.max.idle.ms',
  'custom.advertised.listeners',
  'default.replication.factor',
  'delete.topic.enable',
  'group.initial.rebalance.delay.ms',
  'group.max.session.timeout.ms',
  'group.min.session.timeout.ms',
  'leader.imbalance.per.broker.percentage',
  'log.cleaner.delete.retention.ms',
  'log.cleaner.min.cleanable.ratio',
  'log.cleanup.policy',
  'log.flush.interval.messages',
  'log.flush.interval.ms',
  'log.message.timestamp.difference.max.ms',
  'log.message.timestamp.type',
  'log.retention.bytes',
  'log.retention.hours',
  'log.retention.minutes',
  'log.retention.ms',
  'log.roll.ms',
  'log.segment.bytes',
  'max.incremental.fetch.session.cache.slots',
  'message.max.bytes',
  'min.insync.replicas',
  'num.io.threads',
  'num.network.threads',
  'num.partitions',
  'num.recovery.threads.per.data.dir',
  'num.replica.fetchers',
  'offsets.retention.minutes',
  'offsets.topic.replication.factor',
  'replica.fetch.max.bytes',
  'replica.fetch.response.max.bytes',
  'replica.lag.time.max.ms',
  'replica.selector.class',
  'replica.socket.receive.buffer.bytes',
  'socket.receive.buffer.bytes',
  'socket.request.max.bytes',
  'socket.send.buffer.bytes',
  'transaction.max.timeout.ms',
  'transaction.state.log.min.isr',
  'transaction.state.log.replication.factor',
  'transactional.id.expiration.ms',
  'unclean.leader.election.enable',
  'zookeeper.connection.timeout.ms',
  'zookeeper.session.timeout.ms',
]);

/** The static properties a custom MSK configuration may set on Express brokers. */
export const MSK_EXPRESS_CONFIGURATION: ReadonlySet<string> = new Set([
  'allow.everyone.if.no.acl.found',
  'auto.create.topics.enable',
  'compression.type',
  'connections.max.idle.ms',
  'delete.topic.enable',
  'group.initial.rebalance.delay.ms',
  'group.max.session.timeout.ms',
  'leader.imbalance.per.broker.percentage',
  'log.cleanup.policy',
  'log.message.timestamp.after.max.ms',
  'log.message.timestamp.before.max.ms',
  'log.message.timestamp.type',
  'log.retention.bytes',
  'log.retention.ms',
  'max.connections.per.ip',
  'max.incremental.fetch.session.cache.slots',
  'message.max.bytes',
  'num.partitions',
  'offsets.retention.minutes',
  'replica.fetch.max.bytes',
  'replica.selector.class',
  'socket.receive.buffer.bytes',
  'socket.request.max.bytes',
  'socket.send.buffer.bytes',
  'transaction.max.timeout.ms',
  'transactional.id.expiration.ms',
]);

/** Express brokers: the broker properties MSK lets clients change with AlterConfigs (kafka-configs) instead. */
export const MSK_EXPRESS_DYNAMIC: ReadonlySet<string> = new Set([
  'advertised.listeners',
  'compression.type',
  'log.cleaner.delete.retention.ms',
  'log.cleaner.min.compaction.lag.ms',
  'log.cleaner.max.compaction.lag.ms',
  'log.cleanup.policy',
  'log.message.timestamp.after.max.ms',
  'log.message.timestamp.before.max.ms',
  'log.message.timestamp.type',
  'log.retention.bytes',
  'log.retention.ms',
  'max.connection.creation.rate',
  'max.connections',
  'max.connections.per.ip',
  'max.connections.per.ip.overrides',
  'message.max.bytes',
  'producer.id.expiration.ms',
]);

/**
 * Standard brokers: dynamic Kafka settings MSK still keeps to itself. AWS's page says listeners
 * cannot be set (advertised.listeners can); MSK also sets up each listener's TLS, SASL and IAM
 * security from the cluster's authentication options, so those per-listener settings are its own too.
 */
export const MSK_STANDARD_MANAGED_PREFIXES: readonly string[] = ['listeners', 'listener.name.', 'ssl.', 'sasl.'];

/** Express brokers fix these: replication is always 3 with min.insync.replicas 2, and MSK rejects changes. */
export const MSK_EXPRESS_FIXED_SETTINGS: Readonly<Record<string, string>> = {
  'default.replication.factor': '3',
  'min.insync.replicas': '2',
  'unclean.leader.election.enable': 'managed by MSK',
};

/** Where MSK accepts a narrower range than Apache Kafka does (inclusive bounds). */
export const MSK_RANGES: Readonly<Record<string, { min: number; max: number }>> = {
  'replica.lag.time.max.ms': { min: 10_000, max: 30_000 },
  'zookeeper.connection.timeout.ms': { min: 6_000, max: 18_000 },
  'zookeeper.session.timeout.ms': { min: 6_000, max: 18_000 },
};

export type MskBrokerFamily = 'standard' | 'express';

/** The broker family a broker size names (express.* is Express; everything else is Standard). */
export function mskBrokerFamily(brokerType: string | undefined): MskBrokerFamily {
  return brokerType?.startsWith('express.') ? 'express' : 'standard';
}
