// What-if consumer lag: from the numbers a user states, or from a flow of a requirements file.
import { z } from 'zod';
import { newestVersion } from '../knowledge/catalog.js';
import { deconstruct } from '../method/deconstruct/normalize.js';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { consumerSettingsFromText, resolveConsumerSettings } from '../method/diagnose/consumer-settings.js';
import { renderAnalysis } from '../method/diagnose/report.js';
import { whatIf, type StatedProcessing } from '../method/diagnose/whatif.js';
import { CAPACITY_LIMITS, LAG_VERDICTS } from '../method/diagnose/capacity.js';
import { POLL_CHECK_IDS } from '../method/diagnose/poll-loop.js';
import { SEVERITIES } from '../model/design.js';
import { UserError } from '../model/errors.js';
import { JAVA_INT_MAX, LONG_LIMIT, ORDERINGS, requirementsSchema } from '../model/requirements.js';
import { fmt } from '../model/units.js';
import { defineCapability } from './capability.js';
import { clientLibraryId } from './client-input.js';
import { count } from './documents.js';

const perSecond = z.number().nonnegative();
const ms = z.number().nonnegative();
const settledBy = { assumed: z.array(z.string()).optional().describe('the assumed (not stated) inputs it rests on'), question: z.string().optional().describe('what to ask to settle them') };

/** The analysis: the inputs as used, each step's arithmetic, and what to change. */
const analysisDocument = z.object({
  symptoms: z.array(z.string()).describe('what the user reported that the numbers explain, or do not'),
  inputs: z.object({
    arrivalPerSecond: perSecond,
    processing: z.object({ p50Ms: ms, p99Ms: ms }),
    instances: count,
    partitions: count,
    rateLimitPerSecond: perSecond.nullable(),
    backlog: z.number().nonnegative(),
    ordering: z.enum(ORDERINGS),
  }),
  assumptions: z.array(z.string()),
  service: z.object({ p50Ms: ms, p99Ms: ms, meanMs: ms, perHandlerPerSecond: perSecond, explanation: z.string() }),
  consumer: z.object({
    library: z.string(),
    kafkaVersion: z.string(),
    settings: z.array(z.object({ name: z.string(), clientName: z.string().nullable(), value: z.string().nullable(), from: z.string().describe('the file and line, or the default it came from') })),
  }),
  capacity: z.object({
    perConsumerPerSecond: perSecond,
    activeConsumers: count,
    idleInstances: count,
    busiestPartitions: count,
    consumerBoundPerSecond: perSecond,
    sustainablePerSecond: perSecond,
    limitedBy: z.enum(CAPACITY_LIMITS),
    utilization: z.number().nonnegative(),
    verdict: z.enum(LAG_VERDICTS),
    growthPerSecond: perSecond,
    throughputPerSecond: perSecond,
    drain: z.object({ backlog: z.number().nonnegative(), seconds: z.number().nonnegative().nullable().describe('null when the backlog never drains') }),
    why: z.array(z.string()).describe('the arithmetic, one step a line'),
    ...settledBy,
  }),
  pollLoop: z.object({
    batchRecords: count.nullable(),
    batchSetBy: z.string().nullable(),
    worstBatchMs: ms.nullable(),
    typicalBatchMs: ms.nullable(),
    limitMs: ms.nullable(),
    limitName: z.string().nullable(),
    rebalanceLoopPredicted: z.boolean(),
    checks: z.array(
      z.object({
        id: z.enum(POLL_CHECK_IDS),
        ok: z.boolean(),
        severity: z.enum(SEVERITIES),
        message: z.string(),
        ...settledBy,
      }),
    ),
  }),
  recommendations: z.array(
    z.object({
      rank: z.number().int().positive(),
      id: z.string(),
      title: z.string(),
      change: z.record(z.string(), z.union([z.string(), z.number()])).describe('settings or deployment values to set'),
      why: z.string(),
      refs: z.array(z.string()),
    }),
  ),
  projection: z.object({ horizonSeconds: z.number().nonnegative(), points: z.array(z.object({ t: z.number().describe('seconds'), value: z.number() })), sparkline: z.string() }),
  sources: z.array(z.string()).describe('where numbers not given came from (a requirements flow)'),
});
import { MAX_TEXT, namedText } from './limits.js';

/** The flow of a requirements file the analysis reads its numbers from: the named one, or the only one. */
function requirementsFlow(file: { name: string; content: string }, name: string | undefined) {
  const facts = deconstruct(parseWithSchema(file.content, file.name, requirementsSchema), file.name);
  const flow = name ? facts.flows.find((f) => f.name === name) : facts.flows.length === 1 ? facts.flows[0] : undefined;
  if (!flow) {
    throw new UserError({
      file: file.name,
      field: '--flow',
      message: name ? `no flow named "${name}"` : 'the file has several flows',
      suggestion: `pass --flow with one of: ${facts.flows.map((f) => f.name).join(', ')}`,
    });
  }
  return { facts, flow };
}

export const lagAnalyze = defineCapability({
  name: 'lag_analyze',
  cliName: 'lag analyze',
  title: 'What-if consumer lag analysis',
  description: [
    "Explains consumer lag with arithmetic, no cluster needed: whether lag converges or grows (arrival vs instances × per-consumer throughput, capped by partitions and a downstream rate limit), how fast, how long a backlog takes to drain, whether the poll loop will cause a rebalance loop (the batch × p99 vs the liveness deadline, in the library's own terms: max.poll.records for Java, consume(num_messages=N) for librdkafka, sessionTimeout per message for kafkajs), and ranked recommendations with the numbers behind each.",
    'Call it when a user says consumers fall behind, messages arrive late, or the group keeps rebalancing. Pass what the user said (a processing range, the configured batch, that rebalances happen); instance and partition counts are optional. Every value not given is assumed and listed in `assumptions` with the question that settles it. Defaults for settings not given come from the client library and Kafka version.',
    'Returns the same document as `kafka-specialist lag analyze --format json`.',
  ].join('\n'),
  input: z.object({
    arrival_per_second: z.number().nonnegative().max(JAVA_INT_MAX).optional().describe('messages per second arriving at peak (or from requirements)'),
    processing_p50_ms: z.number().positive().max(JAVA_INT_MAX).optional().describe('median handling time per message'),
    processing_p99_ms: z.number().positive().max(JAVA_INT_MAX).optional().describe('slowest 1% handling time per message'),
    processing_min_ms: z.number().positive().max(JAVA_INT_MAX).optional().describe('with processing_max_ms: a range as the user said it ("50 to 400 ms"); missing percentiles are assumed from it'),
    processing_max_ms: z.number().positive().max(JAVA_INT_MAX).optional().describe('the slowest processing time per record, in ms (the top of a range with processing_min_ms)'),
    instances: z.number().int().positive().max(JAVA_INT_MAX).optional().describe('consumer instances in the group; assumed (and said so) when not given'),
    partitions: z.number().int().positive().max(JAVA_INT_MAX).optional().describe('partitions of the topic; assumed (and said so) when not given'),
    batch_records: z
      .number()
      .int()
      .positive()
      .max(JAVA_INT_MAX)
      .optional()
      .describe('records taken per poll as configured: max.poll.records, or N of consume(num_messages=N) (librdkafka) / PollRecords(ctx, N) (franz-go)'),
    rebalances_reported: z.boolean().optional().describe('the user sees the group rebalancing often'),
    rate_limit_per_second: z.number().positive().max(JAVA_INT_MAX).optional().describe('downstream rate limit for the whole group'),
    backlog: z.number().nonnegative().max(LONG_LIMIT).optional().describe('messages waiting after a spike; default one minute of arrivals'),
    horizon_seconds: z
      .number()
      .positive()
      .max(LONG_LIMIT / 1000)
      .optional()
      .describe('how far to project lag; default from the drain time or the growth'),
    ordering: z.enum(ORDERINGS).optional().describe('the ordering the consumer must keep (it limits parallelism)'),
    consumer_properties: z
      .union([z.string().max(MAX_TEXT), namedText])
      .optional()
      .describe('the consumer config: .properties text, or a librdkafka/kafkajs config object as JSON or YAML (or { name, content })'),
    library: clientLibraryId.optional().describe("the consumer's client library: defaults and the poll loop's terms follow it (default kafka-clients)"),
    kafka_version: z.string().max(20).optional().describe('Kafka version, e.g. 3.9; default: newest in the catalog'),
    requirements: namedText.optional().describe('a requirements file whose flow gives the numbers not stated (arrival = peak, processing, max instances, rate limit, ordering)'),
    flow: z.string().min(1).max(200).optional().describe('the flow of requirements (needed when it has several)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  output: analysisDocument,
  run(input) {
    const sources: string[] = [];
    const stated = input.requirements ? requirementsFlow(input.requirements, input.flow) : undefined;
    const flow = stated?.flow;
    if (stated && flow) {
      sources.push(
        `flow "${flow.name}" of ${input.requirements!.name}: arrival = peak ${fmt(flow.peakPerSecond)} msg/s, processing p50 ${fmt(flow.processing.p50Ms)} ms / p99 ${fmt(flow.processing.p99Ms)} ms` +
          (flow.processing.maxInstances !== null && input.instances === undefined ? `, instances = max_instances ${flow.processing.maxInstances}` : ''),
      );
    }
    const given: StatedProcessing = {
      ...(input.processing_p50_ms !== undefined ? { p50Ms: input.processing_p50_ms } : {}),
      ...(input.processing_p99_ms !== undefined ? { p99Ms: input.processing_p99_ms } : {}),
      ...(input.processing_min_ms !== undefined ? { minMs: input.processing_min_ms } : {}),
      ...(input.processing_max_ms !== undefined ? { maxMs: input.processing_max_ms } : {}),
    };
    const processing = Object.keys(given).length ? given : flow ? { p50Ms: flow.processing.p50Ms, p99Ms: flow.processing.p99Ms } : undefined;
    const arrivalPerSecond = input.arrival_per_second ?? flow?.peakPerSecond;
    const missing = [arrivalPerSecond === undefined && '--arrival-rate', processing === undefined && '--processing-ms'].filter((x): x is string => typeof x === 'string');
    if (arrivalPerSecond === undefined || processing === undefined) {
      throw new UserError({ message: `missing ${missing.join(', ')}`, suggestion: 'give the numbers as flags, or --requirements <file> [--flow <name>]' });
    }
    const library = input.library ?? stated?.facts.library;
    const version = input.kafka_version ?? stated?.facts.kafkaVersion ?? newestVersion();
    const properties = typeof input.consumer_properties === 'string' ? { name: 'consumer_properties', content: input.consumer_properties } : input.consumer_properties;
    const consumer = properties ? consumerSettingsFromText(properties.content, properties.name, library, version) : resolveConsumerSettings([], library ?? 'kafka-clients', version);
    const instances = input.instances ?? flow?.processing.maxInstances ?? undefined;
    const ordering = input.ordering ?? flow?.ordering;
    const report = whatIf({
      arrivalPerSecond,
      processing,
      ...(instances !== undefined ? { instances } : {}),
      ...(input.partitions !== undefined ? { partitions: input.partitions } : {}),
      ...(input.batch_records !== undefined ? { batchRecords: input.batch_records } : {}),
      ...(input.rebalances_reported ? { rebalancesReported: true } : {}),
      rateLimitPerSecond: input.rate_limit_per_second ?? flow?.processing.rateLimitPerSecond ?? null,
      ...(input.backlog !== undefined ? { backlog: input.backlog } : {}),
      ...(input.horizon_seconds !== undefined ? { horizonSeconds: input.horizon_seconds } : {}),
      ...(ordering ? { ordering } : {}),
      consumer,
    });
    return { ...report, sources };
  },
  render: (report, _format: 'text') => renderAnalysis(report, report.sources),
  summarize(report) {
    const c = report.capacity;
    return (
      `Lag ${c.verdict}${c.verdict === 'grows' ? ` by ${fmt(c.growthPerSecond)} msg/s` : ''} (capacity ${fmt(c.sustainablePerSecond)} msg/s, limited by ${c.limitedBy})${c.question ? `; this rests on assumed ${c.assumed!.join(', ')}: ask ${c.question}` : ''}. ` +
      `Poll loop: ${report.pollLoop.rebalanceLoopPredicted ? 'rebalance loop predicted' : 'healthy'}${report.pollLoop.checks
        .filter((k) => !k.ok)
        .map((k) => ` [${k.severity}] ${k.message}`)
        .join('')}. ` +
      report.symptoms.map((s) => `${s}. `).join('') +
      `Top recommendations: ${
        report.recommendations
          .slice(0, 3)
          .map(
            (r) =>
              `${r.title} (${Object.entries(r.change)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')})`,
          )
          .join('; ') || 'none'
      }.` +
      (report.assumptions.length ? ` Assumed (confirm with the user): ${report.assumptions.join('; ')}.` : '')
    );
  },
  exitCode: (report) => (report.capacity.verdict === 'grows' || report.pollLoop.rebalanceLoopPredicted ? 1 : 0),
});
