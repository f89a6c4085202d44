import { configRule } from '../../engine.js';
import { KAFKAJS_PRODUCING } from '../support.js';

export const kafkajsIdempotentRetries = configRule({
  meta: {
    id: 'client/kafkajs-idempotent-retries',
    severity: 'error',
    summary: 'A kafkajs idempotent producer with retries below 1.',
    why: 'kafkajs refuses to create an idempotent producer that may not retry ("Idempotent producer must allow retries"), and warns that limiting retries at all may break its guarantees.',
    refs: [KAFKAJS_PRODUCING],
    fix: 'Leave retry.retries unset for idempotent producers (kafkajs then retries without limit).',
    messages: {
      idempotentTrueWithRetryRetries: 'idempotent: true with retry.retries {{retries}}: kafkajs refuses to create the producer',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family !== 'kafkajs' || ctx.bool('enable.idempotence') !== true || !ctx.explicit('retries')) return [];
    const retries = ctx.number('retries');
    if (!(retries < 1)) return [];
    return [{ messageId: 'idempotentTrueWithRetryRetries', data: { retries }, setting: 'retries' }];
  },
});
