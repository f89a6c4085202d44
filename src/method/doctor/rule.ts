// Cluster rules: the same shape as the config rules (id, severity, summary, why, fix, refs), but
// they read a snapshot of a live cluster instead of a configuration.
import type { ClusterSnapshot } from '../../model/cluster-snapshot.js';
import type { Finding, Severity } from '../../model/design.js';

export interface DoctorThresholds {
  /** Total lag of a group (records) above which it is lagging. */
  lagRecords: number;
  /** Leaders on the busiest broker over the fair share that count as skew (ratio). */
  leaderSkewRatio: number;
  /** Records in a topic's largest partition over its median that count as skew (ratio). */
  sizeSkewRatio: number;
  environment: 'development' | 'staging' | 'production';
}

export const DEFAULT_THRESHOLDS: DoctorThresholds = { lagRecords: 1000, leaderSkewRatio: 1.5, sizeSkewRatio: 3, environment: 'production' };

export interface DoctorContext {
  snapshot: ClusterSnapshot;
  thresholds: DoctorThresholds;
  /** A topic config: the topic's own, else the broker default; null when neither was readable. */
  topicConfig(topic: string, name: string): string | null;
}

export interface ClusterHit {
  message: string;
  severity?: Severity;
  fix?: string;
}

export interface ClusterRule {
  id: string;
  severity: Severity;
  summary: string;
  why: string;
  fix: string;
  refs: string[];
  check(ctx: DoctorContext): ClusterHit[];
}

export function doctorContext(snapshot: ClusterSnapshot, thresholds: DoctorThresholds = DEFAULT_THRESHOLDS): DoctorContext {
  const topics = new Map(snapshot.topics.map((t) => [t.name, t]));
  return {
    snapshot,
    thresholds,
    topicConfig: (topic, name) => topics.get(topic)?.config?.[name] ?? snapshot.brokerConfig?.[name] ?? null,
  };
}

export function runClusterRules(rules: readonly ClusterRule[], ctx: DoctorContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(ctx)) {
      findings.push({ rule: rule.id, severity: hit.severity ?? rule.severity, message: hit.message, fix: hit.fix ?? rule.fix, refs: rule.refs });
    }
  }
  return findings;
}

/** "orders[0], orders[3] and 5 more": partitions named, the list kept short. */
export function listPartitions(items: Array<{ topic: string; partition: number }>, max = 5): string {
  const names = items.slice(0, max).map((i) => `${i.topic}[${i.partition}]`);
  return items.length > max ? `${names.join(', ')} and ${items.length - max} more` : names.join(', ');
}
