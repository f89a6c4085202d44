// doctor's verdict on a snapshot: the cluster rules' findings, worst first, with a summary of
// what was read and what could not be.
import type { ClusterSnapshot } from '../../model/cluster-snapshot.js';
import type { Finding } from '../../model/design.js';
import { DEFAULT_THRESHOLDS, doctorContext, runClusterRules, type DoctorThresholds } from './rule.js';
import { CLUSTER_RULES } from './rules/index.js';

export interface DoctorSummary {
  brokers: number;
  racks: number;
  topics: number;
  partitions: number;
  offlinePartitions: number;
  underReplicatedPartitions: number;
  groups: number;
  totalLag: number;
  /** Requests the snapshot sent, summed per broker. */
  requestsPerBroker: Record<string, number>;
}

export interface DoctorReport {
  cluster: string;
  takenAt: string;
  durationMs: number;
  summary: DoctorSummary;
  findings: Finding[];
  unavailable: ClusterSnapshot['unavailable'];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function diagnose(snapshot: ClusterSnapshot, thresholds: DoctorThresholds = DEFAULT_THRESHOLDS): DoctorReport {
  const findings = runClusterRules(CLUSTER_RULES, doctorContext(snapshot, thresholds));
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const partitions = snapshot.topics.flatMap((t) => t.partitions);
  return {
    cluster: snapshot.cluster,
    takenAt: snapshot.takenAt,
    durationMs: snapshot.durationMs,
    summary: {
      brokers: snapshot.brokers.length,
      racks: new Set(snapshot.brokers.map((b) => b.rack).filter((r) => r !== null)).size,
      topics: snapshot.topics.length,
      partitions: partitions.length,
      offlinePartitions: partitions.filter((p) => p.leader < 0).length,
      underReplicatedPartitions: partitions.filter((p) => p.leader >= 0 && p.isr.length < p.replicas.length).length,
      groups: snapshot.groups.length,
      totalLag: snapshot.groups.flatMap((g) => g.offsets).reduce((s, o) => s + (o.lag ?? 0), 0),
      requestsPerBroker: Object.fromEntries(Object.entries(snapshot.requests).map(([b, byApi]) => [b, Object.values(byApi).reduce((s, n) => s + n, 0)])),
    },
    findings,
    unavailable: snapshot.unavailable,
  };
}
