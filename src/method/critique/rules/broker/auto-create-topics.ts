import { configRule } from '../../engine.js';
import { docRef, origin } from '../support.js';

export const autoCreateTopics = configRule({
  meta: {
    id: 'broker/auto-create-topics',
    severity: 'info',
    summary: 'Topics are created automatically on first use.',
    why: 'A typo in a topic name, or a consumer subscribing early, creates a topic with the broker defaults (num.partitions, default.replication.factor) instead of the partition count and replication the data needs; those are hard to change later.',
    refs: [docRef('broker', 'auto.create.topics.enable')],
    fix: 'Set auto.create.topics.enable=false in production and create topics explicitly (kafka-topics, Terraform, Strimzi KafkaTopic).',
    messages: {
      autoCreateTopicsEnableIsTrueTopics: 'auto.create.topics.enable is true{{origin}}: topics appear with num.partitions {{numPartitions}} and replication factor {{defaultReplicationFactor}}',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (ctx.bool('auto.create.topics.enable') !== true) return [];
    const production = ctx.intent.environment === 'production';
    if (!production && !ctx.explicit('auto.create.topics.enable')) return [];
    return [
      {
        messageId: 'autoCreateTopicsEnableIsTrueTopics',
        data: { origin: origin(ctx, 'auto.create.topics.enable'), numPartitions: ctx.value('num.partitions'), defaultReplicationFactor: ctx.value('default.replication.factor') },
        setting: 'auto.create.topics.enable',
        severity: production ? 'warning' : 'info',
      },
    ];
  },
});
