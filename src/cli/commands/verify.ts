// `kafka-specialist verify <requirements>`: runs the design's producer and consumer for one flow
// against the local broker (or a dev cluster) under faults, and reports promise vs outcome.
import { Option, type Command } from 'commander';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { runVerify } from '../../cluster/verify-runner.js';
import { requirementsSchema } from '../../model/requirements.js';
import { UserError } from '../../model/errors.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { FAULTS, parseFaults } from '../../method/verify/faults.js';
import { VERIFY_BROKERS, VERIFY_MESSAGES, verifyTargetFor } from '../../method/verify/from-design.js';
import { renderVerify } from '../../method/verify/report.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { EXIT, formatOption, printJson, readInput, run } from '../io.js';
import { progressBar } from '../progress.js';

interface VerifyFlags extends ConnectionFlags {
  flow?: string;
  faults?: string;
  messages: string;
  brokers: string;
  format: 'text' | 'json' | 'markdown';
  commandConfig?: string;
}

export function registerVerify(program: Command): void {
  const cmd = program
    .command('verify')
    .description('run a design\'s producer and consumer against the local broker while injecting faults; report lost, duplicated and reordered records, latency and throughput against the promised guarantee')
    .argument('<requirements>', 'requirements file (YAML or JSON; - for standard input)')
    .addOption(new Option('--flow <name>', 'the flow to run (default: the first)'))
    .addOption(new Option('--faults <list>', `comma-separated faults to inject: ${FAULTS.join(', ')}`))
    .addOption(new Option('--messages <n>', 'records to send').default('50000'))
    .addOption(new Option('--brokers <n>', 'brokers in the local cluster').default('3'))
    .addOption(formatOption(['text', 'json', 'markdown']));
  addClusterOptions(cmd);
  // The connection flags read KAFKA_BOOTSTRAP_SERVERS; verify only leaves the local broker when
  // --bootstrap or --command-config is given on the command line.
  cmd.action(async (path: string, opts: VerifyFlags) => {
    await run(opts.format, async () => {
      const { text, file } = readInput(path);
      const requirements = parseWithSchema(text, file, requirementsSchema);
      const target = verifyTargetFor(requirements, opts.flow, file);
      const { faults, unknown } = parseFaults(opts.faults ?? '');
      if (unknown.length) throw new UserError({ field: '--faults', message: `unknown fault ${unknown.join(', ')}`, expected: FAULTS.join(', ') });
      const messages = Number(opts.messages);
      if (!Number.isInteger(messages) || messages < VERIFY_MESSAGES.min || messages > VERIFY_MESSAGES.max) {
        throw new UserError({ field: '--messages', message: `expected a whole number from ${VERIFY_MESSAGES.min} to ${VERIFY_MESSAGES.max}`, found: opts.messages });
      }
      const brokers = Number(opts.brokers);
      if (!Number.isInteger(brokers) || brokers < VERIFY_BROKERS.min || brokers > VERIFY_BROKERS.max) throw new UserError({ field: '--brokers', message: `expected a whole number of local brokers from ${VERIFY_BROKERS.min} to ${VERIFY_BROKERS.max}`, found: opts.brokers });
      const remote = cmd.getOptionValueSource('bootstrap') === 'cli' || opts.commandConfig !== undefined;
      const bar = progressBar();
      let result;
      try {
        result = await runVerify({
          ...target,
          messages,
          faults,
          brokers,
          ...(remote ? { connection: clusterConnection(cmd, opts) } : {}),
          onProgress: (p) => bar.update(p),
        });
      } finally {
        bar.done();
      }
      if (opts.format === 'json') printJson({ flow: target.flow, ...result });
      else process.stdout.write(renderVerify(result, opts.format));
      return result.verdict.kept ? EXIT.ok : EXIT.findings;
    });
  });
}
