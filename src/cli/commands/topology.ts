// `kafka-specialist topology <file>`: read what Topology#describe() printed, report it, or draw it.
import { Option, type Command } from 'commander';
import { parseTopicPartitions, readTopology, TOPOLOGY_FORMATS, type TopologyFormat } from '../../method/topology/index.js';
import { EXIT, readInput, run } from '../io.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';

export function registerTopology(program: Command): void {
  program
    .command('topology')
    .description('read a Kafka Streams Topology#describe() output: sub-topologies, tasks, repartition and changelog topics, stores, joins and co-partitioning, findings; draw it as SVG or Mermaid')
    .argument('<file>', 'a file holding the describe() text ("-" reads standard input)')
    .addOption(new Option('--format <format>', 'output format').choices([...TOPOLOGY_FORMATS]).default('text'))
    .option('--topics <list>', 'partition counts of the topics it reads, e.g. orders:12,customers:12 (checks co-partitioning, sizes tasks)')
    .option('--application-id <id>', 'application.id, to name the internal topics as they appear on the cluster')
    .option('--out <file>', 'write the output to this file instead of standard output')
    .action((path: string, opts: { format: TopologyFormat; topics?: string; applicationId?: string; out?: string }) => run(opts.format, () => {
      const { text, file } = readInput(path);
      const { report, output } = readTopology(text, opts.format, {
        file,
        ...(opts.topics ? { partitions: parseTopicPartitions(opts.topics) } : {}),
        ...(opts.applicationId ? { applicationId: opts.applicationId } : {}),
      });
      if (opts.out) {
        writeFileAtomic(opts.out, output);
        process.stdout.write(`Wrote ${opts.out} (${report.counts.subtopologies} sub-topologies, ${report.counts.nodes} nodes, ${report.findings.length} findings)\n`);
      } else process.stdout.write(output);
      return report.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
    }));
}
