// `kafka-specialist doctor --bootstrap host:9092`: snapshot a live cluster and run the cluster rules.
import { Option, type Command } from 'commander';
import { doctor } from '../../capabilities/doctor.js';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { DEFAULT_THRESHOLDS } from '../../method/doctor/rule.js';
import { ENVIRONMENTS, type Environment } from '../../model/requirements.js';
import { cliIo, FLAGS_CLUSTER, numberFlag, runCapability } from '../capability.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

interface DoctorFlags extends ConnectionFlags {
  group?: string[];
  sampleMs: string;
  lagThreshold: string;
  environment: Environment;
  includeInternal?: boolean;
  snapshot?: boolean;
  commandConfig?: string;
  format: 'text' | 'json' | 'markdown';
}

export function registerDoctor(program: Command): void {
  const cmd = describedCommand(program, 'doctor')
    .addOption(new Option('--group <id>', 'a consumer group to inspect (repeatable; needed where ListGroups is unavailable)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .addOption(new Option('--sample-ms <ms>', 'read group offsets twice, this far apart, to find stuck groups (0: once)').default('0'))
    .addOption(new Option('--lag-threshold <records>', 'total group lag that counts as lagging').default(String(DEFAULT_THRESHOLDS.lagRecords)))
    .addOption(new Option('--environment <env>', 'how strict durability findings are').choices([...ENVIRONMENTS]).default('production'))
    .addOption(new Option('--include-internal', 'include internal topics (__consumer_offsets, ...)'))
    .addOption(new Option('--snapshot', 'with --format json: include the raw snapshot'))
    .addOption(formatOption(['text', 'json', 'markdown']));
  addClusterOptions(cmd);
  cmd.action((opts: DoctorFlags) =>
    runCapability(doctor, {
      format: opts.format,
      input: () => ({
        cluster: FLAGS_CLUSTER,
        groups: opts.group,
        sample_ms: numberFlag('--sample-ms', opts.sampleMs),
        lag_threshold: numberFlag('--lag-threshold', opts.lagThreshold),
        environment: opts.environment,
        include_internal: Boolean(opts.includeInternal),
      }),
      flags: { cluster: '--bootstrap', groups: '--group' },
      io: cliIo({ cluster: () => clusterConnection(cmd, opts) }),
      json: ({ report, snapshot }) => (opts.snapshot ? { ...report, snapshot } : report),
    }),
  );
}
