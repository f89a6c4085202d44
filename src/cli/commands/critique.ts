// `critique <files...>`: find what will bite in configurations people already run, and
// `rules [id]`: the rules it applies. Thin edge: read files and flags, call method/critique, print.
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { critiqueCluster } from '../../capabilities/critique-cluster.js';
import { critique } from '../../capabilities/critique.js';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { CONFIG_KINDS, type ConfigKind } from '../../method/critique/config-model.js';
import { ruleFacts, type Intent } from '../../method/critique/engine.js';
import { ALL_RULES, ruleById } from '../../method/critique/rules/index.js';
import { didYouMean, UserError } from '../../model/errors.js';
import { DELIVERIES, ENVIRONMENTS, ORDERINGS, PLATFORMS } from '../../model/requirements.js';
import { cliIo, numberFlag, runCapability } from '../capability.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { formatOption, printJson, readInput, run } from '../io.js';
import { describedCommand } from './index.js';

interface CritiqueFlags extends ConnectionFlags {
  commandConfig?: string;
  kind?: ConfigKind;
  client?: string;
  kafkaVersion?: string;
  requirements?: string;
  flow?: string;
  delivery?: Intent['delivery'];
  ordering?: Intent['ordering'];
  environment?: Intent['environment'];
  processingP99Ms?: string;
  messageBytes?: string;
  brokers?: string;
  platform?: Intent['platform'];
  brokerType?: string;
  transactionalInput?: boolean;
  sideEffect?: string;
  batch?: string;
  strict?: boolean;
  format: 'text' | 'json' | 'sarif';
}

/** Config-like files of a directory, recursively, in name order; other paths as given. */
const CONFIG_FILE = /\.(properties|config|conf|cfg|json|ya?ml|sh)$/i;
function expandDirectories(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (p === '-' || !existsSync(p) || !statSync(p).isDirectory()) return [p];
    let entries: Dirent[];
    try {
      entries = readdirSync(p, { recursive: true, withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError({
        file: p,
        message: `cannot read this directory: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message)}`,
        suggestion: 'check its permissions, or pass the files themselves',
      });
    }
    const found = entries
      .filter((d) => d.isFile() && CONFIG_FILE.test(d.name) && !d.name.endsWith('.expect.json'))
      .map((d) => join(d.parentPath, d.name))
      .sort();
    if (found.length === 0) throw new UserError({ file: p, message: 'no configuration files in this directory', expected: '.properties, .config, .conf, .json, .yaml or .yml files' });
    return found;
  });
}

export function registerCritique(program: Command): void {
  const cmd = describedCommand(program, 'critique')
    .argument('[files...]', 'configuration files or directories ("-" reads standard input)')
    .addOption(new Option('--kind <kind>', 'what the files configure (detected from content when omitted)').choices([...CONFIG_KINDS]))
    .option('--client <library>', 'client library: kafka-clients, confluent-kafka, librdkafka, kafkajs, ... (detected when omitted)')
    .option('--kafka-version <version>', 'Kafka version to judge against (default: the version a file states, else the newest documented)')
    .option('--requirements <file>', 'requirements file whose flow states the intent')
    .option('--flow <name>', 'the flow of --requirements these configs serve')
    .addOption(new Option('--delivery <guarantee>', 'delivery guarantee the flow needs').choices([...DELIVERIES]))
    .addOption(new Option('--ordering <ordering>', 'ordering the flow needs').choices([...ORDERINGS]))
    .addOption(new Option('--environment <env>', 'where the configs run (severity follows it)').choices([...ENVIRONMENTS]))
    .option('--processing-p99-ms <ms>', 'p99 processing time per record, in ms')
    .option('--message-bytes <bytes>', 'largest record size, in bytes')
    .option('--brokers <n>', 'brokers in the cluster')
    .addOption(new Option('--platform <platform>', 'where the cluster runs (broker files are held to what it accepts)').choices([...PLATFORMS]))
    .option('--broker-type <size>', "the platform's broker size, e.g. kafka.m7g.large or express.m7g.large")
    .option('--transactional-input', 'the consumed topic is written by transactional producers')
    .option('--side-effect <what>', 'what the handler does outside Kafka that must not repeat or be skipped, e.g. "card charge", "email", "HTTP call"')
    .option('--batch <records>', 'records the consumer takes per poll as configured (max.poll.records, or N of consume(num_messages=N))')
    .option('--strict', 'exit 1 on warnings too')
    .addOption(formatOption(['text', 'json', 'sarif']));
  addClusterOptions(cmd).action((paths: string[], flags: CritiqueFlags) =>
    paths.length === 0
      ? critiqueLive(cmd, flags)
      : runCapability(critique, {
          format: flags.format,
          input: () => ({
            files: expandDirectories(paths).map((p) => named(readInput(p))),
            kind: flags.kind,
            client: flags.client,
            kafka_version: flags.kafkaVersion,
            requirements: flags.requirements ? named(readInput(flags.requirements)) : undefined,
            flow: flags.flow,
            delivery: flags.delivery,
            ordering: flags.ordering,
            environment: flags.environment,
            processing_p99_ms: numberFlag('--processing-p99-ms', flags.processingP99Ms),
            message_bytes: numberFlag('--message-bytes', flags.messageBytes),
            brokers: numberFlag('--brokers', flags.brokers),
            platform: flags.platform,
            broker_type: flags.brokerType,
            input_transactional: flags.transactionalInput,
            external_side_effect: flags.sideEffect,
            batch_records: numberFlag('--batch', flags.batch),
            strict: flags.strict,
          }),
          flags: { files: '<files>', input_transactional: '--transactional-input', external_side_effect: '--side-effect', batch_records: '--batch', broker_type: '--broker-type' },
        }),
  );
}

/** `critique --bootstrap host:9092` without files: the live cluster's configs, by the same rules. */
function critiqueLive(cmd: Command, flags: CritiqueFlags): Promise<void> {
  return runCapability(critiqueCluster, {
    format: flags.format,
    input: () => {
      if (!flags.bootstrap && !flags.commandConfig)
        throw new UserError({ field: '<files>', message: 'no files given', suggestion: 'pass config files or directories, or --bootstrap host:9092 to critique a live cluster' });
      return { kafka_version: flags.kafkaVersion, environment: flags.environment };
    },
    io: cliIo({ cluster: () => clusterConnection(cmd, flags) }),
  });
}

const named = ({ text, file }: { text: string; file: string }) => ({ name: file, content: text });

export function registerRules(program: Command): void {
  describedCommand(program, 'rules')
    .argument('[id]', 'a rule id such as producer/idempotence-acks')
    .addOption(formatOption(['text', 'json']))
    .action(async (id: string | undefined, flags: { format: 'text' | 'json' }) =>
      run(flags.format, () => {
        if (id !== undefined) {
          const rule = ruleById(id)?.meta;
          if (!rule) {
            const near = didYouMean(
              id,
              ALL_RULES.map((r) => r.meta.id),
            );
            throw new UserError({
              field: 'id',
              message: `no rule named "${id}"`,
              ...(near.length ? { suggestion: `did you mean ${near.join(', ')}?` } : { suggestion: 'run `kafka-specialist rules` for the list' }),
            });
          }
          if (flags.format === 'json') printJson(ruleFacts(rule));
          else
            process.stdout.write(
              `${rule.id} (${rule.severity}; reads ${rule.kinds.join(', ')})\n\n${rule.summary}\n\nWhy: ${rule.why}\n\nFix: ${rule.fix}\n\nSee:\n${rule.refs.map((r) => `  ${r}`).join('\n')}\n`,
            );
          return;
        }
        if (flags.format === 'json') printJson({ rules: ALL_RULES.map((r) => ruleFacts(r.meta)) });
        else {
          const width = Math.max(...ALL_RULES.map((r) => r.meta.id.length));
          process.stdout.write(
            ALL_RULES.map(({ meta: r }) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`).join('\n') +
              `\n\n${ALL_RULES.length} rules. \`kafka-specialist rules <id>\` explains one.\n`,
          );
        }
      }),
    );
}
