// Topics of a live cluster, read-only: all of them in a line each, or one in depth with the
// configs set on it beside the value it would have without them.
import { z } from 'zod';
import type { TopicDetail, TopicList } from '../cluster/topics.js';
import { defineCapability, READS_LIVE } from './capability.js';
import { count, unavailableSchema, variantsOf } from './documents.js';
import { clusterName } from './limits.js';

const brokerId = z.number().int();
const offset = z.number().int().nonnegative().nullable();

const topicsDocument = variantsOf(
  [
    z.object({
      cluster: z.string().describe('the bootstrap servers read'),
      topics: z.array(
        z.object({
          name: z.string(),
          internal: z.boolean(),
          partitions: count,
          replicationFactor: count.describe('the largest replica count of its partitions'),
          underReplicated: count.describe('partitions with fewer in-sync replicas than replicas'),
          offline: count.describe('partitions without a leader'),
        }),
      ),
    }),
    z.object({
      cluster: z.string().describe('the bootstrap servers read'),
      name: z.string(),
      internal: z.boolean(),
      replicationFactor: count,
      partitions: z.array(
        z.object({
          partition: count,
          leader: brokerId.describe('-1 without a leader'),
          replicas: z.array(brokerId),
          isr: z.array(brokerId),
          offlineReplicas: z.array(brokerId),
          earliest: offset,
          latest: offset,
        }),
      ),
      overrides: z
        .array(
          z.object({
            name: z.string(),
            value: z.string().nullable().describe('null for a sensitive value, which is never shown'),
            without: z.string().nullable().describe("the value without the topic's own setting (the broker's or Kafka's default); null when the broker did not say"),
            sensitive: z.boolean(),
          }),
        )
        .nullable()
        .describe('configs set on the topic itself; null when the broker cannot say'),
      unavailable: z.array(unavailableSchema),
    }),
  ],
  'without topic: { cluster, topics }; with topic: that topic in detail',
);

type TopicsResult = TopicList | TopicDetail;

function render(result: TopicsResult): string {
  if ('topics' in result) {
    const width = Math.max(5, ...result.topics.map((t) => t.name.length));
    return (
      [
        `${'topic'.padEnd(width)}  partitions  RF  under-replicated  offline`,
        ...result.topics.map(
          (t) =>
            `${t.name.padEnd(width)}  ${String(t.partitions).padStart(10)}  ${String(t.replicationFactor).padStart(2)}  ${String(t.underReplicated).padStart(16)}  ${String(t.offline).padStart(7)}`,
        ),
        `${result.topics.length} topic(s) on ${result.cluster}.`,
      ].join('\n') + '\n'
    );
  }
  const lines = [
    `topic ${result.name}: ${result.partitions.length} partition(s), replication factor ${result.replicationFactor}`,
    '',
    'partition  leader  replicas  isr  earliest  latest',
    ...result.partitions.map(
      (p) =>
        `${String(p.partition).padStart(9)}  ${String(p.leader).padStart(6)}  ${p.replicas.join(',').padStart(8)}  ${p.isr.join(',').padStart(3)}  ${String(p.earliest ?? '-').padStart(8)}  ${String(p.latest ?? '-').padStart(6)}`,
    ),
  ];
  if (result.overrides)
    lines.push(
      '',
      result.overrides.length ? 'set on the topic:' : 'no configs set on the topic (all inherited).',
      ...result.overrides.map((o) => `  ${o.name}=${o.sensitive ? '(sensitive)' : o.value} (without it: ${o.without ?? 'unknown'})`),
    );
  lines.push(...result.unavailable.map((u) => `unavailable: ${u.what}: ${u.reason}`));
  return lines.join('\n') + '\n';
}

export const topics = defineCapability({
  name: 'topics',
  cliName: 'topics',
  title: 'Topics of a live cluster',
  description: [
    "Read-only look at the topics of a configured cluster. Without topic: every topic with its partition count, replication factor, under-replicated and offline partitions. With topic: each partition's leader, replicas, in-sync replicas and earliest/latest offsets, and the configs set on the topic itself with the value it would have without them (DescribeConfigs; said as unavailable where the broker lacks it).",
    'Call it to see what a cluster holds before judging it; critique_cluster judges the configs, doctor the health.',
  ].join('\n'),
  input: z.object({
    cluster: clusterName,
    topic: z.string().min(1).max(249).optional().describe('describe this topic; omit to list them all'),
    include_internal: z.boolean().optional().describe('list internal topics (__consumer_offsets, ...) too'),
  }),
  annotations: READS_LIVE,
  output: topicsDocument,
  async run({ cluster, topic, include_internal }, io): Promise<TopicsResult> {
    const connection = io.cluster(cluster);
    // Loaded on use: nothing loads a Kafka client until a cluster is read.
    const { describeTopic, listTopics } = await import('../cluster/topics.js');
    const { readingCluster } = await import('../cluster/read-errors.js');
    return readingCluster<TopicsResult>(() => (topic !== undefined ? describeTopic(connection, topic) : listTopics(connection, { includeInternal: Boolean(include_internal) })));
  },
  render: (result, _format: 'text') => render(result),
  summarize(result) {
    if ('topics' in result) {
      const troubled = result.topics.filter((t) => t.offline || t.underReplicated);
      return (
        `${result.topics.length} topic(s): ${result.topics
          .slice(0, 30)
          .map((t) => `${t.name} (${t.partitions}p, RF ${t.replicationFactor})`)
          .join(', ')}${result.topics.length > 30 ? ', ...' : ''}.` +
        (troubled.length ? ` Not healthy: ${troubled.map((t) => `${t.name} (${t.offline} offline, ${t.underReplicated} under-replicated)`).join(', ')}.` : '')
      );
    }
    const offline = result.partitions.filter((p) => p.leader < 0).map((p) => p.partition);
    return (
      `${result.name}: ${result.partitions.length} partition(s), RF ${result.replicationFactor}, ${result.partitions.reduce((s, p) => s + Math.max(0, (p.latest ?? 0) - (p.earliest ?? 0)), 0)} record(s) held` +
      (offline.length ? `, partitions without a leader: ${offline.join(', ')}` : '') +
      (result.overrides ? `; set on the topic: ${result.overrides.map((o) => `${o.name}=${o.sensitive ? '(sensitive)' : o.value}`).join(', ') || 'nothing'}` : '') +
      (result.unavailable.length ? `. Unavailable: ${result.unavailable.map((u) => u.what).join('; ')}` : '') +
      '.'
    );
  },
});
