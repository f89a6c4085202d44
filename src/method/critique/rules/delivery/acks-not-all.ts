import { configRule } from '../../engine.js';
import { acksAll, docRef, lossUnacceptable, written } from '../support.js';

export const acksNotAll = configRule({
  meta: {
    id: 'delivery/acks-not-all',
    severity: 'warning',
    summary: 'acks 0 or 1 where records must not be lost.',
    why: 'With acks=1 the leader confirms before followers copy the record, so a leader failure right after the ack loses it; with acks=0 nothing is confirmed at all. min.insync.replicas only protects writes made with acks=all.',
    refs: [docRef('producer', 'acks'), docRef('topic', 'min.insync.replicas')],
    fix: 'Set acks=all (with idempotence on) for data that must survive a broker failure.',
    messages: {
      aRecordAcknowledgedBy: '{{acks}}={{acks2}}: a record acknowledged by the leader alone is lost if the leader fails before followers copy it',
      acknowledgedRecordsCanBe: '{{acks}}={{acks2}}{{detail}}: acknowledged records can be lost when a leader fails',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    const acks = ctx.value('acks');
    if (acks === null || acksAll(ctx) || !ctx.explicit('acks') || ctx.intent.delivery === 'at-most-once') return [];
    const loss = lossUnacceptable(ctx);
    if (!loss && acks !== '0') return [{ messageId: 'aRecordAcknowledgedBy', data: { acks: written(ctx, 'acks'), acks2: acks }, setting: 'acks', severity: 'info' }];
    return [
      {
        messageId: 'acknowledgedRecordsCanBe',
        data: { acks: written(ctx, 'acks'), acks2: acks, detail: loss ? ` but the flow asks for ${ctx.intent.delivery}` : '' },
        setting: 'acks',
        severity: loss ? 'error' : 'warning',
      },
    ];
  },
});
