// `kafka-specialist verify <requirements>`: runs the design's producer and consumer for one flow
// against the local broker (or a dev cluster) under faults, and reports promise vs outcome.
import { Option, type Command } from 'commander';
import { verify } from '../../capabilities/verify.js';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { UserError } from '../../model/errors.js';
import { FAULTS, parseFaults } from '../../method/verify/faults.js';
import { cliIo, FLAGS_CLUSTER, numberFlag, runCapability } from '../capability.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { formatOption, readInput } from '../io.js';
import { progressBar } from '../progress.js';
import { describedCommand } from './index.js';

interface VerifyFlags extends ConnectionFlags {
  flow?: string;
  faults?: string;
  messages: string;
  brokers: string;
  format: 'text' | 'json' | 'markdown';
  commandConfig?: string;
}

/** "leader-change,slow-acks" -> the faults; a name that is none is the user's typo, said with the list. */
function faultsFlag(value: string | undefined) {
  const { faults, unknown } = parseFaults(value ?? '');
  if (unknown.length) throw new UserError({ field: '--faults', message: `unknown fault ${unknown.join(', ')}`, expected: FAULTS.join(', ') });
  return faults;
}

export function registerVerify(program: Command): void {
  const cmd = describedCommand(program, 'verify')
    .argument('<requirements>', 'requirements file (YAML or JSON; - for standard input)')
    .addOption(new Option('--flow <name>', 'the flow to run (default: the first)'))
    .addOption(new Option('--faults <list>', `comma-separated faults to inject: ${FAULTS.join(', ')}`))
    .addOption(new Option('--messages <n>', 'records to send').default('50000'))
    .addOption(new Option('--brokers <n>', 'brokers in the local cluster').default('3'))
    .addOption(formatOption(['text', 'json', 'markdown']));
  addClusterOptions(cmd);
  cmd.action((path: string, opts: VerifyFlags) => {
    // The connection flags read KAFKA_BOOTSTRAP_SERVERS; verify only leaves the local broker when
    // --bootstrap or --command-config is given on the command line.
    const remote = cmd.getOptionValueSource('bootstrap') === 'cli' || opts.commandConfig !== undefined;
    const bar = progressBar();
    return runCapability(verify, {
      format: opts.format,
      input: () => {
        const { text, file } = readInput(path);
        return {
          requirements: { name: file, content: text },
          flow: opts.flow,
          faults: faultsFlag(opts.faults),
          messages: numberFlag('--messages', opts.messages),
          brokers: numberFlag('--brokers', opts.brokers),
          cluster: remote ? FLAGS_CLUSTER : undefined,
        };
      },
      flags: { requirements: '<requirements>', cluster: '--bootstrap' },
      io: cliIo({ cluster: () => clusterConnection(cmd, opts), progress: bar.update }),
      settle: () => bar.done(),
    });
  });
}
