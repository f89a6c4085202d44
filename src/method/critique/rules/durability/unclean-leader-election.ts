import { configRule } from '../../engine.js';
import { byEnvironment, docRef, TOPIC_LEVEL_KINDS } from '../support.js';

export const uncleanLeaderElection = configRule({
  meta: {
    id: 'durability/unclean-leader-election',
    severity: 'error',
    summary: 'unclean.leader.election.enable=true.',
    why: 'An out-of-sync replica may become leader when all in-sync ones are gone; the records it never received are truncated from every replica, including writes acknowledged with acks=all. Availability is bought with silent data loss.',
    refs: [docRef('topic', 'unclean.leader.election.enable'), 'https://kafka.apache.org/documentation/#design_uncleanleader'],
    fix: 'Set unclean.leader.election.enable=false (the default) unless losing acknowledged records is acceptable for this data.',
    messages: {
      uncleanLeaderElectionEnableTrueAnOut: 'unclean.leader.election.enable=true: an out-of-sync replica can become leader and acknowledged writes are lost',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    if (!ctx.explicit('unclean.leader.election.enable') || ctx.bool('unclean.leader.election.enable') !== true) return [];
    const severity = ctx.intent.delivery === 'at-most-once' ? 'info' : byEnvironment(ctx);
    return [{ messageId: 'uncleanLeaderElectionEnableTrueAnOut', setting: 'unclean.leader.election.enable', severity }];
  },
});
