// critique of a running cluster: the topic and broker configs DescribeConfigs reports, judged by
// the rules that judge config files.
import { z } from 'zod';
import type { Unavailable } from '../model/cluster-snapshot.js';
import { critique as critiqueFiles, type CritiqueResult } from '../method/critique/critique.js';
import { liveConfigFiles } from '../method/critique/live.js';
import { ENVIRONMENTS } from '../model/requirements.js';
import { defineCapability, READS_LIVE } from './capability.js';
import { clusterName } from './limits.js';
import { critique, critiqueDocument } from './critique.js';
import { unavailableSchema } from './documents.js';

type ClusterCritique = CritiqueResult & { cluster: string; unavailable: Unavailable[] };

export const critiqueCluster = defineCapability({
  name: 'critique_cluster',
  title: "Critique a live cluster's configs",
  description: [
    'Reads the configs of every topic and of one broker from a configured cluster (DescribeConfigs, the values away from Kafka\'s defaults) and runs the same rules as critique does on config files: durability (min.insync.replicas vs replication, unclean election), retention and segment settings, size limits, version changes. Findings name the topic ("topic orders") or broker file. A broker without DescribeConfigs is said in `unavailable`.',
    "Call it when the user asks what is wrong with a running cluster's configuration; doctor checks its health (replicas, ISR, lag) instead.",
  ].join('\n'),
  input: z.object({
    cluster: clusterName,
    kafka_version: z.string().max(20).optional().describe("the cluster's Kafka version (default: the newest documented)"),
    environment: z.enum(ENVIRONMENTS).optional().describe('severity follows it: replication factor 1 is an error in production'),
    include_internal: z.boolean().optional().describe('judge internal topics (__consumer_offsets, ...) too'),
  }),
  annotations: READS_LIVE,
  output: critiqueDocument.extend({
    cluster: z.string().describe('the bootstrap servers read'),
    unavailable: z.array(unavailableSchema).describe('what the cluster could not answer (a broker without DescribeConfigs)'),
  }),
  async run({ cluster, kafka_version, environment, include_internal }, io): Promise<ClusterCritique> {
    const connection = io.cluster(cluster);
    const { readLiveConfigs } = await import('../cluster/topics.js');
    const { readingCluster } = await import('../cluster/read-errors.js');
    const live = await readingCluster(() => readLiveConfigs(connection, { includeInternal: Boolean(include_internal) }));
    const result = live.configs
      ? critiqueFiles(liveConfigFiles(live.configs), { intent: environment ? { environment } : {}, ...(kafka_version ? { kafkaVersion: kafka_version } : {}) })
      : { findings: [], reviewed: [] };
    return { cluster: live.cluster, ...result, unavailable: live.unavailable };
  },
  render: (result, format: 'text' | 'sarif') => critique.render(result, format) + result.unavailable.map((u) => `unavailable: ${u.what}: ${u.reason}\n`).join(''),
  summarize: (result) => critique.summarize(result) + (result.unavailable.length ? `\nUnavailable: ${result.unavailable.map((u) => `${u.what} (${u.reason})`).join('; ')}.` : ''),
  exitCode: (result) => (result.findings.some((f) => f.severity === 'error') ? 1 : 0),
});
