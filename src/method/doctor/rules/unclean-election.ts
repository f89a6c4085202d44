import { docUrl } from '../../../knowledge/catalog.js';
import { clusterRule } from '../rule.js';

export const uncleanElection = clusterRule({
  meta: {
    id: 'cluster/unclean-election',
    severity: 'warning',
    summary: 'Unclean leader election enabled',
    why: 'An out-of-sync replica may become leader, silently discarding acknowledged records the old leader had.',
    refs: [docUrl('topic', 'unclean.leader.election.enable')],
    fix: 'Set unclean.leader.election.enable=false (the default) unless availability matters more than losing acknowledged data for that topic.',
    messages: {
      uncleanLeaderElectionIs: 'unclean leader election is enabled{{where}} for {{topicsCount}} topic(s): {{topics}}{{detail}}',
    },
  },
  check(ctx) {
    const topics = ctx.snapshot.topics.filter((t) => ctx.topicConfig(t.name, 'unclean.leader.election.enable')?.toLowerCase() === 'true').map((t) => t.name);
    if (!topics.length) return [];
    const where = ctx.snapshot.brokerConfig?.['unclean.leader.election.enable']?.toLowerCase() === 'true' ? ' (broker default)' : '';
    return [
      { messageId: 'uncleanLeaderElectionIs', data: { where, topicsCount: topics.length, topics: topics.slice(0, 5).join(', '), detail: topics.length > 5 ? ` and ${topics.length - 5} more` : '' } },
    ];
  },
});
