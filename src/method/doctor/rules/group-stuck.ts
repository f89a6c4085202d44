import { clusterRule } from '../rule.js';
import { listPartitions } from '../rule.js';

export const groupStuck = clusterRule({
  meta: {
    id: 'cluster/group-stuck',
    severity: 'error',
    summary: 'Consumer groups whose committed offsets do not move while records wait',
    why: 'A group that commits nothing while lag exists is stopped: crashed members, a poison record retried forever, or a rebalance loop.',
    refs: ['https://kafka.apache.org/documentation/#basic_ops_consumer_group'],
    fix: "Check the group's members (kafka-consumer-groups.sh --describe) and their logs for a record that fails every time; send such records to a dead-letter topic.",
    messages: {
      groupCommittedNothingIn: 'group {{id}} committed nothing in {{sampleMs}} ms on {{stuckCount}} partition(s) that have records waiting: {{stuckList}}',
    },
  },
  check({ snapshot }) {
    if (!snapshot.sampleMs) return [];
    const hits = [];
    for (const g of snapshot.groups) {
      if (!g.later) continue;
      const before = new Map(g.offsets.map((o) => [`${o.topic}:${o.partition}`, o.committed]));
      const stuck = g.later.filter((o) => (o.lag ?? 0) > 0 && before.get(`${o.topic}:${o.partition}`) === o.committed);
      if (stuck.length) hits.push({ messageId: 'groupCommittedNothingIn', data: { id: g.id, sampleMs: snapshot.sampleMs, stuckCount: stuck.length, stuckList: listPartitions(stuck) } });
    }
    return hits;
  },
});
