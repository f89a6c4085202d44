// Reads a consumer group's committed offsets and its topics' log-end offsets, one sample at a time,
// through the kafkajs admin client. Committed offsets are read first, log ends second, so a sample
// never shows a commit beyond the log end it pairs with.
import { ensureKafkaReachable } from './probe.js';
import type { Admin } from 'kafkajs';
import type { OffsetSample, PartitionOffsets } from '../method/diagnose/live.js';
import { UserError } from '../model/errors.js';
import { kafkaClient, type ConnectionOptions, describeConnection } from './connection.js';

export interface OffsetSampler {
  sample(): Promise<OffsetSample>;
  close(): Promise<void>;
}

export interface SamplerOptions {
  groupId: string;
  /** Topics to read; by default the topics the group has committed offsets for. */
  topics?: string[];
}

export async function openOffsetSampler(connection: ConnectionOptions, options: SamplerOptions): Promise<OffsetSampler> {
  await ensureKafkaReachable(connection);
  const admin: Admin = kafkaClient(connection).admin();
  try {
    await admin.connect();
  } catch (e) {
    throw new UserError({
      field: '--bootstrap',
      message: `cannot connect to ${describeConnection(connection)}: ${(e as Error).message}`,
      suggestion: 'check the address, TLS and SASL options, and that the cluster is up',
    });
  }
  const hasCommit = (t: { partitions: Array<{ offset: string }> }) => t.partitions.some((p) => Number(p.offset) >= 0);
  // The topics the group committed to. Kafka answers an OffsetFetch without topics with all of
  // them; a broker that does not (librdkafka's mock) is asked topic by topic.
  const discover = async (): Promise<string[]> => {
    const all = await admin.fetchOffsets({ groupId: options.groupId });
    if (all.some(hasCommit)) return all.filter(hasCommit).map((t) => t.topic);
    const names = (await admin.listTopics()).filter((n) => !n.startsWith('__'));
    if (names.length === 0) return [];
    return (await admin.fetchOffsets({ groupId: options.groupId, topics: names })).filter(hasCommit).map((t) => t.topic);
  };
  let topics = options.topics;
  const read = async (): Promise<OffsetSample> => {
    if (!topics || topics.length === 0) {
      const found = await discover();
      if (found.length > 0) topics = found;
    }
    const committed = topics && topics.length > 0 ? await admin.fetchOffsets({ groupId: options.groupId, topics }) : [];
    const partitions: PartitionOffsets[] = [];
    let groupFound = false;
    const logEnds = await Promise.all(committed.map((t) => admin.fetchTopicOffsets(t.topic)));
    const timestamp = Date.now();
    committed.forEach((t, i) => {
      const ends = new Map(logEnds[i]!.map((p) => [p.partition, Number(p.offset)]));
      for (const p of t.partitions) {
        const offset = Number(p.offset);
        const has = offset >= 0;
        groupFound ||= has;
        partitions.push({ topic: t.topic, partition: p.partition, committed: has ? offset : null, logEnd: ends.get(p.partition) ?? 0 });
      }
    });
    return { timestamp, groupFound, partitions };
  };
  // The cluster failing mid-window (unreachable, unknown topic, no authorization) is the user's to fix.
  const sample = async (): Promise<OffsetSample> => {
    try {
      return await read();
    } catch (e) {
      const err = e as Error;
      if (!err.name?.startsWith('KafkaJS')) throw e;
      throw new UserError({
        message: `reading the offsets of group ${options.groupId} failed: ${err.message}`,
        suggestion: 'check that the cluster is reachable, the topics exist and the credentials may describe the group and its topics',
      });
    }
  };
  return { sample, close: () => admin.disconnect() };
}
