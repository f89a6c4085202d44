import { clusterRule } from '../rule.js';

export const leaderSkew = clusterRule({
  meta: {
    id: 'cluster/leader-skew',
    severity: 'warning',
    summary: 'Partition leadership concentrated on some brokers',
    why: 'Leaders serve all produce and fetch traffic; a broker leading far more than its share saturates first while others idle.',
    refs: ['https://kafka.apache.org/documentation/#basic_ops_leader_balancing'],
    fix: 'Run a preferred leader election (kafka-leader-election.sh --election-type preferred) and keep auto.leader.rebalance.enable=true; if preferred leaders themselves are skewed, reassign replicas.',
    messages: {
      brokerLeadsOfPartitions: 'broker {{busiest}} leads {{most}} of {{total}} partitions, {{most2}}x its fair share of {{fair}} (leaders per broker {{spread}})',
    },
  },
  check(ctx) {
    const brokers = ctx.snapshot.brokers;
    if (brokers.length < 2) return [];
    const counts = new Map(brokers.map((b) => [b.id, 0]));
    let total = 0;
    for (const t of ctx.snapshot.topics)
      for (const p of t.partitions)
        if (p.leader >= 0) {
          counts.set(p.leader, (counts.get(p.leader) ?? 0) + 1);
          total++;
        }
    if (total < brokers.length * 2) return [];
    const fair = total / brokers.length;
    const [busiest, most] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    // Small clusters are lumpy by nature: also ask for two leaders above the fair share.
    if (most / fair < ctx.thresholds.leaderSkewRatio || most - fair < 2) return [];
    const spread = [...counts.entries()].map(([id, n]) => `${id}:${n}`).join(', ');
    return [{ messageId: 'brokerLeadsOfPartitions', data: { busiest, most, total, most2: (most / fair).toFixed(1), fair: fair.toFixed(1), spread } }];
  },
});
