import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const transactionalWithoutIdempotence = configRule({
  meta: {
    id: 'producer/transactional-without-idempotence',
    severity: 'error',
    summary: 'transactional.id set while enable.idempotence=false.',
    why: 'Transactions are built on the idempotent producer (producer id and epoch); the client refuses to create a transactional producer with idempotence turned off.',
    refs: [docRef('producer', 'transactional.id'), docRef('producer', 'enable.idempotence')],
    fix: 'Remove enable.idempotence=false (or set it to true) when transactional.id is set.',
    messages: {
      transactionalIdIsSetBut: 'transactional.id is set but {{enableIdempotenceKey}}=false: transactions need idempotence',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    const tx = ctx.explicit('transactional.id');
    if (!tx || tx.value.trim() === '' || ctx.explicit('enable.idempotence') === undefined || ctx.bool('enable.idempotence') !== false) return [];
    return [{ messageId: 'transactionalIdIsSetBut', data: { enableIdempotenceKey: ctx.explicit('enable.idempotence')!.key }, setting: 'enable.idempotence' }];
  },
});
