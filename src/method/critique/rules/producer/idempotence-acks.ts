import { configRule } from '../../engine.js';
import { acksAll, docRef, idempotent } from '../support.js';

export const idempotenceAcks = configRule({
  meta: {
    id: 'producer/idempotence-acks',
    severity: 'error',
    summary: 'Idempotence with acks other than all.',
    why: 'An idempotent producer must hear from every in-sync replica before it can number batches safely. The Java client refuses to start when enable.idempotence=true is set with acks 0 or 1; when idempotence is only the default, acks 0 or 1 turns it off without a word, and with it the protection against duplicates and reordering on retry.',
    refs: [docRef('producer', 'enable.idempotence'), docRef('producer', 'acks')],
    fix: 'Set acks=all, or set enable.idempotence=false on purpose and accept duplicates on retry.',
    messages: {
      enableIdempotenceTrueWithAcks: 'enable.idempotence=true with acks={{acks}}: the client rejects this combination',
      acksSilentlyTurnsOff: 'acks={{acks}} silently turns off idempotence, which is on by default since Kafka 3.0',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family === 'kafkajs' || ctx.value('acks') === null || acksAll(ctx) || idempotent(ctx) !== true) return [];
    const explicit = ctx.explicit('enable.idempotence') !== undefined;
    return [
      {
        messageId: explicit ? 'enableIdempotenceTrueWithAcks' : 'acksSilentlyTurnsOff',
        data: { acks: ctx.value('acks') },
        setting: 'acks',
        severity: explicit ? 'error' : 'warning',
      },
    ];
  },
});
