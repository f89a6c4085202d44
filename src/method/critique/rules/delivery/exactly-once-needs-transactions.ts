import type { Rule } from '../../engine.js';
import { docRef } from '../support.js';

export const exactlyOnceNeedsTransactions: Rule = {
  id: 'delivery/exactly-once-needs-transactions',
  severity: 'warning',
  summary: 'Exactly-once asked for, but the producer has no transactional.id.',
  why: 'Idempotence removes duplicates from retries within one producer session only. A restart, or a consume-process-produce loop that crashes between producing and committing offsets, still writes duplicates; only transactions tie the output and the consumed offsets together.',
  fix: 'Set a stable transactional.id per producer instance and produce and commit offsets inside transactions (or use Kafka Streams with processing.guarantee=exactly_once_v2).',
  refs: [docRef('producer', 'transactional.id'), 'https://kafka.apache.org/documentation/#semantics'],
  kinds: ['producer'],
  check(ctx) {
    if (ctx.intent.delivery !== 'exactly-once' || ctx.explicit('transactional.id')) return [];
    return [{ message: 'the flow asks for exactly-once but transactional.id is not set: restarts and crashes between produce and offset commit can still duplicate', setting: 'transactional.id' }];
  },
};
