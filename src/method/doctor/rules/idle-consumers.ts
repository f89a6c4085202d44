import { clusterRule } from '../rule.js';

export const idleConsumers = clusterRule({
  meta: {
    id: 'cluster/idle-consumers',
    severity: 'warning',
    summary: 'Groups with more members than partitions to read',
    why: 'A partition is read by one member of a group; members beyond the partition count get nothing, so scaling out past it adds no throughput.',
    refs: ['https://kafka.apache.org/documentation/#intro_concepts_and_terms'],
    fix: 'Add partitions to the topic (keyed data re-hashes: plan it), or run fewer consumers.',
    messages: {
      groupHasMembersBut: 'group {{id}} has {{members}} members but its topics ({{topics}}) have {{available}} partition(s): {{members2}} member(s) sit idle',
    },
  },
  check({ snapshot }) {
    const partitions = new Map(snapshot.topics.map((t) => [t.name, t.partitions.length]));
    const hits = [];
    for (const g of snapshot.groups) {
      if (g.members === null) continue;
      const topics = [...new Set(g.offsets.map((o) => o.topic))];
      const available = topics.reduce((s, t) => s + (partitions.get(t) ?? 0), 0);
      if (available > 0 && g.members > available) {
        hits.push({ messageId: 'groupHasMembersBut', data: { id: g.id, members: g.members, topics: topics.join(', '), available, members2: g.members - available } });
      }
    }
    return hits;
  },
});
