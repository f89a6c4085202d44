import type { Rule } from '../../engine.js';
import { KAFKAJS_PRODUCING } from '../support.js';

export const kafkajsIdempotentInFlight: Rule = {
  id: 'client/kafkajs-idempotent-in-flight',
  severity: 'warning',
  summary: 'A kafkajs idempotent producer without maxInFlightRequests: 1.',
  why: 'kafkajs does not track sequence numbers across several in-flight requests the way the Java client does; with more than one request in flight (its default is unlimited) a retry can fail with OUT_OF_ORDER_SEQUENCE_NUMBER or arrive out of order. kafkajs documents idempotence with a single request in flight.',
  fix: 'Create the producer with { idempotent: true, maxInFlightRequests: 1 }.',
  refs: [KAFKAJS_PRODUCING, 'https://kafka.js.org/docs/transactions'],
  kinds: ['producer'],
  check(ctx) {
    if (ctx.family !== 'kafkajs' || ctx.bool('enable.idempotence') !== true) return [];
    const inFlight = ctx.number('max.in.flight.requests.per.connection');
    if (inFlight === 1) return [];
    return [{ message: `idempotent: true with maxInFlightRequests ${Number.isFinite(inFlight) ? inFlight : 'unset (unlimited)'}: set it to 1`, setting: 'enable.idempotence' }];
  },
};
