import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const exactlyOnceNeedsTransactions = configRule({
  meta: {
    id: 'delivery/exactly-once-needs-transactions',
    severity: 'info',
    summary: 'Exactly-once asked for, but the producer has no transactional.id.',
    why: 'Idempotence removes duplicates from retries within one producer session only. In a consume-process-produce loop, a crash between producing and committing the consumed offsets writes the output again; only transactions tie the output and the offsets together. A producer fed from outside Kafka gets no more than idempotent writes either way: duplicates from its own restarts must be removed downstream (by key or event id).',
    refs: [docRef('producer', 'transactional.id'), 'https://kafka.apache.org/documentation/#semantics'],
    fix: 'If this producer writes results of consumed records, set a stable transactional.id per instance and send the offsets inside the transaction (or use Kafka Streams with processing.guarantee=exactly_once_v2); otherwise give each event an id and deduplicate downstream.',
    messages: {
      theFlowAsksFor: 'the flow asks for exactly-once but transactional.id is not set: in a consume-process-produce loop, a crash between producing and committing offsets duplicates output',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    // A producer known to be fed from outside Kafka has nothing to commit with its writes.
    if (ctx.intent.delivery !== 'exactly-once' || ctx.intent.consumesFromKafka === false || ctx.explicit('transactional.id')) return [];
    return [{ messageId: 'theFlowAsksFor', setting: 'transactional.id' }];
  },
});
