import { docUrl } from '../../../knowledge/catalog.js';
import { clusterRule, type ClusterHit } from '../rule.js';

export const replicationVsMinInsync = clusterRule({
  meta: {
    id: 'cluster/replication-vs-min-insync',
    severity: 'error',
    summary: 'Replication factor and min.insync.replicas that leave no room for a broker failure',
    why: 'With min.insync.replicas equal to the replication factor, one broker down stops every acks=all write; above it, no write ever succeeds. With replication factor 1, one broker loss loses data.',
    refs: [docUrl('topic', 'min.insync.replicas'), 'https://kafka.apache.org/documentation/#replication'],
    fix: 'Use replication factor 3 with min.insync.replicas 2 (survives one broker down for writes, keeps two copies of every acknowledged record).',
    messages: {
      minInsyncReplicasIsAboveIts: '{{name}}: min.insync.replicas={{minIsr}} is above its replication factor {{rf}}: acks=all writes can never succeed',
      minInsyncReplicasEqualsItsReplication: '{{name}}: min.insync.replicas={{minIsr}} equals its replication factor: any one broker down stops acks=all writes',
      minInsyncReplicasWithReplicationFactor: '{{name}}: min.insync.replicas=1 with replication factor {{rf}}: an acks=all write may sit on one broker only and be lost with it',
      topicSHaveReplication: '{{rf1Count}} topic(s) have replication factor 1 on a {{brokersCount}}-broker cluster: {{rf1}}{{detail}}',
    },
  },
  check(ctx) {
    const hits: ClusterHit[] = [];
    const rf1: string[] = [];
    for (const t of ctx.snapshot.topics) {
      const rf = Math.min(...t.partitions.map((p) => p.replicas.length));
      if (!Number.isFinite(rf)) continue;
      if (rf === 1 && ctx.snapshot.brokers.length > 1) rf1.push(t.name);
      const minIsr = Number(ctx.topicConfig(t.name, 'min.insync.replicas') ?? NaN);
      if (!Number.isFinite(minIsr)) continue;
      if (minIsr > rf) hits.push({ messageId: 'minInsyncReplicasIsAboveIts', data: { name: t.name, minIsr, rf } });
      else if (minIsr === rf && rf > 1)
        hits.push({ messageId: 'minInsyncReplicasEqualsItsReplication', data: { name: t.name, minIsr }, fix: `set min.insync.replicas to ${rf - 1} (or raise the replication factor to ${rf + 1})` });
      else if (minIsr === 1 && rf >= 3 && ctx.thresholds.environment === 'production')
        hits.push({ severity: 'warning', messageId: 'minInsyncReplicasWithReplicationFactor', data: { name: t.name, rf }, fix: 'set min.insync.replicas=2' });
    }
    if (rf1.length) {
      hits.push({
        severity: ctx.thresholds.environment === 'production' ? 'error' : 'warning',
        messageId: 'topicSHaveReplication',
        data: { rf1Count: rf1.length, brokersCount: ctx.snapshot.brokers.length, rf1: rf1.slice(0, 5).join(', '), detail: rf1.length > 5 ? ` and ${rf1.length - 5} more` : '' },
        fix: 'reassign partitions to 3 replicas (kafka-reassign-partitions.sh)',
      });
    }
    return hits;
  },
});
