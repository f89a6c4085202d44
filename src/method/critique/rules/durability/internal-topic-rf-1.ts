import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

const INTERNAL = [
  ['offsets.topic.replication.factor', '__consumer_offsets'],
  ['transaction.state.log.replication.factor', '__transaction_state'],
] as const;

export const internalTopicRf1 = configRule({
  meta: {
    id: 'durability/internal-topic-rf-1',
    severity: 'warning',
    summary: 'Internal topics (__consumer_offsets, __transaction_state) with one replica.',
    why: "With a single replica, losing that broker's disk loses every group's committed offsets or every open transaction's state; while it is down, the groups or transactional producers it coordinates stop. The factor is fixed when the topic is first created.",
    refs: [docRef('broker', 'offsets.topic.replication.factor'), docRef('broker', 'transaction.state.log.replication.factor')],
    fix: 'Set offsets.topic.replication.factor=3 and transaction.state.log.replication.factor=3 (with transaction.state.log.min.isr=2) before the cluster first starts; one replica is for single-node development only.',
    messages: {
      hasASingleReplica: '{{name}}=1: {{topic}} has a single replica{{detail}}; fine for development, data loss in production',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    return INTERNAL.filter(([name]) => ctx.explicit(name) && ctx.number(name) === 1).map(([name, topic]) => ({
      messageId: 'hasASingleReplica',
      data: { name, topic, detail: ctx.brokers === 1 ? ' (single-broker cluster)' : '' },
      setting: name,
      severity: byEnvironment(ctx),
    }));
  },
});
