import type { Rule } from '../../engine.js';
import { bytes, docRef } from '../support.js';

export const bufferMemoryVsMaxRequest: Rule = {
  id: 'producer/buffer-memory-vs-max-request',
  severity: 'error',
  summary: 'buffer.memory smaller than max.request.size or batch.size.',
  why: 'Every record waits in buffer.memory before it is sent. A record or batch larger than the whole buffer can never be allocated: send() fails with a RecordTooLargeException or blocks for max.block.ms.',
  fix: 'Make buffer.memory several times larger than max.request.size and batch.size.',
  refs: [docRef('producer', 'buffer.memory'), docRef('producer', 'max.request.size')],
  kinds: ['producer'],
  check(ctx) {
    if (ctx.family !== 'java' || !ctx.explicit('buffer.memory')) return [];
    const buffer = ctx.number('buffer.memory');
    const largest = Math.max(ctx.number('max.request.size'), ctx.number('batch.size'));
    if (!(buffer < largest)) return [];
    return [{ message: `buffer.memory ${bytes(buffer)} < the largest request or batch ${bytes(largest)}`, setting: 'buffer.memory' }];
  },
};
