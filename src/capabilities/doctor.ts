// Checking a live cluster: a snapshot read with batched admin requests, judged by the cluster rules.
import { z } from 'zod';
import { diagnose, type DoctorReport } from '../method/doctor/diagnose.js';
import { renderDoctor } from '../method/doctor/report.js';
import { DEFAULT_THRESHOLDS } from '../method/doctor/rule.js';
import type { ClusterSnapshot } from '../model/cluster-snapshot.js';
import { findingSchema } from '../model/design.js';
import { ENVIRONMENTS } from '../model/requirements.js';
import { defineCapability } from './capability.js';

/** The report, with the cluster's name as the caller gave it and the snapshot it judged (the CLI's --snapshot prints it). */
export interface DoctorResult {
  name: string;
  report: DoctorReport;
  snapshot: ClusterSnapshot;
}

const count = z.number().int().nonnegative();

/** The report's shape: what was read, the findings worst first, and what the cluster would not answer. */
const doctorReport = z.object({
  cluster: z.string().describe('the bootstrap servers read'),
  takenAt: z.string().describe('ISO time the snapshot started'),
  durationMs: z.number().nonnegative(),
  summary: z.object({
    brokers: count,
    racks: count,
    topics: count,
    partitions: count,
    offlinePartitions: count,
    underReplicatedPartitions: count,
    groups: count,
    totalLag: count,
    requestsPerBroker: z.record(z.string(), count).describe('admin requests the snapshot sent, per broker'),
  }),
  findings: z.array(findingSchema),
  unavailable: z.array(z.object({ what: z.string(), reason: z.string() })).describe('what the cluster could not answer; the rest was still checked'),
});

export const doctor = defineCapability({
  name: 'doctor',
  cliName: 'doctor',
  title: 'Check a live cluster',
  description: [
    'Snapshots a configured cluster (brokers, racks, topics, partitions, replicas, ISR, topic configs, the named consumer groups, committed offsets, lag) with batched admin requests, and runs the cluster rules: under-replicated and offline partitions, replication vs min.insync.replicas, unclean election, skewed leadership and sizes, lagging or stuck groups, topics without consumers, partition counts that cannot serve their groups.',
    'Call it when the user asks what is wrong with a running cluster. Read-only. Admin APIs the broker lacks are reported as unavailable and the rest is still checked. Returns the same document as `kafka-specialist doctor --format json`.',
  ].join('\n'),
  input: z.object({
    cluster: z.string().min(1).describe('name of a cluster configured when the server started'),
    groups: z.array(z.string().min(1)).max(1000).optional().describe('consumer groups to inspect (needed where the broker cannot list groups)'),
    sample_ms: z.number().int().min(0).max(60_000).default(0).describe('read group offsets twice, this far apart, to find stuck groups'),
    lag_threshold: z.number().int().nonnegative().default(DEFAULT_THRESHOLDS.lagRecords).describe('total group lag that counts as lagging'),
    environment: z.enum(ENVIRONMENTS).default('production').describe('how strict durability findings are'),
    include_internal: z.boolean().default(false).describe('also check internal topics (__consumer_offsets, __transaction_state, ...)'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true, idempotentHint: false },
  output: doctorReport,
  async run(input, io): Promise<DoctorResult> {
    const connection = io.cluster(input.cluster);
    // Loaded on use: the server starts without a Kafka client until a cluster tool runs.
    const { takeSnapshot } = await import('../cluster/snapshot.js');
    const { readingCluster } = await import('../cluster/read-errors.js');
    const snapshot = await readingCluster(() =>
      takeSnapshot(connection, {
        groups: input.groups ?? [],
        sampleMs: input.sample_ms,
        includeInternal: input.include_internal,
        onWait: (waited, total) => io.progress(waited, total, `waiting ${total - waited} ms to read group offsets again`),
      }),
    );
    return { name: input.cluster, report: diagnose(snapshot, { ...DEFAULT_THRESHOLDS, lagRecords: input.lag_threshold, environment: input.environment }), snapshot };
  },
  json: (result) => result.report,
  render: (result, format: 'text' | 'markdown') => renderDoctor(result.report, format),
  summarize({ name, report }) {
    const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
    return `Cluster ${name}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info. ${report.findings
      .filter((f) => f.severity === 'error')
      .slice(0, 5)
      .map((f) => f.message)
      .join(' ')}`.trim();
  },
  exitCode: ({ report }) => (report.findings.some((f) => f.severity === 'error') ? 1 : 0),
});
