// Where Kafka runs changes what a design may set: managed services fix or cap some limits, own
// the broker configuration, and offer their own storage tiers. Facts per platform, with links.
import type { Platform } from '../model/requirements.js';

/** One kind of cluster a platform sells (Confluent Cloud's cluster types), with the limits that differ. */
export interface PlatformTier {
  name: string;
  /** Highest topic max.message.bytes a topic may set. */
  maxMessageBytes: number;
  /** Partitions (before replication) the whole cluster may hold. */
  partitions: number;
}

export interface PlatformFacts {
  id: Platform;
  name: string;
  /** Whether the design may set broker properties: all of them, a managed subset, or none. */
  brokerConfigs: 'all' | 'subset' | 'none';
  /** How old segments leave the brokers' disks on this platform. */
  tieredStorage: 'kip-405' | 'managed' | 'own';
  /** Cluster types with their own limits, smallest first; absent where the platform has one set of limits. */
  tiers?: readonly PlatformTier[];
  /** Where the tiers' figures come from and when they were read (platforms revise them). */
  tiersSource?: string;
  /** Topic settings the platform fixes: a topic cannot set them, and what the platform uses instead. */
  fixedTopicConfigs?: Readonly<Record<string, string>>;
  /** What a designer must know that differs from self-managed Apache Kafka. */
  notes: string[];
  docs: string;
}

/**
 * Strimzi's Kafka resource rejects broker settings under these prefixes in spec.kafka.config (the
 * operator sets them from listeners, storage, authentication and node pools), except the exact names
 * in the exceptions. From KafkaClusterSpec.FORBIDDEN_PREFIXES / FORBIDDEN_PREFIX_EXCEPTIONS,
 * strimzi-kafka-operator main at 8541da1 (1.3.0-SNAPSHOT, 2026-08-22).
 */
export const STRIMZI_FORBIDDEN_BROKER_CONFIG = {
  prefixes: [
    'listeners',
    'advertised.',
    'broker.',
    'listener.',
    'host.name',
    'port',
    'inter.broker.listener.name',
    'sasl.',
    'ssl.',
    'security.',
    'password.',
    'log.dir',
    'zookeeper.connect',
    'zookeeper.set.acl',
    'zookeeper.ssl',
    'zookeeper.clientCnxnSocket',
    'authorizer.',
    'super.user',
    'cruise.control.metrics.topic',
    'cruise.control.metrics.reporter.bootstrap.servers',
    'node.id',
    'process.roles',
    'controller.',
    'metadata.log.dir',
    'zookeeper.metadata.migration.enable',
    'client.quota.callback.static.kafka.admin.',
    'client.quota.callback.static.produce',
    'client.quota.callback.static.fetch',
    'client.quota.callback.static.storage.per.volume.limit.min.available.',
    'client.quota.callback.static.excluded.principal.name.list',
    'prometheus.metrics.reporter.',
    'cordoned.log.dirs',
  ],
  exceptions: [
    'zookeeper.connection.timeout.ms',
    'sasl.server.max.receive.size',
    'ssl.cipher.suites',
    'ssl.protocol',
    'ssl.enabled.protocols',
    'ssl.secure.random.implementation',
    'cruise.control.metrics.topic.num.partitions',
    'cruise.control.metrics.topic.replication.factor',
    'cruise.control.metrics.topic.retention.ms',
    'cruise.control.metrics.topic.auto.create.retries',
    'cruise.control.metrics.topic.auto.create.timeout.ms',
    'cruise.control.metrics.topic.min.insync.replicas',
    'broker.session.timeout.ms',
    'broker.heartbeat.interval.ms',
    'controller.socket.timeout.ms',
    'controller.quorum.election.backoff.max.ms',
    'controller.quorum.election.timeout.ms',
    'controller.quorum.fetch.timeout.ms',
  ],
  source: 'https://github.com/strimzi/strimzi-kafka-operator/blob/main/api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java',
} as const;

/** The forbidden prefix a Strimzi Kafka resource rejects `name` under, or undefined when it may be set. */
export function strimziForbiddenPrefix(name: string): string | undefined {
  if ((STRIMZI_FORBIDDEN_BROKER_CONFIG.exceptions as readonly string[]).includes(name)) return undefined;
  return STRIMZI_FORBIDDEN_BROKER_CONFIG.prefixes.find((p) => name.startsWith(p));
}

const MiB = 2 ** 20;

export const PLATFORM_FACTS: Readonly<Record<Platform, PlatformFacts>> = {
  'self-managed': {
    id: 'self-managed',
    name: 'self-managed Apache Kafka',
    brokerConfigs: 'all',
    tieredStorage: 'kip-405',
    notes: ['Every broker and topic setting is yours, and so is sizing the disks.'],
    docs: 'https://kafka.apache.org/documentation/',
  },
  strimzi: {
    id: 'strimzi',
    name: 'Strimzi',
    brokerConfigs: 'subset',
    tieredStorage: 'kip-405',
    notes: [
      'Broker settings go in the Kafka resource (spec.kafka.config); the operator sets listeners, log dirs, node ids and roles, security (sasl., ssl., authorizer.) and controller settings itself and rejects them there (see STRIMZI_FORBIDDEN_BROKER_CONFIG).',
      'Tiered storage is configured in spec.kafka.tieredStorage with a RemoteStorageManager plugin added to the broker image.',
      'Topics are KafkaTopic resources managed by the Topic Operator.',
    ],
    docs: 'https://strimzi.io/docs/operators/latest/deploying',
  },
  msk: {
    id: 'msk',
    name: 'Amazon MSK',
    brokerConfigs: 'subset',
    tieredStorage: 'managed',
    notes: [
      'Broker settings come from an MSK configuration, a subset of the Apache Kafka broker properties (Express brokers accept fewer and fix replication at 3 / min.insync.replicas 2); see knowledge/msk-configuration.ts.',
      "Each broker type sustains a different write throughput: size the broker count from the broker type's published per-broker throughput, not from Apache Kafka rules of thumb.",
      'Tiered storage is a cluster option (provisioned clusters); topics then set remote.storage.enable and local.retention.ms as in KIP-405.',
      'Storage auto scaling grows EBS volumes at a utilization target but never shrinks them; it does not replace sizing the retention.',
    ],
    docs: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html',
  },
  'confluent-cloud': {
    id: 'confluent-cloud',
    name: 'Confluent Cloud',
    brokerConfigs: 'none',
    tieredStorage: 'managed',
    tiers: [
      { name: 'Basic', maxMessageBytes: 8 * MiB, partitions: 4096 },
      { name: 'Standard', maxMessageBytes: 8 * MiB, partitions: 4096 },
      { name: 'Enterprise', maxMessageBytes: 8 * MiB, partitions: 5000 },
      { name: 'Dedicated', maxMessageBytes: 20 * MiB, partitions: 100_000 },
    ],
    tiersSource:
      'Partitions per cluster type (before replication, non-compacted topics) as the cluster-types page listed them when read on 2026-12-04 (https://docs.confluent.io/cloud/current/clusters/cluster-types.html); max.message.bytes caps from the topic configuration reference (https://docs.confluent.io/cloud/current/topics/manage.html), carried from an earlier session and not re-read. Freight clusters are not recorded.',
    // From the topic configuration reference (read 2026-12-04): these are marked "Editable: No".
    fixedTopicConfigs: { 'compression.type': 'producer', 'default.replication.factor': '3' },
    notes: [
      "No broker configuration: only topic settings within the service's allowed ranges; compression.type is not editable on topics (it stays producer), so producers choose the codec.",
      'Replication factor is 3 and min.insync.replicas 2 for every topic.',
      'Storage is tiered by the service (Infinite Storage): no remote.storage.enable or local.retention.ms on topics.',
    ],
    docs: 'https://docs.confluent.io/cloud/current/topics/overview.html',
  },
  aiven: {
    id: 'aiven',
    name: 'Aiven for Apache Kafka',
    brokerConfigs: 'subset',
    tieredStorage: 'kip-405',
    notes: [
      "Broker settings are the service's advanced parameters, a subset of the broker properties.",
      'Tiered storage is enabled on the service, then per topic with remote.storage.enable and local.retention.ms.',
    ],
    docs: 'https://aiven.io/docs/products/kafka',
  },
  redpanda: {
    id: 'redpanda',
    name: 'Redpanda',
    brokerConfigs: 'none',
    tieredStorage: 'own',
    notes: [
      'Redpanda speaks the Kafka protocol but is not Apache Kafka: broker properties do not apply (cluster properties, with their own names such as log_segment_size, are set with rpk cluster config).',
      'Replication is Raft: with acks=all a write is acknowledged once a majority of the replicas have it, and every acks=all write is fsynced by default (https://docs.redpanda.com/current/develop/produce-data/configure-producers/).',
      "Tiered Storage is Redpanda's own: cloud_storage_enabled on the cluster, redpanda.remote.write and redpanda.remote.read on topics, not remote.storage.enable.",
      "Check Redpanda's support of newer client protocols (e.g. the KIP-848 consumer group protocol) before relying on them.",
    ],
    docs: 'https://docs.redpanda.com/current/manage/tiered-storage/',
  },
};

export function platformFacts(id: string): PlatformFacts {
  return PLATFORM_FACTS[id as Platform] ?? PLATFORM_FACTS['self-managed'];
}
