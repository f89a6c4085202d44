import { z } from 'zod';
import { newestVersion } from '../../knowledge/catalog.js';
import { consumerSettingsFromText, resolveConsumerSettings } from '../../method/diagnose/consumer-settings.js';
import { nonFiniteAsString } from '../../method/diagnose/live.js';
import { whatIf } from '../../method/diagnose/whatif.js';
import { ORDERINGS } from '../../model/requirements.js';
import { fmt } from '../../model/units.js';
import { clusterNamed, defineTool, MAX_TEXT } from '../tool.js';

export const lagAnalyzeTool = defineTool({
  name: 'lag_analyze',
  title: 'What-if consumer lag analysis',
  description: [
    'Explains consumer lag with arithmetic, no cluster needed: whether lag converges or grows (arrival vs instances × per-consumer throughput, capped by partitions and a downstream rate limit), how fast, how long a backlog takes to drain, whether the poll loop will cause a rebalance loop (the batch × p99 vs the liveness deadline, in the library\'s own terms: max.poll.records for Java, consume(num_messages=N) for librdkafka, sessionTimeout per message for kafkajs), and ranked recommendations with the numbers behind each.',
    'Call it when a user says consumers fall behind, messages arrive late, or the group keeps rebalancing. Pass what the user said (a processing range, the configured batch, that rebalances happen); instance and partition counts are optional. Every value not given is assumed and listed in `assumptions` with the question that settles it. Defaults for settings not given come from the client library and Kafka version.',
    'Returns the same document as `kafka-specialist lag analyze --format json`.',
  ].join('\n'),
  input: z.object({
    arrival_per_second: z.number().nonnegative().describe('messages per second arriving at peak'),
    processing_p50_ms: z.number().positive().optional().describe('median handling time per message'),
    processing_p99_ms: z.number().positive().optional().describe('slowest 1% handling time per message'),
    processing_min_ms: z.number().positive().optional().describe('with processing_max_ms: a range as the user said it ("50 to 400 ms"); missing percentiles are assumed from it'),
    processing_max_ms: z.number().positive().optional(),
    instances: z.number().int().positive().optional().describe('consumer instances in the group; assumed (and said so) when not given'),
    partitions: z.number().int().positive().optional().describe('partitions of the topic; assumed (and said so) when not given'),
    batch_records: z.number().int().positive().optional().describe('records taken per poll as configured: max.poll.records, or N of consume(num_messages=N) (librdkafka) / PollRecords(ctx, N) (franz-go)'),
    rebalances_reported: z.boolean().optional().describe('the user sees the group rebalancing often'),
    rate_limit_per_second: z.number().positive().optional().describe('downstream rate limit for the whole group'),
    backlog: z.number().nonnegative().optional().describe('messages waiting after a spike; default one minute of arrivals'),
    ordering: z.enum(ORDERINGS).optional(),
    consumer_properties: z.string().max(MAX_TEXT).optional().describe('the consumer config: .properties text, or a librdkafka/kafkajs config object as JSON or YAML'),
    library: z.string().optional().describe('client library id: kafka-clients, confluent-kafka, kafkajs, ...'),
    kafka_version: z.string().optional(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false, idempotentHint: true },
  run(input) {
    const version = input.kafka_version ?? newestVersion();
    const consumer = input.consumer_properties
      ? consumerSettingsFromText(input.consumer_properties, 'consumer_properties', input.library, version)
      : resolveConsumerSettings([], input.library ?? 'kafka-clients', version);
    const report = whatIf({
      arrivalPerSecond: input.arrival_per_second,
      processing: {
        ...(input.processing_p50_ms !== undefined ? { p50Ms: input.processing_p50_ms } : {}),
        ...(input.processing_p99_ms !== undefined ? { p99Ms: input.processing_p99_ms } : {}),
        ...(input.processing_min_ms !== undefined ? { minMs: input.processing_min_ms } : {}),
        ...(input.processing_max_ms !== undefined ? { maxMs: input.processing_max_ms } : {}),
      },
      ...(input.instances !== undefined ? { instances: input.instances } : {}),
      ...(input.partitions !== undefined ? { partitions: input.partitions } : {}),
      ...(input.batch_records !== undefined ? { batchRecords: input.batch_records } : {}),
      ...(input.rebalances_reported ? { rebalancesReported: true } : {}),
      rateLimitPerSecond: input.rate_limit_per_second ?? null,
      ...(input.backlog !== undefined ? { backlog: input.backlog } : {}),
      ...(input.ordering ? { ordering: input.ordering } : {}),
      consumer,
    });
    const c = report.capacity;
    return {
      json: { ...report, sources: [] },
      summary: `Lag ${c.verdict}${c.verdict === 'grows' ? ` by ${fmt(c.growthPerSecond)} msg/s` : ''} (capacity ${fmt(c.sustainablePerSecond)} msg/s, limited by ${c.limitedBy}). `
        + `Poll loop: ${report.pollLoop.rebalanceLoopPredicted ? 'rebalance loop predicted' : 'healthy'}${report.pollLoop.checks.filter((k) => !k.ok).map((k) => ` [${k.severity}] ${k.message}`).join('')}. `
        + report.symptoms.map((s) => `${s}. `).join('')
        + `Top recommendations: ${report.recommendations.slice(0, 3).map((r) => `${r.title} (${Object.entries(r.change).map(([k, v]) => `${k}=${v}`).join(', ')})`).join('; ') || 'none'}.`
        + (report.assumptions.length ? ` Assumed (confirm with the user): ${report.assumptions.join('; ')}.` : ''),
    };
  },
});

export const lagStatusTool = defineTool({
  name: 'lag_status',
  title: 'Live consumer group lag status',
  description: [
    "Samples a consumer group's committed offsets and its topics' log-end offsets on a configured cluster, then evaluates every partition with Burrow's rules (OK, WARN, STOP, STALL, REWIND; the group takes the worst, as ERR) and estimates lag in seconds by interpolating offset-time points the way kafka-lag-exporter does.",
    'Call it when a configured cluster is available and the user names a group that falls behind. It takes samples × interval_ms to run (default 10 × 3 s). Each partition that is not OK comes with the rule that fired and its numbers.',
    'Returns the same document as `kafka-specialist lag status --format json`.',
  ].join('\n'),
  input: z.object({
    cluster: z.string().min(1).describe('name of a cluster configured when the server started'),
    group: z.string().min(1),
    topics: z.array(z.string().min(1)).optional().describe('topics to read; default every topic the group committed to'),
    samples: z.number().int().min(2).max(60).default(10),
    interval_ms: z.number().int().min(100).max(60_000).default(3000),
    minimum_complete: z.number().min(0).max(1).default(0),
    allowed_lag: z.number().int().nonnegative().default(0),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true, idempotentHint: false },
  async run(input, options) {
    const connection = clusterNamed(options, input.cluster);
    // Loaded on use: the server starts without a Kafka client until a cluster tool runs.
    const { watchGroupLag } = await import('../../cluster/group-lag.js');
    const e = await watchGroupLag(connection, {
      groupId: input.group, ...(input.topics ? { topics: input.topics } : {}),
      samples: input.samples, intervalMs: input.interval_ms, evaluator: { minimumComplete: input.minimum_complete, allowedLag: input.allowed_lag },
    });
    const notOk = e.partitions.filter((p) => p.status !== 'OK');
    return {
      json: JSON.parse(JSON.stringify(e, nonFiniteAsString)) as Record<string, unknown>,
      summary: `Group ${input.group}: ${e.group.status}, ${e.group.totalPartitions} partition(s), total lag ${fmt(e.group.totalLag)} messages`
        + (e.timeLag.maxTimeLagSeconds !== null ? `, max time lag ${fmt(e.timeLag.maxTimeLagSeconds)} s` : '')
        + (notOk.length ? `. ${notOk.slice(0, 5).map((p) => `${p.topic}[${p.partition}] ${p.status}: ${p.reason}`).join('; ')}${notOk.length > 5 ? `; and ${notOk.length - 5} more` : ''}` : '.'),
    };
  },
});
