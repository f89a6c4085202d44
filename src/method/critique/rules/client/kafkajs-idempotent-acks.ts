import { configRule } from '../../engine.js';
import { acksAll, KAFKAJS_PRODUCING } from '../support.js';

export const kafkajsIdempotentAcks = configRule({
  meta: {
    id: 'client/kafkajs-idempotent-acks',
    severity: 'error',
    summary: 'A kafkajs idempotent producer sending with acks other than -1.',
    why: 'kafkajs throws a non-retriable error on every send() of an idempotent producer whose acks is not -1 (all): nothing is written.',
    refs: [KAFKAJS_PRODUCING],
    fix: 'Send with acks: -1 (the default) when idempotent is true.',
    messages: {
      idempotentTrueWithAcks: 'idempotent: true with acks {{acksValue}}: kafkajs rejects every send',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family !== 'kafkajs' || ctx.bool('enable.idempotence') !== true || !ctx.explicit('acks') || acksAll(ctx)) return [];
    return [{ messageId: 'idempotentTrueWithAcks', data: { acksValue: ctx.explicit('acks')!.value }, setting: 'acks' }];
  },
});
