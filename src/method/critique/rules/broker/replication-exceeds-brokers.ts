import { configRule } from '../../engine.js';
import { docRef, origin, TOPIC_LEVEL_KINDS } from '../support.js';

const FACTORS = [
  ['offsets.topic.replication.factor', '__consumer_offsets cannot be created, so no consumer group can commit'],
  ['transaction.state.log.replication.factor', '__transaction_state cannot be created, so transactions cannot start'],
  ['default.replication.factor', 'topics created without an explicit factor fail'],
  ['min.insync.replicas', 'acks=all writes can never gather enough in-sync replicas'],
] as const;

export const replicationExceedsBrokers = configRule({
  meta: {
    id: 'broker/replication-exceeds-brokers',
    severity: 'error',
    summary: 'Replication factors (or min.insync.replicas) larger than the number of brokers.',
    why: 'Each replica needs its own broker. A factor above the broker count cannot be met: internal topics are never created, topic creation fails with INVALID_REPLICATION_FACTOR, and operators such as Strimzi reject the resource.',
    refs: [docRef('broker', 'offsets.topic.replication.factor'), docRef('broker', 'default.replication.factor')],
    fix: 'Lower the factors to the broker count (1 for a single-node development cluster) or add brokers.',
    messages: {
      asksForReplicationFactor: '{{label}} asks for replication factor {{rf}} but the cluster has {{brokers}} broker(s): creation fails',
      brokerS: '{{name}} {{number}}{{origin}} > {{brokers}} broker(s): {{effect}}',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    const brokers = ctx.brokers;
    if (brokers === undefined) return [];
    if (ctx.config.kind === 'topic') {
      const rf = ctx.config.replicationFactor;
      return rf !== undefined && rf > brokers ? [{ messageId: 'asksForReplicationFactor', data: { label: ctx.config.label ?? 'topic', rf, brokers } }] : [];
    }
    return FACTORS.filter(([name]) => ctx.number(name) > brokers).map(([name, effect]) => ({
      messageId: 'brokerS',
      data: { name, number: ctx.number(name), origin: origin(ctx, name), brokers, effect },
      setting: name,
    }));
  },
});
