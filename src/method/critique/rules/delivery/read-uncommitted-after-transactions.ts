import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const readUncommittedAfterTransactions = configRule({
  meta: {
    id: 'delivery/read-uncommitted-after-transactions',
    severity: 'error',
    summary: 'Reading with isolation.level=read_uncommitted downstream of transactions.',
    why: 'read_uncommitted returns records of aborted transactions and of transactions still open, so the consumer acts on data the producer rolled back: exactly-once upstream becomes at-least-once with phantom records downstream.',
    refs: [docRef('consumer', 'isolation.level'), 'https://kafka.apache.org/documentation/#semantics'],
    fix: 'Set isolation.level=read_committed.',
    messages: {
      isolationLevelIsReadUncommitted: 'isolation.level is read_uncommitted{{detail}} but the input is written in transactions: aborted records will be processed',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const upstream = ctx.intent.upstreamTransactional === true || ctx.intent.delivery === 'exactly-once';
    if (!upstream || ctx.value('isolation.level') !== 'read_uncommitted') return [];
    return [{ messageId: 'isolationLevelIsReadUncommitted', data: { detail: ctx.explicit('isolation.level') ? '' : ' (the default)' }, setting: 'isolation.level' }];
  },
});
