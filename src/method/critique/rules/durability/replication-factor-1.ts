import { configRule } from '../../engine.js';
import { byEnvironment, docRef, origin, TOPIC_LEVEL_KINDS } from '../support.js';

export const replicationFactor1 = configRule({
  meta: {
    id: 'durability/replication-factor-1',
    severity: 'warning',
    summary: 'Topics with a single replica.',
    why: 'With one replica a broker restart makes the partitions unavailable and a disk loss destroys them; nothing else holds a copy.',
    refs: [docRef('broker', 'default.replication.factor'), 'https://kafka.apache.org/documentation/#replication'],
    fix: 'Use replication factor 3 (min.insync.replicas 2) in production; keep 1 for single-broker development only.',
    messages: {
      defaultReplicationFactorIsTopicsCreated: 'default.replication.factor is 1{{origin}}: topics created without an explicit factor (including auto-created ones) have a single copy',
      hasReplicationFactorOne: '{{label}} has replication factor 1: one broker failure makes it unavailable, one disk failure loses it',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    if (ctx.config.kind === 'broker') {
      const production = ctx.intent.environment === 'production';
      if (ctx.number('default.replication.factor') !== 1 || (!ctx.explicit('default.replication.factor') && !production)) return [];
      return [
        { messageId: 'defaultReplicationFactorIsTopicsCreated', data: { origin: origin(ctx, 'default.replication.factor') }, setting: 'default.replication.factor', severity: byEnvironment(ctx) },
      ];
    }
    if (ctx.config.replicationFactor !== 1 && ctx.intent.replicationFactor !== 1) return [];
    return [{ messageId: 'hasReplicationFactorOne', data: { label: ctx.config.label ?? 'topic' }, severity: byEnvironment(ctx) }];
  },
});
