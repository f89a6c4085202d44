import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const autoCommitWithoutGroup = configRule({
  meta: {
    id: 'group/auto-commit-without-group',
    severity: 'error',
    summary: 'enable.auto.commit=true without a group.id.',
    why: 'Offsets are committed per group; without group.id there is nowhere to commit them. The Java consumer refuses to start when auto-commit is explicitly enabled without a group.',
    refs: [docRef('consumer', 'group.id'), docRef('consumer', 'enable.auto.commit')],
    fix: 'Set group.id, or set enable.auto.commit=false and manage positions yourself (assign + seek).',
    messages: {
      trueButNoGroupId: '{{key}}=true but no group.id is set: there is no group to commit offsets to',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const auto = ctx.explicit('enable.auto.commit');
    if (ctx.family !== 'java' || !auto || ctx.bool('enable.auto.commit') !== true || ctx.explicit('group.id')) return [];
    return [{ messageId: 'trueButNoGroupId', data: { key: auto.key }, setting: 'enable.auto.commit' }];
  },
});
