// Where Kafka runs changes what a design may set: managed services fix or cap some limits, own
// the broker configuration, and offer their own storage tiers. Facts per platform, with links.
import type { Platform } from '../model/requirements.js';

export interface PlatformFacts {
  id: Platform;
  name: string;
  /** Whether the design may set broker properties: all of them, a managed subset, or none. */
  brokerConfigs: 'all' | 'subset' | 'none';
  /** Highest topic max.message.bytes the platform accepts, where it caps it. */
  maxMessageBytes: { bytes: number; note: string } | null;
  /** How old segments leave the brokers' disks on this platform. */
  tieredStorage: 'kip-405' | 'managed' | 'own';
  /** What a designer must know that differs from self-managed Apache Kafka. */
  notes: string[];
  docs: string;
}

export const PLATFORM_FACTS: Readonly<Record<Platform, PlatformFacts>> = {
  'self-managed': {
    id: 'self-managed', name: 'self-managed Apache Kafka', brokerConfigs: 'all', maxMessageBytes: null, tieredStorage: 'kip-405',
    notes: ['Every broker and topic setting is yours, and so is sizing the disks.'],
    docs: 'https://kafka.apache.org/documentation/',
  },
  strimzi: {
    id: 'strimzi', name: 'Strimzi', brokerConfigs: 'subset', maxMessageBytes: null, tieredStorage: 'kip-405',
    notes: [
      'Broker settings go in the Kafka resource (spec.kafka.config); Strimzi owns listeners, log.dirs, node ids and security settings and rejects them there.',
      'Tiered storage is configured in spec.kafka.tieredStorage with a RemoteStorageManager plugin added to the broker image.',
      'Topics are KafkaTopic resources managed by the Topic Operator.',
    ],
    docs: 'https://strimzi.io/docs/operators/latest/deploying',
  },
  msk: {
    id: 'msk', name: 'Amazon MSK', brokerConfigs: 'subset', maxMessageBytes: null, tieredStorage: 'managed',
    notes: [
      'Broker settings come from an MSK configuration, a subset of the Apache Kafka broker properties.',
      'Each broker type sustains a different write throughput: size the broker count from the broker type\'s published per-broker throughput, not from Apache Kafka rules of thumb.',
      'Tiered storage is a cluster option (provisioned clusters); topics then set remote.storage.enable and local.retention.ms as in KIP-405.',
      'Storage auto scaling grows EBS volumes at a utilization target but never shrinks them; it does not replace sizing the retention.',
    ],
    docs: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html',
  },
  'confluent-cloud': {
    id: 'confluent-cloud', name: 'Confluent Cloud', brokerConfigs: 'none',
    maxMessageBytes: { bytes: 8_388_608, note: 'topic max.message.bytes is capped at 8 MiB on Basic, Standard and Enterprise clusters, 20 MiB on Dedicated' },
    tieredStorage: 'managed',
    notes: [
      'No broker configuration: only topic settings within the service\'s allowed ranges.',
      'Replication factor is 3 and min.insync.replicas 2 for every topic.',
      'Storage is tiered by the service (Infinite Storage): no remote.storage.enable or local.retention.ms on topics.',
    ],
    docs: 'https://docs.confluent.io/cloud/current/topics/overview.html',
  },
  aiven: {
    id: 'aiven', name: 'Aiven for Apache Kafka', brokerConfigs: 'subset', maxMessageBytes: null, tieredStorage: 'kip-405',
    notes: [
      'Broker settings are the service\'s advanced parameters, a subset of the broker properties.',
      'Tiered storage is enabled on the service, then per topic with remote.storage.enable and local.retention.ms.',
    ],
    docs: 'https://aiven.io/docs/products/kafka',
  },
  redpanda: {
    id: 'redpanda', name: 'Redpanda', brokerConfigs: 'none', maxMessageBytes: null, tieredStorage: 'own',
    notes: [
      'Redpanda speaks the Kafka protocol but is not Apache Kafka: broker properties do not apply (cluster properties are set with rpk).',
      'Tiered Storage is Redpanda\'s own: cloud_storage_enabled on the cluster, redpanda.remote.write and redpanda.remote.read on topics, not remote.storage.enable.',
      'Check Redpanda\'s support of newer client protocols (e.g. the KIP-848 consumer group protocol) before relying on them.',
    ],
    docs: 'https://docs.redpanda.com/current/manage/tiered-storage/',
  },
};

export function platformFacts(id: string): PlatformFacts {
  return PLATFORM_FACTS[id as Platform] ?? PLATFORM_FACTS['self-managed'];
}
