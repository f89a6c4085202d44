import { configRule } from '../../engine.js';
import { docRef, internalTopicIsr } from '../support.js';

export const transactionLogMinIsr = configRule({
  meta: {
    id: 'durability/transaction-log-min-isr',
    severity: 'error',
    summary: 'transaction.state.log.min.isr at or above transaction.state.log.replication.factor.',
    why: "The transaction coordinator writes __transaction_state with acks=all and that topic's min ISR; above its replication factor no transactional or idempotent-with-transactions producer can initialise or commit.",
    refs: [docRef('broker', 'transaction.state.log.min.isr'), docRef('broker', 'transaction.state.log.replication.factor')],
    fix: 'Keep transaction.state.log.min.isr below transaction.state.log.replication.factor (2 and 3 on a 3-broker cluster).',
    messages: {
      transactionStateLogMinIsrTransactionStateLogReplicationFactorTransactionState:
        'transaction.state.log.min.isr {{minIsr}} > transaction.state.log.replication.factor {{rf}}: __transaction_state writes always fail',
      transactionStateLogMinIsrTransactionStateLogReplicationFactorOneBroker:
        'transaction.state.log.min.isr {{minIsr}} = transaction.state.log.replication.factor {{rf}}: one broker down stops the transactions it coordinates',
    },
    kinds: ['broker'],
  },
  check: (ctx) =>
    internalTopicIsr(
      ctx,
      { replicationFactor: 'transaction.state.log.replication.factor', minIsr: 'transaction.state.log.min.isr', blame: 'minIsr' },
      {
        never: 'transactionStateLogMinIsrTransactionStateLogReplicationFactorTransactionState',
        oneBrokerDown: 'transactionStateLogMinIsrTransactionStateLogReplicationFactorOneBroker',
      },
    ),
});
