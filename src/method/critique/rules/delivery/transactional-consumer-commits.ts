import { configRule } from '../../engine.js';
import { docRef, origin } from '../support.js';

export const transactionalConsumerCommits = configRule({
  meta: {
    id: 'delivery/transactional-consumer-commits',
    severity: 'error',
    summary: 'A consume-transform-produce consumer that commits offsets itself.',
    why: "In exactly-once processing the consumed offsets must be committed inside the producer's transaction (sendOffsetsToTransaction); an auto-commit outside it can commit input whose output was aborted, losing it.",
    refs: [docRef('consumer', 'enable.auto.commit'), 'https://kafka.apache.org/documentation/#semantics'],
    fix: 'Set enable.auto.commit=false and send offsets through the producer transaction.',
    messages: {
      enableAutoCommitIsTrueIn: 'enable.auto.commit is true{{origin}} in an exactly-once flow: offsets are committed outside the transaction',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    if (!ctx.intent.upstreamTransactional && ctx.intent.delivery !== 'exactly-once') return [];
    if (ctx.bool('enable.auto.commit') !== true) return [];
    // A side effect outside Kafka is in no Kafka transaction: side-effect-needs-idempotency-key gives the advice that holds.
    if (ctx.intent.externalSideEffect) return [];
    return [{ messageId: 'enableAutoCommitIsTrueIn', data: { origin: origin(ctx, 'enable.auto.commit') }, setting: 'enable.auto.commit' }];
  },
});
