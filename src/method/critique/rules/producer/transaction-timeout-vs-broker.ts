import { defaultValue } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

export const transactionTimeoutVsBroker = configRule({
  meta: {
    id: 'producer/transaction-timeout-vs-broker',
    severity: 'error',
    summary: "transaction.timeout.ms above the broker's transaction.max.timeout.ms.",
    why: 'The coordinator refuses to initialise a transactional producer whose timeout exceeds transaction.max.timeout.ms (InvalidTxnTimeoutException), so initTransactions() fails on start.',
    refs: [docRef('producer', 'transaction.timeout.ms'), docRef('broker', 'transaction.max.timeout.ms')],
    fix: 'Lower transaction.timeout.ms to the broker limit, or raise transaction.max.timeout.ms on the brokers.',
    messages: {
      transactionTimeoutMsBrokerTransactionMaxTimeoutMs: 'transaction.timeout.ms {{timeout}} > broker transaction.max.timeout.ms {{limit}}{{detail}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (!ctx.explicit('transaction.timeout.ms') || !ctx.explicit('transactional.id')) return [];
    const timeout = ctx.number('transaction.timeout.ms');
    const limit = Number(ctx.cluster?.value('transaction.max.timeout.ms') ?? defaultValue('broker', 'transaction.max.timeout.ms', ctx.kafkaVersion));
    if (!(timeout > limit)) return [];
    return [
      {
        messageId: 'transactionTimeoutMsBrokerTransactionMaxTimeoutMs',
        data: { timeout: fmtConfigMs(timeout), limit: fmtConfigMs(limit), detail: ctx.cluster ? '' : ' (broker default)' },
        setting: 'transaction.timeout.ms',
      },
    ];
  },
});
