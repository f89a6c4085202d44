import type { Rule } from '../../engine.js';
import { docRef, origin } from '../support.js';

export const transactionalConsumerCommits: Rule = {
  id: 'delivery/transactional-consumer-commits',
  severity: 'error',
  summary: 'A consume-transform-produce consumer that commits offsets itself.',
  why: 'In exactly-once processing the consumed offsets must be committed inside the producer\'s transaction (sendOffsetsToTransaction); an auto-commit outside it can commit input whose output was aborted, losing it.',
  fix: 'Set enable.auto.commit=false and send offsets through the producer transaction.',
  refs: [docRef('consumer', 'enable.auto.commit'), 'https://kafka.apache.org/documentation/#semantics'],
  kinds: ['consumer'],
  check(ctx) {
    if (!ctx.intent.upstreamTransactional && ctx.intent.delivery !== 'exactly-once') return [];
    if (ctx.bool('enable.auto.commit') !== true) return [];
    // A side effect outside Kafka is not in any Kafka transaction: committing offsets with the producer does not make it happen once.
    if (ctx.intent.externalSideEffect) return [];
    return [{ message: `enable.auto.commit is true${origin(ctx, 'enable.auto.commit')} in an exactly-once flow: offsets are committed outside the transaction`, setting: 'enable.auto.commit' }];
  },
};
