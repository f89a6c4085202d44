import { configRule } from '../../engine.js';
import { docRef, lossUnacceptable, written } from '../support.js';

export const retriesDisabled = configRule({
  meta: {
    id: 'delivery/retries-disabled',
    severity: 'warning',
    summary: 'retries=0: any transient error loses the record.',
    why: 'Leader elections, broker restarts and network blips are routine; with no retries each one fails the send, and unless the application retries itself the record is lost.',
    refs: [docRef('producer', 'retries'), docRef('producer', 'delivery.timeout.ms')],
    fix: 'Remove retries (the client retries until delivery.timeout.ms) and keep idempotence on so retries cannot duplicate or reorder.',
    messages: {
      aTransientBrokerError: '{{retries}}=0{{detail}}: a transient broker error drops the record',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    // At-most-once asks for exactly this: never send a record twice.
    if (!ctx.explicit('retries') || ctx.number('retries') !== 0 || ctx.intent.delivery === 'at-most-once') return [];
    const loss = lossUnacceptable(ctx);
    return [
      {
        messageId: 'aTransientBrokerError',
        data: { retries: written(ctx, 'retries'), detail: loss ? ` but the flow asks for ${ctx.intent.delivery}` : '' },
        setting: 'retries',
        severity: loss ? 'error' : 'warning',
      },
    ];
  },
});
