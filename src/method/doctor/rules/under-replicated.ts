import { clusterRule } from '../rule.js';
import { listPartitions } from '../rule.js';

export const underReplicated = clusterRule({
  meta: {
    id: 'cluster/under-replicated',
    severity: 'warning',
    summary: 'Partitions whose in-sync replicas are fewer than their replicas',
    why: 'Each missing in-sync replica is one fewer broker failure the partition survives; below min.insync.replicas, acks=all producers fail.',
    refs: ['https://kafka.apache.org/documentation/#replication'],
    fix: 'Find the broker missing from the ISR (down, slow disk, network) and restore it; check replica.lag.time.max.ms if replicas drop out under load.',
    messages: {
      partitionSAreUnder: '{{belowCount}} partition(s) are under-replicated: {{belowList}}',
      partitionSHaveFewer: '{{belowMinCount}} partition(s) have fewer in-sync replicas than min.insync.replicas, so acks=all writes fail: {{belowMinList}}',
    },
  },
  check(ctx) {
    const below: Array<{ topic: string; partition: number }> = [];
    const belowMin: Array<{ topic: string; partition: number }> = [];
    for (const t of ctx.snapshot.topics) {
      const minIsr = Number(ctx.topicConfig(t.name, 'min.insync.replicas') ?? NaN);
      for (const p of t.partitions) {
        if (p.leader < 0 || p.isr.length >= p.replicas.length) continue;
        below.push({ topic: t.name, partition: p.id });
        if (Number.isFinite(minIsr) && p.isr.length < minIsr) belowMin.push({ topic: t.name, partition: p.id });
      }
    }
    const hits = [];
    if (below.length) hits.push({ messageId: 'partitionSAreUnder', data: { belowCount: below.length, belowList: listPartitions(below) } });
    if (belowMin.length) hits.push({ severity: 'error' as const, messageId: 'partitionSHaveFewer', data: { belowMinCount: belowMin.length, belowMinList: listPartitions(belowMin) } });
    return hits;
  },
});
