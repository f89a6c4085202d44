// `kafka-specialist lag analyze`: what-if lag analysis from numbers or a requirements flow.
// `kafka-specialist lag status`: samples a live group and evaluates it with Burrow's rules plus
// kafka-lag-exporter's time lag.
import { Option, type Command } from 'commander';
import type { z } from 'zod';
import { lagAnalyze } from '../../capabilities/lag-analyze.js';
import { lagStatus, statusDocument, statusExitCode, watchLagStatus } from '../../capabilities/lag-status.js';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { writeFileAtomic } from '../../edge/atomic-file.js';
import { svgChart } from '../../method/diagnose/chart.js';
import type { StatedProcessing } from '../../method/diagnose/whatif.js';
import { retentionToMs } from '../../method/deconstruct/normalize.js';
import { fmt } from '../../model/units.js';
import { ORDERINGS, type Ordering } from '../../model/requirements.js';
import { UserError } from '../../model/errors.js';
import { cliIo, FLAGS_CLUSTER, numberFlag, parseInput, runCapability } from '../capability.js';
import { formatOption, readInput, run } from '../io.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { describedCommand } from './index.js';

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
    throw new UserError({
      field: '--processing-ms',
      message: 'expected percentiles, a range or one figure in milliseconds',
      found: value,
      suggestion: 'e.g. --processing-ms p50=50,p99=2000, or 50-400, or 200',
    });
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
  commandConfig?: string;
  group?: string;
  topic?: string[];
  samples: string;
  interval: string;
  watch?: boolean;
  progress?: boolean;
  minimumComplete: string;
  allowedLag: string;
  format: 'text' | 'json';
}

const STATUS_FLAGS = { topics: '--topic', interval_ms: '--interval' };

/** The status input from the flags: the group required with a hint, the interval's duration in ms. */
function statusInput(flags: StatusFlags): z.input<typeof lagStatus.input> {
  if (!flags.group) throw new UserError({ field: '--group', message: 'no consumer group given', suggestion: 'pass --group <group id>' });
  return {
    cluster: FLAGS_CLUSTER,
    group: flags.group,
    topics: flags.topic,
    samples: numberFlag('--samples', flags.samples),
    interval_ms: durationMs('--interval', flags.interval),
    minimum_complete: numberFlag('--minimum-complete', flags.minimumComplete),
    allowed_lag: numberFlag('--allowed-lag', flags.allowedLag),
  };
}

/** Each sample on stderr when asked (or when stderr is a terminal), so a long window does not look like a hang. */
function statusIo(cmd: Command, flags: StatusFlags) {
  const show = flags.progress ?? process.stderr.isTTY;
  return cliIo({ cluster: () => clusterConnection(cmd, flags), progress: (_done, _total, message) => (show && message ? process.stderr.write(`${message}\n`) : undefined) });
}

/** --watch: every evaluation printed as it comes (JSON a line each), until Ctrl-C. */
async function watchStatus(cmd: Command, flags: StatusFlags): Promise<number> {
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.once('SIGINT', onSigint);
  try {
    const last = await watchLagStatus(parseInput(lagStatus.input, statusInput(flags), STATUS_FLAGS), statusIo(cmd, flags), {
      signal: stop.signal,
      onEvaluation: (result) => process.stdout.write(flags.format === 'json' ? `${JSON.stringify(statusDocument(result))}\n` : lagStatus.render(result, 'text')),
    });
    return statusExitCode(last);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

export function registerLag(program: Command): void {
  const lag = describedCommand(program, 'lag');

  lag
    .command('analyze')
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
    .action((flags: AnalyzeFlags) =>
      runCapability(lagAnalyze, {
        format: flags.format,
        input: () => analyzeInput(flags),
        flags: {
          arrival_per_second: '--arrival-rate',
          processing_p50_ms: '--processing-ms',
          processing_p99_ms: '--processing-ms',
          processing_min_ms: '--processing-ms',
          processing_max_ms: '--processing-ms',
          batch_records: '--batch',
          rebalances_reported: '--rebalances',
          rate_limit_per_second: '--rate-limit',
          horizon_seconds: '--horizon',
          consumer_properties: '--consumer',
        },
        after: (report) => {
          if (!flags.svg) return;
          const svg = svgChart(report.projection.points, {
            title: `Projected lag: ${fmt(report.inputs.arrivalPerSecond)} msg/s, ${report.inputs.instances} instances, ${report.inputs.partitions} partitions`,
            yLabel: 'messages behind',
          });
          writeFileAtomic(flags.svg, svg);
        },
      }),
    );

  addClusterOptions(lag.command('status').description("sample a group's committed and log-end offsets and evaluate each partition with Burrow's rules, plus lag in seconds"))
    .addOption(new Option('--group <id>', 'consumer group id'))
    .addOption(new Option('--topic <name>', 'topic to read (repeatable; default: every topic the group committed to)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .addOption(new Option('--samples <n>', 'samples per window (Burrow ring size)').default('10'))
    .addOption(new Option('--interval <duration>', 'time between samples').default('10s'))
    .addOption(new Option('--watch', 'keep sampling and re-evaluate after every sample, until Ctrl-C'))
    .addOption(new Option('--progress', 'report each sample on stderr (default when stderr is a terminal)'))
    .addOption(new Option('--minimum-complete <fraction>', "Burrow's minimum-complete").default('0'))
    .addOption(new Option('--allowed-lag <messages>', "Burrow's allowed-lag").default('0'))
    .addOption(formatOption(['text', 'json']))
    .action((flags: StatusFlags, cmd: Command) =>
      flags.watch
        ? run(flags.format, () => watchStatus(cmd, flags))
        : runCapability(lagStatus, { format: flags.format, input: () => statusInput(flags), flags: STATUS_FLAGS, io: statusIo(cmd, flags) }),
    );
}
