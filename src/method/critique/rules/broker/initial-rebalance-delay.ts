import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

export const initialRebalanceDelay = configRule({
  meta: {
    id: 'broker/initial-rebalance-delay',
    severity: 'info',
    summary: 'group.initial.rebalance.delay.ms=0.',
    why: 'The delay lets members of a new group that start together join one rebalance; at 0 each arriving member triggers another, so a deployment of many instances rebalances many times while starting.',
    refs: [docRef('broker', 'group.initial.rebalance.delay.ms')],
    fix: 'Keep the default (3000 ms) in production; 0 suits tests and development.',
    messages: {
      groupInitialRebalanceDelayMsEveryMemberJoining: 'group.initial.rebalance.delay.ms=0: every member joining a new group triggers its own rebalance',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (!ctx.explicit('group.initial.rebalance.delay.ms') || ctx.number('group.initial.rebalance.delay.ms') !== 0) return [];
    return [{ messageId: 'groupInitialRebalanceDelayMsEveryMemberJoining', setting: 'group.initial.rebalance.delay.ms', severity: byEnvironment(ctx, 'warning', 'info', 'info') }];
  },
});
