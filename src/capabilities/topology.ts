// Reading a Kafka Streams topology: what Topology#describe() printed, analysed (sub-topologies,
// tasks, internal topics, stores, joins and co-partitioning, findings) and drawn on request.
import { z } from 'zod';
import { parseTopicPartitions, readTopology, TOPOLOGY_FORMATS, type TopologyFormat, type TopologyResult } from '../method/topology/index.js';
import { findingSchema } from '../model/design.js';
import { CHANGELOG_CLEANUPS, CO_PARTITIONING, TOPIC_ROLES } from '../method/topology/analyze.js';
import { JOIN_KINDS } from '../knowledge/streams.js';
import { defineCapability } from './capability.js';
import { MAX_TEXT, namedText } from './limits.js';

/** The report and the rendering asked for (`format` absent: the report alone). */
export type TopologyRead = TopologyResult & { format: TopologyFormat | undefined };

const count = z.number().int().nonnegative();

/** The report's shape (and the drawing or rendering in `output` when a format other than json was asked). */
const topologyReport = z.object({
  name: z.string().optional(),
  applicationId: z.string(),
  counts: z.object({ subtopologies: count, nodes: count, topics: count, stores: count, joins: count }),
  subtopologies: z.array(
    z.object({
      id: count,
      global: z.boolean(),
      nodes: count,
      sourceTopics: z.array(z.string()),
      sourcePatterns: z.array(z.string()),
      sinkTopics: z.array(z.string()),
      stores: z.array(z.string()),
      tasks: count.nullable().describe('null when the partition counts of its source topics are unknown'),
      tasksWhy: z.string(),
    }),
  ),
  topics: z.array(
    z.object({
      name: z.string(),
      role: z.enum(TOPIC_ROLES),
      clusterName: z.string().describe('internal topics are prefixed with application.id'),
      writtenBy: z.array(count),
      readBy: z.array(count),
      partitions: count.nullable(),
      partitionsWhy: z.string(),
    }),
  ),
  stores: z.array(
    z.object({
      name: z.string(),
      subtopology: count,
      global: z.boolean(),
      processors: z.array(z.string()),
      windowed: z.boolean().nullable(),
      changelog: z.string().nullable(),
      changelogCleanup: z.enum(CHANGELOG_CLEANUPS).nullable(),
      why: z.string(),
      generatedName: z.boolean(),
    }),
  ),
  joins: z.array(
    z.object({
      kind: z.enum(JOIN_KINDS),
      subtopology: count,
      processors: z.array(z.string()),
      stores: z.array(z.string()),
      topics: z.array(z.string()).describe('topics that must be co-partitioned'),
      coPartitioned: z.enum(CO_PARTITIONING),
      why: z.string(),
    }),
  ),
  findings: z.array(findingSchema),
  output: z.string().optional().describe('the drawing (mermaid, svg) or readable report (text, markdown) asked for with format'),
});

export const topology = defineCapability({
  name: 'topology_read',
  cliName: 'topology',
  title: 'Read a Kafka Streams topology',
  description:
    'Reads the text Kafka Streams prints for Topology#describe() (2.x to 4.x) and reports sub-topologies, tasks per sub-topology, source/sink/repartition/changelog topics with their cluster names, state stores, joins with their co-partitioning requirement, and findings (key changes forcing repartitions, joins whose inputs differ in partition count, generated names that shift when the topology changes). Pass the partition counts of input topics to check co-partitioning. format "mermaid" or "svg" returns a drawing in `output`.',
  input: z.object({
    describe: z.union([z.string().max(MAX_TEXT), namedText]).describe('the describe() output, starting at "Topologies:"'),
    topics: z.string().optional().describe('partition counts, e.g. "orders:12,customers:12"'),
    applicationId: z.string().optional().describe('application.id, to name internal topics as on the cluster'),
    format: z.enum(TOPOLOGY_FORMATS).optional().describe('json (default) for the report only; mermaid or svg to add a drawing; text or markdown for a readable report'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: topologyReport,
  run({ describe, topics, applicationId, format }): TopologyRead {
    const given = typeof describe === 'string' ? { text: describe } : { text: describe.content, file: describe.name };
    return {
      ...readTopology(given.text, format ?? 'json', {
        ...(given.file !== undefined ? { file: given.file } : {}),
        ...(topics ? { partitions: parseTopicPartitions(topics) } : {}),
        ...(applicationId ? { applicationId } : {}),
      }),
      format,
    };
  },
  json: ({ report, output, format }) => ({ ...report, ...(format && format !== 'json' ? { output } : {}) }),
  render: ({ output }, _format: Exclude<TopologyFormat, 'json'>) => output,
  summarize({ report }) {
    const worst = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`);
    return `${report.counts.subtopologies} sub-topologies, ${report.counts.nodes} nodes, ${report.counts.stores} stores, ${report.counts.joins} joins; ${report.topics.filter((t) => t.role === 'repartition').length} repartition topics; ${worst.length ? worst.join(', ') : 'no warnings'}.`;
  },
  exitCode: ({ report }) => (report.findings.some((f) => f.severity === 'error') ? 1 : 0),
});
