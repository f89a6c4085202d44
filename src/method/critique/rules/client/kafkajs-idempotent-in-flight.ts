import { configRule } from '../../engine.js';
import { KAFKAJS_PRODUCING } from '../support.js';

export const kafkajsIdempotentInFlight = configRule({
  meta: {
    id: 'client/kafkajs-idempotent-in-flight',
    severity: 'warning',
    summary: 'A kafkajs idempotent producer without maxInFlightRequests: 1.',
    why: 'kafkajs does not re-sequence retried batches the way the Java client does; with several requests in flight (its default is unlimited) a failed batch retried after a later one succeeded is rejected with OUT_OF_ORDER_SEQUENCE_NUMBER or lands out of order. The kafkajs documentation creates idempotent and transactional producers with maxInFlightRequests: 1 for this reason.',
    refs: [KAFKAJS_PRODUCING, 'https://kafka.js.org/docs/transactions'],
    fix: 'Create the producer with { idempotent: true, maxInFlightRequests: 1 }.',
    messages: {
      idempotentTrueWithMaxInFlightRequests: 'idempotent: true with maxInFlightRequests {{detail}}: set it to 1',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family !== 'kafkajs' || ctx.bool('enable.idempotence') !== true) return [];
    const inFlight = ctx.number('max.in.flight.requests.per.connection');
    if (inFlight === 1) return [];
    return [{ messageId: 'idempotentTrueWithMaxInFlightRequests', data: { detail: Number.isFinite(inFlight) ? inFlight : 'unset (unlimited)' }, setting: 'enable.idempotence' }];
  },
});
