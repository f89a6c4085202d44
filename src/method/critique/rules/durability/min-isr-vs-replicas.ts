import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const minIsrVsReplicas = configRule({
  meta: {
    id: 'durability/min-isr-vs-replicas',
    severity: 'error',
    summary: 'min.insync.replicas at or above the replication factor.',
    why: 'acks=all writes need min.insync.replicas replicas in sync. Above the replication factor that can never happen, so every such write fails with NOT_ENOUGH_REPLICAS; equal to it, any single broker restart or failure stops all acks=all writes.',
    refs: [docRef('topic', 'min.insync.replicas'), docRef('broker', 'default.replication.factor')],
    fix: 'Keep min.insync.replicas one below the replication factor: replication factor 3 with min.insync.replicas 2 survives one broker outage without losing acknowledged writes.',
    messages: {
      minInsyncReplicasEveryAcksAll: 'min.insync.replicas {{minIsr}} > {{rfText}}: every acks=all write fails with NOT_ENOUGH_REPLICAS',
      minInsyncReplicasOneBrokerDown: 'min.insync.replicas {{minIsr}} = {{rfText}}: one broker down stops every acks=all write',
    },
    kinds: ['topic', 'broker'],
  },
  check(ctx) {
    const broker = ctx.config.kind === 'broker';
    const rf = broker ? ctx.number('default.replication.factor') : (ctx.replicationFactor ?? NaN);
    const minIsr = ctx.number('min.insync.replicas');
    if (!Number.isFinite(rf) || !Number.isFinite(minIsr) || rf < 1) return [];
    if (!ctx.explicit('min.insync.replicas') && !(broker ? ctx.explicit('default.replication.factor') : ctx.config.replicationFactor !== undefined)) return [];
    const rfText = broker ? `default.replication.factor ${rf}` : `replication factor ${rf}`;
    const setting = ctx.explicit('min.insync.replicas') ? 'min.insync.replicas' : broker ? 'default.replication.factor' : 'min.insync.replicas';
    if (minIsr > rf) return [{ messageId: 'minInsyncReplicasEveryAcksAll', data: { minIsr, rfText }, setting }];
    if (minIsr === rf && rf > 1) return [{ messageId: 'minInsyncReplicasOneBrokerDown', data: { minIsr, rfText }, setting, severity: 'warning' }];
    return [];
  },
});
