import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const sideEffectNeedsIdempotencyKey = configRule({
  meta: {
    id: 'delivery/side-effect-needs-idempotency-key',
    severity: 'warning',
    summary: 'A handler with an external side effect under at-least-once or exactly-once delivery.',
    why: 'Kafka transactions cover writes to Kafka and the consumed offsets, nothing outside. A record is delivered again after a crash, a rebalance or a timed-out commit, and the handler repeats its side effect (a second card charge, a second email). Only the receiving side can make the effect happen once: an idempotency key it remembers, or a dedupe store updated in the same local transaction as the effect.',
    refs: ['https://kafka.apache.org/documentation/#semantics', docRef('consumer', 'enable.auto.commit')],
    fix: 'Derive an idempotency key from the event (its id, or topic-partition-offset) and pass it to the downstream API, or record processed keys in a dedupe store in the same transaction as the effect; commit the offset after the effect succeeds.',
    messages: {
      exactlyOnce:
        'exactly-once with an external side effect ({{effect}}): sending offsets through a producer transaction does not cover the {{effect}}, so a redelivered record repeats it; it happens once only with an idempotency key or a dedupe store',
      repeated: "the handler's {{effect}} is repeated whenever a record is delivered again (crash, rebalance, failed commit); make it idempotent with a key derived from the event",
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const effect = ctx.intent.externalSideEffect;
    const delivery = ctx.intent.delivery;
    if (!effect || delivery === 'at-most-once') return [];
    return delivery === 'exactly-once'
      ? [{ messageId: 'exactlyOnce', data: { effect }, severity: 'error' }]
      : [{ messageId: 'repeated', data: { effect }, severity: 'warning', dependsOn: ['delivery'] }];
  },
});
