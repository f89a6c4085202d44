// `kafka-specialist doctor --bootstrap host:9092`: snapshot a live cluster and run the cluster rules.
import { Option, type Command } from 'commander';
import { addConnectionOptions, connectionFromFlags, type ConnectionFlags } from '../../cluster/connection.js';
import { takeSnapshot } from '../../cluster/snapshot.js';
import { UserError } from '../../model/errors.js';
import { diagnose } from '../../method/doctor/diagnose.js';
import { renderDoctor } from '../../method/doctor/report.js';
import { DEFAULT_THRESHOLDS } from '../../method/doctor/rule.js';
import { EXIT, formatOption, printJson, run } from '../io.js';

interface DoctorFlags extends ConnectionFlags {
  group?: string[];
  sampleMs: string;
  lagThreshold: string;
  environment: 'development' | 'staging' | 'production';
  includeInternal?: boolean;
  snapshot?: boolean;
  format: 'text' | 'json' | 'markdown';
}

function nonNegative(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UserError({ field: flag, message: 'must be a non-negative number', found: value });
  return n;
}

export function registerDoctor(program: Command): void {
  const cmd = program
    .command('doctor')
    .description('snapshot a live cluster (brokers, topics, replicas, ISR, configs, groups, lag) and report what is wrong with it')
    .addOption(new Option('--group <id>', 'a consumer group to inspect (repeatable; needed where ListGroups is unavailable)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .addOption(new Option('--sample-ms <ms>', 'read group offsets twice, this far apart, to find stuck groups (0: once)').default('0'))
    .addOption(new Option('--lag-threshold <records>', 'total group lag that counts as lagging').default(String(DEFAULT_THRESHOLDS.lagRecords)))
    .addOption(new Option('--environment <env>', 'how strict durability findings are').choices(['development', 'staging', 'production']).default('production'))
    .addOption(new Option('--include-internal', 'include internal topics (__consumer_offsets, ...)'))
    .addOption(new Option('--snapshot', 'with --format json: include the raw snapshot'))
    .addOption(formatOption(['text', 'json', 'markdown']));
  addConnectionOptions(cmd);
  cmd.action(async (opts: DoctorFlags) => {
    await run(opts.format, async () => {
      const connection = connectionFromFlags(opts);
      const snapshot = await takeSnapshot(connection, {
        groups: opts.group ?? [],
        sampleMs: nonNegative(opts.sampleMs, '--sample-ms'),
        includeInternal: Boolean(opts.includeInternal),
      }).catch((e: Error) => {
        // kafkajs's own errors mean the cluster could not be reached or read; anything else is ours.
        if (!e.name?.startsWith('KafkaJS')) throw e;
        throw new UserError({ field: '--bootstrap', message: `cannot read the cluster: ${e.message}`, suggestion: 'check the address, TLS and SASL flags, and that the cluster is reachable' });
      });
      const report = diagnose(snapshot, { ...DEFAULT_THRESHOLDS, lagRecords: nonNegative(opts.lagThreshold, '--lag-threshold'), environment: opts.environment });
      if (opts.format === 'json') printJson(opts.snapshot ? { ...report, snapshot } : report);
      else process.stdout.write(renderDoctor(report, opts.format));
      return report.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
    });
  });
}
