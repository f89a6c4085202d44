import { clusterRule } from '../rule.js';

export const topicWithoutConsumers = clusterRule({
  meta: {
    id: 'cluster/topic-without-consumers',
    severity: 'info',
    summary: 'Topics with records that no inspected group reads',
    why: 'Data nobody reads costs disk and replication traffic, or a consumer that should be there is missing.',
    refs: ['https://kafka.apache.org/documentation/#basic_ops_consumer_group'],
    fix: 'Confirm who reads the topic (consumers without group commits do not show); delete it or shorten retention if nobody does.',
    messages: {
      topicSHoldRecords: '{{unreadCount}} topic(s) hold records that {{scope}} has committed offsets for: {{unread}}{{detail}}',
    },
  },
  check({ snapshot }) {
    if (!snapshot.groupsComplete && snapshot.groups.length === 0) return [];
    const read = new Set(snapshot.groups.flatMap((g) => g.offsets.map((o) => o.topic)));
    const unread = snapshot.topics.filter((t) => !read.has(t.name) && t.partitions.some((p) => (p.latest ?? 0) > (p.earliest ?? 0))).map((t) => t.name);
    if (!unread.length) return [];
    const scope = snapshot.groupsComplete ? 'no consumer group' : 'none of the groups named with --group';
    return [{ messageId: 'topicSHoldRecords', data: { unreadCount: unread.length, scope, unread: unread.slice(0, 5).join(', '), detail: unread.length > 5 ? ` and ${unread.length - 5} more` : '' } }];
  },
});
