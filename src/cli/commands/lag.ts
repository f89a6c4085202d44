// `kafka-specialist lag analyze`: what-if lag analysis from numbers or a requirements flow.
// `kafka-specialist lag status`: samples a live group and evaluates it with Burrow's rules plus
// kafka-lag-exporter's time lag.
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { newestVersion } from '../../knowledge/catalog.js';
import { addConnectionOptions, connectionFromFlags, describeConnection, type ConnectionFlags } from '../../cluster/connection.js';
import { watchGroupLag } from '../../cluster/group-lag.js';
import { svgChart } from '../../method/diagnose/chart.js';
import { consumerSettingsFromText, resolveConsumerSettings } from '../../method/diagnose/consumer-settings.js';
import { nonFiniteAsString, type LiveEvaluation } from '../../method/diagnose/live.js';
import { duration } from '../../method/diagnose/duration.js';
import { fmt } from '../../model/units.js';
import { whatIf, type StatedProcessing, type WhatIfInput, type WhatIfReport } from '../../method/diagnose/whatif.js';
import { deconstruct, retentionToMs } from '../../method/deconstruct/normalize.js';
import { parseWithSchema } from '../../method/deconstruct/parse.js';
import { ORDERINGS, requirementsSchema, type Ordering } from '../../model/requirements.js';
import { UserError } from '../../model/errors.js';
import { EXIT, formatOption, printJson, readInput, run } from '../io.js';

function positiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UserError({ field: flag, message: 'expected a number', found: value });
  return n;
}

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
  format: string;
}

/** The what-if input from flags, filling gaps from a requirements flow when one is given. */
function analyzeInput(flags: AnalyzeFlags): { input: WhatIfInput; sources: string[] } {
  const sources: string[] = [];
  let fromFlow: Partial<Omit<WhatIfInput, 'consumer'>> = {};
  let library = flags.library;
  let kafkaVersion = flags.kafkaVersion;
  if (flags.requirements) {
    const { text, file } = readInput(flags.requirements);
    const facts = deconstruct(parseWithSchema(text, file, requirementsSchema), file);
    const flow = flags.flow ? facts.flows.find((f) => f.name === flags.flow) : facts.flows.length === 1 ? facts.flows[0] : undefined;
    if (!flow) {
      throw new UserError({ file, field: '--flow', message: flags.flow ? `no flow named "${flags.flow}"` : 'the file has several flows', suggestion: `pass --flow with one of: ${facts.flows.map((f) => f.name).join(', ')}` });
    }
    fromFlow = {
      arrivalPerSecond: flow.peakPerSecond,
      processing: { p50Ms: flow.processing.p50Ms, p99Ms: flow.processing.p99Ms },
      ...(flow.processing.maxInstances !== null ? { instances: flow.processing.maxInstances } : {}),
      rateLimitPerSecond: flow.processing.rateLimitPerSecond,
      ordering: flow.ordering,
    };
    sources.push(`flow "${flow.name}" of ${file}: arrival = peak ${fmt(flow.peakPerSecond)} msg/s, processing p50 ${fmt(flow.processing.p50Ms)} ms / p99 ${fmt(flow.processing.p99Ms)} ms`
      + (flow.processing.maxInstances !== null && flags.instances === undefined ? `, instances = max_instances ${flow.processing.maxInstances}` : ''));
    library ??= facts.library;
    kafkaVersion ??= facts.kafkaVersion;
  }
  const arrivalPerSecond = positiveNumber('--arrival-rate', flags.arrivalRate) ?? fromFlow.arrivalPerSecond;
  const processing = flags.processingMs ? processingMs(flags.processingMs) : fromFlow.processing;
  const instances = positiveNumber('--instances', flags.instances) ?? fromFlow.instances;
  const partitions = positiveNumber('--partitions', flags.partitions);
  const missing = [
    arrivalPerSecond === undefined && '--arrival-rate',
    processing === undefined && '--processing-ms',
  ].filter((x): x is string => typeof x === 'string');
  if (missing.length > 0) {
    throw new UserError({ message: `missing ${missing.join(', ')}`, suggestion: 'give the numbers as flags, or --requirements <file> [--flow <name>]' });
  }
  const batch = positiveNumber('--batch', flags.batch);
  const version = kafkaVersion ?? newestVersion();
  const consumerFile = flags.consumer ? readInput(flags.consumer) : undefined;
  const consumer = consumerFile
    ? consumerSettingsFromText(consumerFile.text, consumerFile.file, library, version)
    : resolveConsumerSettings([], library ?? 'kafka-clients', version);
  return {
    input: {
      arrivalPerSecond: arrivalPerSecond!, processing: processing!,
      ...(instances !== undefined ? { instances } : {}),
      ...(partitions !== undefined ? { partitions } : {}),
      ...(batch !== undefined ? { batchRecords: batch } : {}),
      ...(flags.rebalances ? { rebalancesReported: true } : {}),
      rateLimitPerSecond: positiveNumber('--rate-limit', flags.rateLimit) ?? fromFlow.rateLimitPerSecond ?? null,
      ...(flags.backlog !== undefined ? { backlog: positiveNumber('--backlog', flags.backlog)! } : {}),
      ...(flags.horizon !== undefined ? { horizonSeconds: durationMs('--horizon', flags.horizon) / 1000 } : {}),
      ...(flags.ordering ?? fromFlow.ordering ? { ordering: (flags.ordering ?? fromFlow.ordering)! } : {}),
      consumer,
    },
    sources,
  };
}

function printAnalysis(r: WhatIfReport, sources: string[]): void {
  const out: string[] = [];
  const i = r.inputs;
  out.push(`Lag what-if: ${fmt(i.arrivalPerSecond)} msg/s into ${i.partitions} partitions, ${i.instances} instances, processing p50 ${fmt(i.processing.p50Ms)} ms / p99 ${fmt(i.processing.p99Ms)} ms`
    + (i.rateLimitPerSecond !== null ? `, downstream limit ${fmt(i.rateLimitPerSecond)} msg/s` : ''));
  for (const s of sources) out.push(`  from ${s}`);
  out.push(`  consumer: ${r.consumer.library}, Kafka ${r.consumer.kafkaVersion}`);
  for (const s of r.consumer.settings) {
    if (s.value !== null) out.push(`    ${s.clientName ?? s.name} = ${s.value}  (${s.from})`);
  }
  out.push('', 'Processing time', `  ${r.service.explanation}`);
  out.push('', `Capacity: lag ${r.capacity.verdict === 'grows' ? 'GROWS' : 'converges'}`);
  for (const w of r.capacity.why) out.push(`  ${w}`);
  const typicalFails = r.pollLoop.checks.some((c) => !c.ok && c.severity === 'error');
  out.push('', `Poll loop: ${!r.pollLoop.rebalanceLoopPredicted ? 'healthy' : typicalFails ? 'REBALANCE LOOP PREDICTED on every full batch' : 'REBALANCE LOOP PREDICTED when processing runs at its p99'}`);
  for (const c of r.pollLoop.checks) out.push(`  [${c.ok ? 'ok' : c.severity}] ${c.message}`);
  if (r.symptoms.length) {
    out.push('', 'What you reported');
    for (const s of r.symptoms) out.push(`  ${s}`);
  }
  out.push('', `Lag over the next ${duration(r.projection.horizonSeconds)} (0 … ${fmt(Math.max(...r.projection.points.map((p) => p.value)))} messages)`);
  out.push(`  ${r.projection.sparkline}`);
  out.push('', r.recommendations.length ? 'Recommendations (most important first)' : 'Recommendations: none; the group keeps up and its poll loop fits.');
  for (const rec of r.recommendations) {
    const change = Object.entries(rec.change).map(([k, v]) => `${k}=${v}`).join(', ');
    out.push(`  ${rec.rank}. ${rec.title}${change ? `  [${change}]` : ''}`);
    out.push(`     ${rec.why}`);
    out.push(`     see ${rec.refs.join(' , ')}`);
  }
  if (r.assumptions.length) {
    out.push('', 'Assumptions');
    for (const a of r.assumptions) out.push(`  - ${a}`);
  }
  process.stdout.write(out.join('\n') + '\n');
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

function printStatus(e: LiveEvaluation, group: string): void {
  const out: string[] = [];
  const g = e.group;
  if (g.status === 'NOTFOUND') {
    process.stdout.write(`group status NOTFOUND: the cluster has no committed offsets for group "${group}" (${e.samples} samples over ${duration(e.windowSeconds)}); check the group id, or pass --topic\n`);
    return;
  }
  out.push(`group status ${g.status}: ${g.totalPartitions} partition(s), total lag ${fmt(g.totalLag)} messages`
    + (e.timeLag.maxTimeLagSeconds === null ? ''
      : Number.isFinite(e.timeLag.maxTimeLagSeconds) ? `, max time lag ${duration(e.timeLag.maxTimeLagSeconds)}`
        : ', max time lag unbounded (a log end did not move during the window, so no time can be interpolated)')
    + ` (${e.samples} samples over ${duration(e.windowSeconds)})`);
  if (g.maxLag) out.push(`largest lag: ${g.maxLag.topic}[${g.maxLag.partition}] ${fmt(g.maxLag.currentLag)} messages`);
  const rows = e.partitions.map((p) => [`${p.topic}[${p.partition}]`, p.status, p.committed === null ? '-' : String(p.committed), String(p.logEnd), String(p.lagMessages), p.lagSeconds === null ? '-' : Number.isFinite(p.lagSeconds) ? p.lagSeconds.toFixed(1) : p.lagSeconds > 0 ? '∞' : '-∞']);
  const head = ['partition', 'status', 'committed', 'log end', 'lag', 'lag s'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push('', line(head), ...rows.map(line));
  const notOk = e.partitions.filter((p) => p.status !== 'OK');
  if (notOk.length) out.push('', ...notOk.map((p) => `${p.topic}[${p.partition}] ${p.status}: ${p.reason}`));
  out.push('', 'Status rules: Burrow v1.9.5 evaluator (https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules); time lag: kafka-lag-exporter interpolation.');
  process.stdout.write(out.join('\n') + '\n');
}

async function status(flags: StatusFlags): Promise<number> {
  if (!flags.group) throw new UserError({ field: '--group', message: 'no consumer group given', suggestion: 'pass --group <group id>' });
  const samples = positiveNumber('--samples', flags.samples)!;
  if (!Number.isInteger(samples) || samples < 2) throw new UserError({ field: '--samples', message: 'need at least 2 samples to see a trend', found: flags.samples });
  const intervalMs = durationMs('--interval', flags.interval);
  const minimumComplete = positiveNumber('--minimum-complete', flags.minimumComplete)!;
  const allowedLag = positiveNumber('--allowed-lag', flags.allowedLag)!;
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
        else printStatus(e, flags.group!);
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
    .addOption(new Option('--ordering <ordering>', 'ordering the flow needs').choices(ORDERINGS as unknown as string[]))
    .addOption(new Option('--svg <file>', 'also write the lag projection as an SVG chart'))
    .addOption(formatOption(['text', 'json']))
    .action(async (flags: AnalyzeFlags) => {
      await run(flags.format, () => {
        const { input, sources } = analyzeInput(flags);
        const report = whatIf(input);
        if (flags.svg) {
          const svg = svgChart(report.projection.points, { title: `Projected lag: ${fmt(input.arrivalPerSecond)} msg/s, ${report.inputs.instances} instances, ${report.inputs.partitions} partitions`, yLabel: 'messages behind' });
          try {
            writeFileSync(flags.svg, svg);
          } catch (e) {
            throw new UserError({ field: '--svg', message: `cannot write ${flags.svg}: ${(e as Error).message}` });
          }
        }
        if (flags.format === 'json') printJson({ ...report, sources });
        else printAnalysis(report, sources);
        return report.capacity.verdict === 'grows' || report.pollLoop.rebalanceLoopPredicted ? EXIT.findings : EXIT.ok;
      });
    });

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
