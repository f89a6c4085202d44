import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const batchingDisabled = configRule({
  meta: {
    id: 'producer/batching-disabled',
    severity: 'warning',
    summary: 'batch.size=0 turns batching off.',
    why: 'With batch.size 0 every record is its own request: throughput drops by an order of magnitude and broker request load rises with it.',
    refs: [docRef('producer', 'batch.size'), docRef('producer', 'linger.ms')],
    fix: 'Remove batch.size (default 16384) or set it to tens of kilobytes; use linger.ms to trade latency for batching.',
    messages: {
      batchSizeEveryRecordIs: 'batch.size=0: every record is sent in its own request',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    return ctx.explicit('batch.size') && ctx.number('batch.size') === 0 ? [{ messageId: 'batchSizeEveryRecordIs', setting: 'batch.size' }] : [];
  },
});
