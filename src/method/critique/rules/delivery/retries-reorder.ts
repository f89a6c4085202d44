import { configRule } from '../../engine.js';
import { docRef, idempotent } from '../support.js';

export const retriesReorder = configRule({
  meta: {
    id: 'delivery/retries-reorder',
    severity: 'warning',
    summary: 'Retries without idempotence and more than one request in flight: retried batches overtake later ones.',
    why: 'When batch 1 fails and batch 2 (sent right after) succeeds, the retry of batch 1 lands behind batch 2, so records of one key arrive out of order, and a retry after a lost response writes a duplicate.',
    refs: [docRef('producer', 'max.in.flight.requests.per.connection'), docRef('producer', 'enable.idempotence')],
    fix: 'Turn idempotence on (acks=all, enable.idempotence=true, up to 5 in flight keeps order), or set max.in.flight.requests.per.connection=1.',
    messages: {
      idempotenceOffWithRetries: 'idempotence off with retries {{retries}} and {{inFlight}} requests in flight: a retried batch can land after later ones{{detail}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.intent.ordering === 'none' || ctx.family === 'kafkajs') return [];
    const retries = ctx.number('retries');
    const inFlight = ctx.number('max.in.flight.requests.per.connection');
    if (idempotent(ctx) !== false || !(retries > 0) || !(inFlight > 1)) return [];
    if (!ctx.explicit('enable.idempotence') && !ctx.explicit('max.in.flight.requests.per.connection') && ctx.family === 'java') return [];
    const ordered = ctx.intent.ordering === 'per-key' || ctx.intent.ordering === 'global';
    return [
      {
        messageId: 'idempotenceOffWithRetries',
        data: { retries, inFlight, detail: ordered ? `, breaking the ${ctx.intent.ordering} ordering the flow needs` : '' },
        setting: ctx.explicit('enable.idempotence') ? 'enable.idempotence' : 'max.in.flight.requests.per.connection',
        severity: ordered ? 'error' : 'warning',
      },
    ];
  },
});
