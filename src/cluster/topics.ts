// Topics of a live cluster, read-only: the list (partitions, replication factor, replicas out of
// sync) and one topic in depth (each partition's leader, replicas, ISR and offsets, and the
// configs set on the topic itself, beside the value the topic would have without them). Configs
// are read last: a broker without DescribeConfigs (the local mock) drops the connection on it,
// and that is reported as unavailable, not as a failure.
import kafkajs from 'kafkajs';
import type { PartitionInfo, Unavailable } from '../model/cluster-snapshot.js';
import { didYouMean, UserError } from '../model/errors.js';
import type { LiveConfigs } from '../method/critique/live.js';
import { describeConnection, kafkaClient, type ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';

export interface TopicSummary {
  name: string;
  internal: boolean;
  partitions: number;
  /** The largest replica count of its partitions. */
  replicationFactor: number;
  /** Partitions with fewer in-sync replicas than replicas. */
  underReplicated: number;
  /** Partitions without a leader. */
  offline: number;
}

export interface TopicList {
  cluster: string;
  topics: TopicSummary[];
}

/** One partition as doctor's snapshot reads it, numbered `partition` in this listing. */
export type PartitionDetail = { partition: number } & Omit<PartitionInfo, 'id'>;

export interface ConfigOverride {
  name: string;
  /** null for a sensitive value, which is never shown. */
  value: string | null;
  /** The value without the topic's own setting: the broker's (static or dynamic) or Kafka's default; null when the broker did not say. */
  without: string | null;
  sensitive: boolean;
}

export interface TopicDetail {
  cluster: string;
  name: string;
  internal: boolean;
  replicationFactor: number;
  partitions: PartitionDetail[];
  /** Configs set on the topic (DescribeConfigs source TOPIC_CONFIG); null when the broker cannot say. */
  overrides: ConfigOverride[] | null;
  unavailable: Unavailable[];
}

const { ConfigResourceTypes } = kafkajs;
/** DescribeConfigs config sources (KIP-226): a value set on the topic itself; Kafka's own default. */
const TOPIC_CONFIG_SOURCE = 1;
const DEFAULT_CONFIG_SOURCE = 5;

export const reasonOf = (e: unknown): string => {
  const err = e as { message?: string; type?: string };
  return err.type ? `${err.type}: ${err.message ?? ''}` : String(err.message ?? e);
};

const isInternal = (name: string, flagged?: boolean) => Boolean(flagged) || name.startsWith('__');

export async function listTopics(connection: ConnectionOptions, options: { includeInternal?: boolean } = {}): Promise<TopicList> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata();
    return {
      cluster: describeConnection(connection),
      topics: topics
        .filter((t) => options.includeInternal || !isInternal(t.name))
        .map((t) => ({
          name: t.name,
          internal: isInternal(t.name),
          partitions: t.partitions.length,
          replicationFactor: Math.max(0, ...t.partitions.map((p) => p.replicas.length)),
          underReplicated: t.partitions.filter((p) => p.isr.length < p.replicas.length).length,
          offline: t.partitions.filter((p) => p.leader < 0).length,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export async function describeTopic(connection: ConnectionOptions, name: string): Promise<TopicDetail> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  const unavailable: Unavailable[] = [];
  try {
    const existing = await admin.listTopics();
    if (!existing.includes(name)) {
      const near = didYouMean(name, existing);
      throw new UserError({
        field: 'topic',
        message: `no topic "${name}" on the cluster`,
        ...(near.length ? { suggestion: `did you mean ${near.join(' or ')}?` } : { suggestion: 'list the topics first' }),
      });
    }
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [name] })).topics;
    const offsets = new Map<number, { low: number; high: number }>();
    try {
      for (const o of await admin.fetchTopicOffsets(name)) offsets.set(o.partition, { low: Number(o.low), high: Number(o.high) });
    } catch (e) {
      unavailable.push({ what: 'partition offsets (ListOffsets)', reason: reasonOf(e) });
    }
    const partitions = metadata!.partitions
      .map((p) => ({
        partition: p.partitionId,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
        offlineReplicas: p.offlineReplicas ?? [],
        earliest: offsets.get(p.partitionId)?.low ?? null,
        latest: offsets.get(p.partitionId)?.high ?? null,
      }))
      .sort((a, b) => a.partition - b.partition);
    let overrides: ConfigOverride[] | null = null;
    try {
      const { resources } = await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name }], includeSynonyms: true });
      overrides = (resources[0]?.configEntries ?? [])
        .filter((c) => c.configSource === TOPIC_CONFIG_SOURCE)
        .map((c) => {
          const under = (c.configSynonyms ?? []).find((s) => s.configSource !== TOPIC_CONFIG_SOURCE);
          return { name: c.configName, value: c.isSensitive ? null : c.configValue, without: c.isSensitive ? null : (under?.configValue ?? null), sensitive: c.isSensitive };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      unavailable.push({ what: 'topic configs (DescribeConfigs)', reason: reasonOf(e) });
    }
    return {
      cluster: describeConnection(connection),
      name,
      internal: isInternal(name),
      replicationFactor: Math.max(0, ...partitions.map((p) => p.replicas.length)),
      partitions,
      overrides,
      unavailable,
    };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * The configs of every topic and of one broker (the controller, else the first) that are not
 * Kafka's defaults, for critique. Sensitive values are left out. null configs: DescribeConfigs
 * is unavailable, said in `unavailable`.
 */
export async function readLiveConfigs(
  connection: ConnectionOptions,
  options: { includeInternal?: boolean } = {},
): Promise<{ cluster: string; configs: LiveConfigs | null; unavailable: Unavailable[] }> {
  await ensureKafkaReachable(connection);
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    const brokerId = cluster.controller ?? cluster.brokers[0]?.nodeId ?? null;
    const topics = (await admin.listTopics()).filter((t) => options.includeInternal || !isInternal(t)).sort();
    try {
      const { resources } = await admin.describeConfigs({
        resources: [...topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })), ...(brokerId !== null ? [{ type: ConfigResourceTypes.BROKER, name: String(brokerId) }] : [])],
        includeSynonyms: false,
      });
      const set = (entries: Array<{ configName: string; configValue: string; configSource: number; isSensitive: boolean }>) =>
        Object.fromEntries(entries.filter((c) => c.configSource !== DEFAULT_CONFIG_SOURCE && !c.isSensitive && c.configValue !== null).map((c) => [c.configName, c.configValue]));
      const broker = resources.find((r) => r.resourceType === ConfigResourceTypes.BROKER);
      return {
        cluster: describeConnection(connection),
        configs: {
          brokerId,
          broker: broker ? set(broker.configEntries) : null,
          topics: resources
            .filter((r) => r.resourceType === ConfigResourceTypes.TOPIC)
            .map((r) => ({ name: r.resourceName, config: set(r.configEntries) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        },
        unavailable: [],
      };
    } catch (e) {
      return { cluster: describeConnection(connection), configs: null, unavailable: [{ what: 'topic and broker configs (DescribeConfigs)', reason: reasonOf(e) }] };
    }
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
