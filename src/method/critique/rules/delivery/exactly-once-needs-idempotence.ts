import { configRule } from '../../engine.js';
import { docRef, written, idempotent } from '../support.js';

export const exactlyOnceNeedsIdempotence = configRule({
  meta: {
    id: 'delivery/exactly-once-needs-idempotence',
    severity: 'error',
    summary: 'Exactly-once or at-least-once without duplicates asked for, but idempotence is off.',
    why: 'Without idempotence a retry after a lost acknowledgement writes the record twice; exactly-once is impossible and at-least-once comes with duplicates the consumer must absorb.',
    refs: [docRef('producer', 'enable.idempotence')],
    fix: 'Set enable.idempotence=true with acks=all.',
    messages: {
      isFalseButThe: '{{enableIdempotence}} is false{{detail}} but the flow asks for exactly-once: retries write duplicates',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.intent.delivery !== 'exactly-once' || idempotent(ctx) !== false) return [];
    return [
      {
        messageId: 'isFalseButThe',
        data: { enableIdempotence: written(ctx, 'enable.idempotence'), detail: ctx.explicit('enable.idempotence') ? '' : ` (the ${ctx.library} default)` },
        setting: 'enable.idempotence',
      },
    ];
  },
});
