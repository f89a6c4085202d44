// Verifying a design: its producer and consumer settings run against a throwaway local cluster
// under faults (or against a user's cluster without faults), with what the promised guarantee
// meant in practice.
import { z } from 'zod';
import { parseWithSchema } from '../method/deconstruct/parse.js';
import { VERIFY_STATUSES } from '../method/verify/analyze.js';
import { FAULTS } from '../method/verify/faults.js';
import { VERIFY_BROKERS, VERIFY_MESSAGES, verifyTargetFor } from '../method/verify/from-design.js';
import { renderVerify, verifySummary, type VerifyRun } from '../method/verify/report.js';
import { VERIFY_PHASES } from '../method/verify/limits.js';
import { DELIVERIES, ORDERINGS, requirementsSchema } from '../model/requirements.js';
import { defineCapability } from './capability.js';
import { MAX_TEXT, namedText } from './limits.js';

export type VerifyDocument = VerifyRun & { flow: string };

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative();

/** The run's shape: the plan kafkajs ran, the faults as they fired, what arrived, and the verdict on the promise. */
const verifyOutput = z.object({
  flow: z.string(),
  target: z.string().describe('where the run went: the local broker or the cluster given'),
  topic: z.object({ name: z.string(), partitions: count }),
  messages: count,
  keys: count,
  promise: z.object({ delivery: z.enum(DELIVERIES), ordering: z.enum(ORDERINGS) }),
  plan: z
    .object({
      producer: z.object({
        requestTimeoutMs: ms,
        retry: z.object({ retries: count, initialRetryTime: ms, maxRetryTime: ms }),
        idempotent: z.boolean(),
        maxInFlight: count,
        acks: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
        gzip: z.boolean(),
        recordsPerSend: count,
        recordBytes: count,
        transactionsForSequenceChecks: z.boolean(),
      }),
      consumer: z.object({
        requestTimeoutMs: ms,
        sessionTimeout: ms,
        heartbeatInterval: ms,
        rebalanceTimeout: ms,
        minBytes: count,
        maxBytes: count,
        maxBytesPerPartition: count,
        maxWaitTimeInMs: ms,
        readUncommitted: z.boolean(),
        autoCommit: z.boolean(),
        autoCommitInterval: ms.nullable(),
      }),
      notes: z.array(z.string()).describe('design settings kafkajs cannot express, and how the run stands in for them'),
    })
    .describe("the design's settings as kafkajs ran them"),
  faults: z.array(z.object({ fault: z.enum(FAULTS), at: z.number().describe('share of records handed to the producer when it fired'), action: z.string(), error: z.string().optional() })),
  outcome: z.object({
    sent: count,
    acked: count,
    delivered: count,
    lost: count,
    failedSends: count,
    unanswered: count,
    deliveredDespiteFailure: count,
    duplicates: count,
    duplicatedRecords: count,
    redeliveries: count,
    reordered: count,
    reorderedKeys: count,
    latencyMs: z.object({ p50: ms, p95: ms, p99: ms, max: ms }).nullable().describe('end to end; null when nothing arrived'),
    produceRate: z.number().nonnegative().describe('acknowledged records per second while producing'),
    endToEndRate: z.number().nonnegative().describe('delivered records per second from the first send to the last first delivery'),
  }),
  verdict: z.object({ status: z.enum(VERIFY_STATUSES), kept: z.boolean(), broken: z.array(z.string()), inconclusive: z.array(z.string()), notes: z.array(z.string()) }),
  drainTimedOut: z.boolean(),
  consumerRestarts: count,
  stopped: z
    .object({ phase: z.enum(VERIFY_PHASES), afterMs: ms, reason: z.string(), limits: z.string() })
    .optional()
    .describe('present when the runner stopped the run early'),
  durationMs: ms,
});

export const verify = defineCapability({
  name: 'verify',
  cliName: 'verify',
  title: 'Run a design against a broker, with faults',
  description: [
    "Designs the requirements, then runs that flow's producer and consumer settings (through kafkajs) against a throwaway local Kafka-protocol cluster while injecting faults (leader-change, broker-down, slow-acks, request-errors), and reports what the promised guarantee meant in practice: records lost, written twice, reordered per key, latency percentiles, throughput, and the verdict.",
    'Call it before recommending a configuration whose guarantee matters. Without `cluster` it starts a local throwaway cluster itself (nothing needs to be configured or running). With cluster (a name given at server start) it produces test records there, without faults, and only when the server was started with --allow-writes. Takes a few seconds per thousand records. Returns the same document as `kafka-specialist verify --format json`.',
  ].join('\n'),
  input: z.object({
    requirements: z.union([z.string().min(1).max(MAX_TEXT), namedText]).describe('the requirements file, YAML or JSON text'),
    flow: z.string().min(1).optional().describe('the flow to run (default: the first)'),
    faults: z.array(z.enum(FAULTS)).max(FAULTS.length).default([]).describe('faults to inject into the local cluster while the records flow (none on a configured cluster)'),
    messages: z.number().int().min(VERIFY_MESSAGES.min).max(VERIFY_MESSAGES.max).default(3000).describe('test records to send'),
    brokers: z.number().int().min(VERIFY_BROKERS.min).max(VERIFY_BROKERS.max).default(3).describe('brokers in the local cluster'),
    cluster: z.string().min(1).optional().describe('run on this configured cluster instead of the local one (needs --allow-writes)'),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true, idempotentHint: false },
  output: verifyOutput,
  async run(input, io): Promise<VerifyDocument> {
    const file = typeof input.requirements === 'string' ? { name: 'requirements', content: input.requirements } : input.requirements;
    const target = verifyTargetFor(parseWithSchema(file.content, file.name, requirementsSchema), input.flow, file.name);
    const connection = input.cluster !== undefined ? io.writableCluster(input.cluster, 'verify on a configured cluster produces test records') : undefined;
    // Loaded on use: the server starts without a Kafka client until a cluster tool runs.
    const { runVerify } = await import('../cluster/verify-runner.js');
    const result = await runVerify({
      ...target,
      messages: input.messages,
      faults: input.faults,
      brokers: input.brokers,
      ...(connection ? { connection } : {}),
      // Producing is the first half of the work, draining what was acknowledged the second.
      onProgress: (p) => io.progress(p.phase === 'producing' ? p.acked : p.total + p.received, 2 * p.total, `${p.phase}: ${p.acked} acked, ${p.received} received of ${p.total}`),
    });
    return { flow: target.flow, ...result };
  },
  render: (run, format: 'text' | 'markdown') => renderVerify(run, format),
  summarize: (run) => verifySummary(run.flow, run),
  exitCode: (run) => (run.verdict.kept ? 0 : 1),
});
