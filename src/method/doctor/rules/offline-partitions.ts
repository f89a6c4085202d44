import { clusterRule } from '../rule.js';
import { listPartitions } from '../rule.js';

export const offlinePartitions = clusterRule({
  meta: {
    id: 'cluster/offline-partitions',
    severity: 'error',
    summary: 'Partitions without a leader',
    why: 'A partition with no leader accepts no writes and serves no reads: producers to it block and time out, its consumers stop.',
    refs: ['https://kafka.apache.org/documentation/#replication'],
    fix: 'Bring back the brokers that hold its replicas; if none can return, only unclean leader election (accepting data loss) makes it available again.',
    messages: {
      partitionSHaveNo: '{{offlineCount}} partition(s) have no leader: {{offlineList}}',
    },
  },
  check({ snapshot }) {
    const offline = snapshot.topics.flatMap((t) => t.partitions.filter((p) => p.leader < 0).map((p) => ({ topic: t.name, partition: p.id })));
    if (!offline.length) return [];
    return [{ messageId: 'partitionSHaveNo', data: { offlineCount: offline.length, offlineList: listPartitions(offline) } }];
  },
});
