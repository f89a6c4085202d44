import type { Rule } from '../../engine.js';
import { bytes, docRef } from '../support.js';

export const bufferMemoryVsMaxRequest: Rule = {
  id: 'producer/buffer-memory-vs-max-request',
  severity: 'error',
  summary: 'buffer.memory smaller than max.request.size or batch.size.',
  why: 'Every record waits in buffer.memory before it is sent. A batch larger than the whole buffer can never be allocated, so sends fail; a record larger than the buffer (allowed up to max.request.size) fails with a RecordTooLargeException.',
  fix: 'Make buffer.memory several times larger than max.request.size and batch.size.',
  refs: [docRef('producer', 'buffer.memory'), docRef('producer', 'max.request.size')],
  kinds: ['producer'],
  check(ctx) {
    if (ctx.family !== 'java' || !ctx.explicit('buffer.memory')) return [];
    const buffer = ctx.number('buffer.memory');
    const batch = ctx.number('batch.size');
    const request = ctx.number('max.request.size');
    if (buffer < batch) return [{ message: `buffer.memory ${bytes(buffer)} < batch.size ${bytes(batch)}: no batch can be allocated`, setting: 'buffer.memory' }];
    if (buffer < request) return [{ message: `buffer.memory ${bytes(buffer)} < max.request.size ${bytes(request)}: records above the buffer size are refused`, setting: 'buffer.memory', severity: 'warning' }];
    return [];
  },
};
