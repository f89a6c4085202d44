// `kafka-specialist lag analyze`: what-if lag analysis from numbers or a requirements flow.
// `kafka-specialist lag status`: samples a live group and evaluates it with Burrow's rules plus
// kafka-lag-exporter's time lag.
import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { lagAnalyze } from '../../capabilities/lag-analyze.js';
import { addConnectionOptions, connectionFromFlags, describeConnection, type ConnectionFlags } from '../../cluster/connection.js';
import { watchGroupLag } from '../../cluster/group-lag.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';
import { svgChart } from '../../method/diagnose/chart.js';
import { nonFiniteAsString } from '../../method/diagnose/live.js';
import { duration } from '../../method/diagnose/duration.js';
import { renderStatus } from '../../method/diagnose/report.js';
import type { StatedProcessing } from '../../method/diagnose/whatif.js';
import { retentionToMs } from '../../method/deconstruct/normalize.js';
import { fmt } from '../../model/units.js';
import { ORDERINGS, type Ordering } from '../../model/requirements.js';
import { UserError } from '../../model/errors.js';
import { numberFlag, runCapability } from '../capability.js';
import { EXIT, formatOption, readInput, run } from '../io.js';

/** "10s", "200ms", "5m"; a bare number is seconds. */
function durationMs(flag: string, value: string): number {
  const text = /^\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}s` : value;
  try {
    const ms = retentionToMs(text);
    if (ms > 0) return ms;
  } catch {
    // fall through to the user error
  }
  throw new UserError({ field: flag, message: 'expected a duration', found: value, suggestion: 'e.g. 200ms, 10s, 5m' });
}

/** "p50=50,p99=2000", a range "50-400" or one figure "200" -> processing time as stated, in ms. */
function processingMs(value: string): StatedProcessing {
  const range = /^\s*(\d+(?:\.\d+)?)\s*(?:-|\.\.|to)\s*(\d+(?:\.\d+)?)\s*(?:ms)?\s*$/.exec(value);
  if (range) return { minMs: Number(range[1]), maxMs: Number(range[2]) };
  if (/^\s*\d+(?:\.\d+)?\s*(?:ms)?\s*$/.test(value)) return { p50Ms: Number(value.replace('ms', '')) };
  const parts = new Map(value.split(',').map((kv) => kv.split('=').map((s) => s.trim()) as [string, string]));
  const p50 = parts.has('p50') ? Number(parts.get('p50')) : undefined;
  const p99 = parts.has('p99') ? Number(parts.get('p99')) : undefined;
  if ((p50 === undefined && p99 === undefined) || (p50 !== undefined && !(p50 > 0)) || (p99 !== undefined && !(p99 > 0))) {
    throw new UserError({ field: '--processing-ms', message: 'expected percentiles, a range or one figure in milliseconds', found: value, suggestion: 'e.g. --processing-ms p50=50,p99=2000, or 50-400, or 200' });
  }
  return { ...(p50 !== undefined ? { p50Ms: p50 } : {}), ...(p99 !== undefined ? { p99Ms: p99 } : {}) };
}

interface AnalyzeFlags {
  consumer?: string;
  library?: string;
  kafkaVersion?: string;
  requirements?: string;
  flow?: string;
  arrivalRate?: string;
  processingMs?: string;
  instances?: string;
  partitions?: string;
  batch?: string;
  rebalances?: boolean;
  rateLimit?: string;
  backlog?: string;
  horizon?: string;
  ordering?: Ordering;
  svg?: string;
  format: 'text' | 'json';
}

/** The analysis input from the flags: numbers parsed, files read, --processing-ms split into its fields. */
function analyzeInput(flags: AnalyzeFlags): z.input<typeof lagAnalyze.input> {
  const processing = flags.processingMs !== undefined ? processingMs(flags.processingMs) : {};
  const file = (path: string | undefined) => (path === undefined ? undefined : (({ text, file: name }) => ({ name, content: text }))(readInput(path)));
  return {
    arrival_per_second: numberFlag('--arrival-rate', flags.arrivalRate),
    processing_p50_ms: processing.p50Ms,
    processing_p99_ms: processing.p99Ms,
    processing_min_ms: processing.minMs,
    processing_max_ms: processing.maxMs,
    instances: numberFlag('--instances', flags.instances),
    partitions: numberFlag('--partitions', flags.partitions),
    batch_records: numberFlag('--batch', flags.batch),
    rebalances_reported: flags.rebalances,
    rate_limit_per_second: numberFlag('--rate-limit', flags.rateLimit),
    backlog: numberFlag('--backlog', flags.backlog),
    horizon_seconds: flags.horizon !== undefined ? durationMs('--horizon', flags.horizon) / 1000 : undefined,
    ordering: flags.ordering,
    consumer_properties: file(flags.consumer),
    library: flags.library,
    kafka_version: flags.kafkaVersion,
    requirements: file(flags.requirements),
    flow: flags.flow,
  };
}

interface StatusFlags extends ConnectionFlags {
  group?: string;
  topic?: string[];
  samples: string;
  interval: string;
  watch?: boolean;
  progress?: boolean;
  minimumComplete: string;
  allowedLag: string;
  format: string;
}

function nonNegative(flag: string, value: string): number {
  const n = numberFlag(flag, value)!;
  if (n < 0) throw new UserError({ field: flag, message: 'expected zero or a positive number', found: value });
  return n;
}

async function status(flags: StatusFlags): Promise<number> {
  if (!flags.group) throw new UserError({ field: '--group', message: 'no consumer group given', suggestion: 'pass --group <group id>' });
  const samples = numberFlag('--samples', flags.samples)!;
  if (!Number.isInteger(samples) || samples < 2) throw new UserError({ field: '--samples', message: 'need at least 2 samples to see a trend', found: flags.samples });
  const intervalMs = durationMs('--interval', flags.interval);
  const minimumComplete = nonNegative('--minimum-complete', flags.minimumComplete);
  const allowedLag = nonNegative('--allowed-lag', flags.allowedLag);
  const connection = connectionFromFlags(flags);
  const showProgress = flags.progress ?? process.stderr.isTTY;
  const progress = (text: string) => {
    if (showProgress) process.stderr.write(`${text}\n`);
  };
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.once('SIGINT', onSigint);
  progress(`sampling group ${flags.group} on ${describeConnection(connection)}: ${samples} samples, ${duration(intervalMs / 1000)} apart`);
  try {
    const last = await watchGroupLag(connection, {
      groupId: flags.group, ...(flags.topic ? { topics: flags.topic } : {}),
      samples, intervalMs, evaluator: { minimumComplete, allowedLag }, watch: flags.watch ?? false, signal: stop.signal,
      onSample: (s, i) => {
        const lag = s.partitions.reduce((sum, p) => sum + (p.committed === null ? 0 : Math.max(0, p.logEnd - p.committed)), 0);
        progress(`sample ${i + 1}${flags.watch ? '' : `/${samples}`}: ${s.partitions.length} partition(s), lag ${fmt(lag)} messages`);
      },
      onEvaluation: (e) => {
        if (flags.format === 'json') process.stdout.write(JSON.stringify(e, nonFiniteAsString, flags.watch ? undefined : 2) + '\n');
        else process.stdout.write(renderStatus(e, flags.group!));
      },
    });
    return last.group.status === 'OK' ? EXIT.ok : EXIT.findings;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

export function registerLag(program: Command): void {
  const lag = program.command('lag').description('diagnose consumer lag and rebalance storms, from numbers or from a live cluster');

  lag.command('analyze')
    .description('what-if: does lag converge or grow, will the poll loop rebalance, and what to change (no cluster needed)')
    .addOption(new Option('--consumer <file>', 'consumer .properties file (settings not written take the library defaults)'))
    .addOption(new Option('--library <id>', 'client library: kafka-clients, confluent-kafka, kafkajs, ... (default kafka-clients)'))
    .addOption(new Option('--kafka-version <version>', 'Kafka version whose defaults apply (default: newest known)'))
    .addOption(new Option('--requirements <file>', 'requirements file to read the flow numbers from'))
    .addOption(new Option('--flow <name>', 'flow of the requirements file'))
    .addOption(new Option('--arrival-rate <msg/s>', 'messages per second arriving (peak)'))
    .addOption(new Option('--processing-ms <p50=..,p99=..|min-max|ms>', 'processing time per message, milliseconds: percentiles, a range (50-400) or one figure'))
    .addOption(new Option('--instances <n>', 'consumer instances in the group (assumed when not given)'))
    .addOption(new Option('--partitions <n>', 'partitions of the topic (assumed when not given)'))
    .addOption(new Option('--batch <records>', 'records the consumer takes per poll as configured: max.poll.records, or N of consume(num_messages=N) / PollRecords(ctx, N)'))
    .addOption(new Option('--rebalances', 'the group is seen rebalancing often: say what explains it'))
    .addOption(new Option('--rate-limit <msg/s>', 'downstream rate limit for the whole group'))
    .addOption(new Option('--backlog <messages>', 'backlog after a spike, to time its drain (default: one minute of arrivals)'))
    .addOption(new Option('--horizon <duration>', 'how far to project lag, e.g. 30m'))
    .addOption(new Option('--ordering <ordering>', 'ordering the flow needs').choices([...ORDERINGS]))
    .addOption(new Option('--svg <file>', 'also write the lag projection as an SVG chart'))
    .addOption(formatOption(['text', 'json']))
    .action((flags: AnalyzeFlags) => runCapability(lagAnalyze, {
      format: flags.format,
      input: () => analyzeInput(flags),
      flags: { arrival_per_second: '--arrival-rate', processing_p50_ms: '--processing-ms', processing_p99_ms: '--processing-ms', processing_min_ms: '--processing-ms', processing_max_ms: '--processing-ms', batch_records: '--batch', rebalances_reported: '--rebalances', rate_limit_per_second: '--rate-limit', horizon_seconds: '--horizon', consumer_properties: '--consumer' },
      after: (report) => {
        if (!flags.svg) return;
        const svg = svgChart(report.projection.points, { title: `Projected lag: ${fmt(report.inputs.arrivalPerSecond)} msg/s, ${report.inputs.instances} instances, ${report.inputs.partitions} partitions`, yLabel: 'messages behind' });
        writeFileAtomic(flags.svg, svg);
      },
    }));

  addConnectionOptions(
    lag.command('status')
      .description("sample a group's committed and log-end offsets and evaluate each partition with Burrow's rules, plus lag in seconds"),
  )
    .addOption(new Option('--group <id>', 'consumer group id'))
    .addOption(new Option('--topic <name>', 'topic to read (repeatable; default: every topic the group committed to)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .addOption(new Option('--samples <n>', 'samples per window (Burrow ring size)').default('10'))
    .addOption(new Option('--interval <duration>', 'time between samples').default('10s'))
    .addOption(new Option('--watch', 'keep sampling and re-evaluate after every sample, until Ctrl-C'))
    .addOption(new Option('--progress', 'report each sample on stderr (default when stderr is a terminal)'))
    .addOption(new Option('--minimum-complete <fraction>', "Burrow's minimum-complete").default('0'))
    .addOption(new Option('--allowed-lag <messages>', "Burrow's allowed-lag").default('0'))
    .addOption(formatOption(['text', 'json']))
    .action(async (flags: StatusFlags) => {
      await run(flags.format, () => status(flags));
    });
}
