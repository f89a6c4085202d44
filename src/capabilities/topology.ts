// Reading a Kafka Streams topology: what Topology#describe() printed, analysed (sub-topologies,
// tasks, internal topics, stores, joins and co-partitioning, findings) and drawn on request.
import { z } from 'zod';
import { parseTopicPartitions, readTopology, TOPOLOGY_FORMATS, type TopologyFormat, type TopologyResult } from '../method/topology/index.js';
import { defineCapability } from './capability.js';
import { MAX_TEXT, namedText } from './limits.js';

/** The report and the rendering asked for (`format` absent: the report alone). */
export type TopologyRead = TopologyResult & { format: TopologyFormat | undefined };

export const topology = defineCapability({
  name: 'topology_read',
  cliName: 'topology',
  title: 'Read a Kafka Streams topology',
  description: 'Reads the text Kafka Streams prints for Topology#describe() (2.x to 4.x) and reports sub-topologies, tasks per sub-topology, source/sink/repartition/changelog topics with their cluster names, state stores, joins with their co-partitioning requirement, and findings (key changes forcing repartitions, joins whose inputs differ in partition count, generated names that shift when the topology changes). Pass the partition counts of input topics to check co-partitioning. format "mermaid" or "svg" returns a drawing in `output`.',
  input: z.object({
    describe: z.union([z.string().max(MAX_TEXT), namedText]).describe('the describe() output, starting at "Topologies:"'),
    topics: z.string().optional().describe('partition counts, e.g. "orders:12,customers:12"'),
    applicationId: z.string().optional().describe('application.id, to name internal topics as on the cluster'),
    format: z.enum(TOPOLOGY_FORMATS).optional().describe('json (default) for the report only; mermaid or svg to add a drawing; text or markdown for a readable report'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
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
