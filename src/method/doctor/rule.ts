// Cluster rules: the rule kernel's shape (method/rules.ts), reading a snapshot of a live cluster
// instead of a configuration.
import type { ClusterSnapshot } from '../../model/cluster-snapshot.js';
import type { Finding } from '../../model/design.js';
import { findingOf, type Hit, type RuleModule } from '../rules.js';

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

export type ClusterHit = Hit;

/** A cluster rule: the kernel's shape over a snapshot of a live cluster. */
export type ClusterRule<M extends string = string> = RuleModule<DoctorContext, unknown, unknown, M>;

/** Declares a cluster rule; the message ids its hits name are checked against its messages. */
export function clusterRule<M extends string>(rule: ClusterRule<M>): ClusterRule {
  return rule;
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
      findings.push(findingOf(rule.meta, hit));
    }
  }
  return findings;
}

/** "orders[0], orders[3] and 5 more": partitions named, the list kept short. */
export function listPartitions(items: Array<{ topic: string; partition: number }>, max = 5): string {
  const names = items.slice(0, max).map((i) => `${i.topic}[${i.partition}]`);
  return items.length > max ? `${names.join(', ')} and ${items.length - max} more` : names.join(', ');
}
