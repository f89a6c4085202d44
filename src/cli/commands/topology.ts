// `kafka-specialist topology <file>`: read what Topology#describe() printed, report it, or draw it.
import { Option, type Command } from 'commander';
import { topology } from '../../capabilities/topology.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';
import { TOPOLOGY_FORMATS, type TopologyFormat } from '../../method/topology/index.js';
import { runCapability } from '../capability.js';
import { readInput } from '../io.js';
import { describedCommand } from './index.js';

export function registerTopology(program: Command): void {
  describedCommand(program, 'topology')
    .argument('<file>', 'a file holding the describe() text ("-" reads standard input)')
    .addOption(new Option('--format <format>', 'output format').choices([...TOPOLOGY_FORMATS]).default('text'))
    .option('--topics <list>', 'partition counts of the topics it reads, e.g. orders:12,customers:12 (checks co-partitioning, sizes tasks)')
    .option('--application-id <id>', 'application.id, to name the internal topics as they appear on the cluster')
    .option('--out <file>', 'write the output to this file instead of standard output')
    .action((path: string, opts: { format: TopologyFormat; topics?: string; applicationId?: string; out?: string }) => {
      const out = opts.out;
      return runCapability(topology, {
        format: opts.format,
        input: () => {
          const { text, file } = readInput(path);
          return { describe: { name: file, content: text }, topics: opts.topics, applicationId: opts.applicationId, format: opts.format };
        },
        flags: { describe: '<file>', applicationId: '--application-id' },
        // The rendering asked for (for json: the report's JSON text) goes to the file; the terminal is told where.
        ...(out
          ? {
              after: ({ output }) => writeFileAtomic(out, output),
              receipt: ({ report }) => `Wrote ${out} (${report.counts.subtopologies} sub-topologies, ${report.counts.nodes} nodes, ${report.findings.length} findings)\n`,
            }
          : {}),
      });
    });
}
