import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const compactIgnoresRetention = configRule({
  meta: {
    id: 'topic/compact-ignores-retention',
    severity: 'warning',
    summary: 'retention.ms or retention.bytes on a topic with cleanup.policy=compact only.',
    why: 'A compact-only topic never deletes by age or size; the retention settings are ignored, so data expected to expire stays forever (the latest record per key).',
    refs: [docRef('topic', 'cleanup.policy'), docRef('topic', 'retention.ms')],
    fix: 'Use cleanup.policy=compact,delete if old keys must expire, or remove the retention settings.',
    messages: {
      hasNoEffectWith: '{{n}}={{number}} has no effect with cleanup.policy=compact',
    },
    kinds: ['topic'],
  },
  check(ctx) {
    const policy = (ctx.value('cleanup.policy') ?? '').split(',').map((p) => p.trim());
    if (!policy.includes('compact') || policy.includes('delete')) return [];
    return ['retention.ms', 'retention.bytes'].filter((n) => ctx.explicit(n) && ctx.number(n) > 0).map((n) => ({ messageId: 'hasNoEffectWith', data: { n, number: ctx.number(n) }, setting: n }));
  },
});
