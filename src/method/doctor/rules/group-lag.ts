import { clusterRule } from '../rule.js';
import { listPartitions } from '../rule.js';

export const groupLag = clusterRule({
  meta: {
    id: 'cluster/group-lag',
    severity: 'warning',
    summary: 'Consumer groups behind the end of their partitions',
    why: 'Lag is time the data waits: past the retention period the consumer loses records; meanwhile every downstream effect is late.',
    refs: ['https://kafka.apache.org/documentation/#basic_ops_consumer_group'],
    fix: "Compare the group's processing rate with the produce rate; add consumers (up to the partition count), speed up per-record work, or add partitions.",
    messages: {
      groupIsRecordsBehind: 'group {{id}} is {{total}} records behind over {{laggingCount}} partition(s); most behind: {{worstList}} ({{lag}} records)',
    },
  },
  check(ctx) {
    const hits = [];
    for (const g of ctx.snapshot.groups) {
      const lagging = g.offsets.filter((o) => (o.lag ?? 0) > 0);
      const total = lagging.reduce((s, o) => s + o.lag!, 0);
      if (total < ctx.thresholds.lagRecords) continue;
      const worst = [...lagging].sort((a, b) => b.lag! - a.lag!);
      hits.push({ messageId: 'groupIsRecordsBehind', data: { id: g.id, total, laggingCount: lagging.length, worstList: listPartitions(worst, 3), lag: worst[0]!.lag } });
    }
    return hits;
  },
});
