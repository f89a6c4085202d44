import { configRule } from '../../engine.js';
import { docRef, idempotent } from '../support.js';

export const idempotenceRetries = configRule({
  meta: {
    id: 'producer/idempotence-retries',
    severity: 'error',
    summary: 'Idempotence with retries=0.',
    why: 'Idempotence exists to make retries safe; the Java client rejects enable.idempotence=true with retries=0, and without retries a transient leader change loses the batch.',
    refs: [docRef('producer', 'retries'), docRef('producer', 'delivery.timeout.ms')],
    fix: 'Remove retries (the default retries forever within delivery.timeout.ms) and bound sending time with delivery.timeout.ms instead.',
    messages: {
      retriesWithIdempotence: 'retries=0 with idempotence {{detail}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family === 'kafkajs' || ctx.number('retries') !== 0 || idempotent(ctx) !== true) return [];
    const explicit = ctx.explicit('enable.idempotence') !== undefined;
    return [
      {
        messageId: 'retriesWithIdempotence',
        data: { detail: explicit ? 'enabled: the client rejects this combination' : 'on by default: idempotence is turned off silently' },
        setting: 'retries',
        severity: explicit ? 'error' : 'warning',
      },
    ];
  },
});
