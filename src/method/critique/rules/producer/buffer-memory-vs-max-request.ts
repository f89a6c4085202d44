import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigBytes } from '../../../../model/units.js';

export const bufferMemoryVsMaxRequest = configRule({
  meta: {
    id: 'producer/buffer-memory-vs-max-request',
    severity: 'error',
    summary: 'buffer.memory smaller than max.request.size or batch.size.',
    why: 'Every record waits in buffer.memory before it is sent. A batch larger than the whole buffer can never be allocated, so sends fail; a record larger than the buffer (allowed up to max.request.size) fails with a RecordTooLargeException.',
    refs: [docRef('producer', 'buffer.memory'), docRef('producer', 'max.request.size')],
    fix: 'Make buffer.memory several times larger than max.request.size and batch.size.',
    messages: {
      bufferMemoryBatchSizeNoBatch: 'buffer.memory {{buffer}} < batch.size {{batch}}: no batch can be allocated',
      bufferMemoryMaxRequestSizeRecordsAbove: 'buffer.memory {{buffer}} < max.request.size {{request}}: records above the buffer size are refused',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family !== 'java' || !ctx.explicit('buffer.memory')) return [];
    const buffer = ctx.number('buffer.memory');
    const batch = ctx.number('batch.size');
    const request = ctx.number('max.request.size');
    if (buffer < batch) return [{ messageId: 'bufferMemoryBatchSizeNoBatch', data: { buffer: fmtConfigBytes(buffer), batch: fmtConfigBytes(batch) }, setting: 'buffer.memory' }];
    if (buffer < request)
      return [{ messageId: 'bufferMemoryMaxRequestSizeRecordsAbove', data: { buffer: fmtConfigBytes(buffer), request: fmtConfigBytes(request) }, setting: 'buffer.memory', severity: 'warning' }];
    return [];
  },
});
