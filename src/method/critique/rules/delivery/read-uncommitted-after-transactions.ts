import type { Rule } from '../../engine.js';
import { docRef } from '../support.js';

export const readUncommittedAfterTransactions: Rule = {
  id: 'delivery/read-uncommitted-after-transactions',
  severity: 'error',
  summary: 'Reading with isolation.level=read_uncommitted downstream of transactions.',
  why: 'read_uncommitted returns records of aborted transactions and of transactions still open, so the consumer acts on data the producer rolled back: exactly-once upstream becomes at-least-once with phantom records downstream.',
  fix: 'Set isolation.level=read_committed.',
  refs: [docRef('consumer', 'isolation.level'), 'https://kafka.apache.org/documentation/#semantics'],
  kinds: ['consumer'],
  check(ctx) {
    const upstream = ctx.intent.upstreamTransactional === true || ctx.intent.delivery === 'exactly-once';
    if (!upstream || ctx.value('isolation.level') !== 'read_uncommitted') return [];
    return [{ message: `isolation.level is read_uncommitted${ctx.explicit('isolation.level') ? '' : ' (the default)'} but the input is written in transactions: aborted records will be processed`, setting: 'isolation.level' }];
  },
};
