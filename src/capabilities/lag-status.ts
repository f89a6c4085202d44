// Live consumer lag: a group's committed and log-end offsets sampled at an interval, each
// partition judged by Burrow's rules, and lag in seconds interpolated as kafka-lag-exporter does.
import { z } from 'zod';
import { duration } from '../method/diagnose/duration.js';
import { GROUP_STATUSES, PARTITION_STATUSES } from '../method/diagnose/burrow.js';
import { maxTimeLagPhrase, nonFiniteAsString, type LiveEvaluation } from '../method/diagnose/live.js';
import { renderStatus } from '../method/diagnose/report.js';
import { fmt } from '../model/units.js';
import { defineCapability, type Io } from './capability.js';

/** The last evaluation of the window, with the group it is of (the renderer names it). */
export interface LagStatusResult {
  group: string;
  evaluation: LiveEvaluation;
}

const input = z.object({
  cluster: z.string().min(1).describe('name of a cluster configured when the server started'),
  group: z.string().min(1).describe('the consumer group id'),
  topics: z.array(z.string().min(1)).optional().describe('topics to read; default every topic the group committed to'),
  samples: z.number().int().min(2).max(60).default(10).describe("samples in the window (Burrow's ring size); the evaluation comes after the last"),
  interval_ms: z.number().int().min(100).max(60_000).default(3000).describe('time between two samples'),
  minimum_complete: z.number().min(0).max(1).default(0).describe("Burrow's minimum-complete: the share of the window that must hold commits before the rules judge a partition"),
  allowed_lag: z.number().int().nonnegative().default(0).describe("Burrow's allowed-lag: messages behind that still count as OK"),
});
type LagStatusInput = z.output<typeof input>;

/** The CLI's --watch: after the first full window, every new sample slides it and is evaluated again, until `signal` aborts. */
export interface Watch {
  signal: AbortSignal;
  onEvaluation(result: LagStatusResult): void;
}

/** Samples the group and evaluates the window; with `watch`, keeps sliding it. Progress: one step per sample. */
async function sampleGroup(input: LagStatusInput, io: Io, watch?: Watch): Promise<LagStatusResult> {
  const connection = io.cluster(input.cluster);
  // Loaded on use: the server starts without a Kafka client until a cluster tool runs.
  const { watchGroupLag } = await import('../cluster/group-lag.js');
  const { describeConnection } = await import('../cluster/connection.js');
  const { readingCluster } = await import('../cluster/read-errors.js');
  const total = watch ? undefined : input.samples;
  io.progress(0, total, `sampling group ${input.group} on ${describeConnection(connection)}: ${input.samples} samples, ${duration(input.interval_ms / 1000)} apart`);
  const evaluation = await readingCluster(() =>
    watchGroupLag(connection, {
      groupId: input.group,
      ...(input.topics ? { topics: input.topics } : {}),
      samples: input.samples,
      intervalMs: input.interval_ms,
      evaluator: { minimumComplete: input.minimum_complete, allowedLag: input.allowed_lag },
      ...(watch ? { watch: true, signal: watch.signal, onEvaluation: (e: LiveEvaluation) => watch.onEvaluation({ group: input.group, evaluation: e }) } : {}),
      onSample: (s, i) => {
        const lag = s.partitions.reduce((sum, p) => sum + (p.committed === null ? 0 : Math.max(0, p.logEnd - p.committed)), 0);
        io.progress(i + 1, total, `sample ${i + 1}${total ? `/${total}` : ''}: ${s.partitions.length} partition(s), lag ${fmt(lag)} messages`);
      },
    }),
  );
  return { group: input.group, evaluation };
}

/** A number the JSON document may have to say in words: unknown (NaN) or unbounded (Infinity) time lag. */
const measured = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]);
const offset = z.number().int();
const commit = z.object({ offset, timestamp: z.number().describe('commit time, ms'), lag: offset.nullable().describe('messages behind at commit time; null when stored out of order') });

/** The evaluation's shape: Burrow's group and partition verdicts, kafka-lag-exporter's time lag, and one line per partition. */
const statusOutput = z.object({
  at: z.number().describe('evaluation time, ms since the epoch'),
  samples: z.number().int(),
  windowSeconds: z.number(),
  group: z.object({
    status: z.enum(GROUP_STATUSES),
    complete: z.number(),
    totalLag: offset,
    totalPartitions: z.number().int(),
    maxLag: z.object({ topic: z.string(), partition: z.number().int(), currentLag: offset }).nullable(),
    partitions: z.array(
      z.object({
        topic: z.string(),
        partition: z.number().int(),
        currentLag: offset,
        status: z.enum(PARTITION_STATUSES),
        complete: z.number(),
        start: commit.nullable(),
        end: commit.nullable(),
        rulesApplied: z.boolean(),
        checks: z
          .object({
            stopped: z.boolean(),
            recentLagZero: z.boolean(),
            rewindIndex: z.number().int(),
            rewindRecovered: z.boolean().optional(),
            lagAlwaysNotZero: z.boolean(),
            stalled: z.boolean(),
            lagNotDecreasing: z.boolean(),
          })
          .optional()
          .describe('absent when the window holds no commit'),
      }),
    ),
  }),
  timeLag: z.object({
    partitions: z.array(
      z.object({
        topic: z.string(),
        partition: z.number().int(),
        lookup: z.enum(['Prediction', 'LagIsZero', 'TooFewPoints']).nullable(),
        predictedTimestamp: measured.nullable(),
        timeLagSeconds: measured,
        offsetLag: measured,
      }),
    ),
    maxTimeLagSeconds: measured.nullable(),
    maxOffsetLag: measured.nullable(),
    sumOffsetLag: z.number(),
    sumOffsetLagByTopic: z.record(z.string(), z.number()),
  }),
  partitions: z.array(
    z.object({
      topic: z.string(),
      partition: z.number().int(),
      status: z.enum(PARTITION_STATUSES),
      committed: offset.nullable(),
      logEnd: offset,
      lagMessages: measured,
      lagSeconds: measured.nullable(),
      reason: z.string().describe('why the status is what it is, with the numbers'),
    }),
  ),
});

/**
 * The JSON document: unknown and unbounded time lags are NaN and Infinity, which JSON has no numbers
 * for, so they are said as strings (the MCP client checks the result against `statusOutput`).
 */
export const statusDocument = ({ evaluation }: LagStatusResult): z.output<typeof statusOutput> => JSON.parse(JSON.stringify(evaluation, nonFiniteAsString)) as z.output<typeof statusOutput>;

/** 1 when the group is not OK: lag the CLI's exit code reports. */
export const statusExitCode = ({ evaluation }: LagStatusResult): number => (evaluation.group.status === 'OK' ? 0 : 1);

export const lagStatus = defineCapability({
  name: 'lag_status',
  cliName: 'lag status',
  title: 'Live consumer group lag status',
  description: [
    "Samples a consumer group's committed offsets and its topics' log-end offsets on a configured cluster, then evaluates every partition with Burrow's rules (OK, WARN, STOP, STALL, REWIND; the group takes the worst, as ERR) and estimates lag in seconds by interpolating offset-time points the way kafka-lag-exporter does.",
    'Call it when a configured cluster is available and the user names a group that falls behind. It takes samples × interval_ms to run (default 10 × 3 s). Each partition that is not OK comes with the rule that fired and its numbers.',
    'Returns the same document as `kafka-specialist lag status --format json`.',
  ].join('\n'),
  input,
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true, idempotentHint: false },
  output: statusOutput,
  run: (given, io) => sampleGroup(given, io),
  json: statusDocument,
  render: ({ group, evaluation }, _format: 'text') => renderStatus(evaluation, group),
  summarize({ group, evaluation: e }) {
    const notOk = e.partitions.filter((p) => p.status !== 'OK');
    return (
      `Group ${group}: ${e.group.status}, ${e.group.totalPartitions} partition(s), total lag ${fmt(e.group.totalLag)} messages` +
      maxTimeLagPhrase(e.timeLag.maxTimeLagSeconds) +
      (notOk.length
        ? `. ${notOk
            .slice(0, 5)
            .map((p) => `${p.topic}[${p.partition}] ${p.status}: ${p.reason}`)
            .join('; ')}${notOk.length > 5 ? `; and ${notOk.length - 5} more` : ''}`
        : '.')
    );
  },
  exitCode: statusExitCode,
});

/** The CLI's --watch: the same sampling as the capability, evaluated after every sample until `watch.signal` aborts. */
export const watchLagStatus = (given: LagStatusInput, io: Io, watch: Watch): Promise<LagStatusResult> => sampleGroup(given, io, watch);
