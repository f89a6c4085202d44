import { configRule } from '../../engine.js';
import { docRef, lossUnacceptable, TOPIC_LEVEL_KINDS } from '../support.js';

export const minIsr1 = configRule({
  meta: {
    id: 'durability/min-isr-1',
    severity: 'info',
    summary: 'Replicated topics with min.insync.replicas=1.',
    why: 'With min.insync.replicas 1, acks=all is satisfied by the leader alone once followers fall behind; if that leader then fails, acknowledged records are gone even though the topic has several replicas.',
    refs: [docRef('topic', 'min.insync.replicas'), docRef('producer', 'acks')],
    fix: 'Set min.insync.replicas=2 for replication factor 3.',
    messages: {
      minInsyncReplicasIsWithReplication: 'min.insync.replicas is 1 with replication factor {{rf}}: acks=all can be acknowledged by the leader alone',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    const rf = ctx.config.kind === 'broker' ? ctx.number('default.replication.factor') : (ctx.replicationFactor ?? NaN);
    if (!(rf >= 3) || ctx.number('min.insync.replicas') !== 1) return [];
    // A topic alone inherits the cluster's value, which is not known here.
    if (ctx.config.kind === 'topic' && !ctx.explicit('min.insync.replicas') && !ctx.cluster) return [];
    const serious = lossUnacceptable(ctx) || ctx.intent.environment === 'production';
    return [{ messageId: 'minInsyncReplicasIsWithReplication', data: { rf }, setting: 'min.insync.replicas', severity: serious ? 'warning' : 'info' }];
  },
});
