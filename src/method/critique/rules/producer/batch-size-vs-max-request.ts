import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigBytes } from '../../../../model/units.js';

export const batchSizeVsMaxRequest = configRule({
  meta: {
    id: 'producer/batch-size-vs-max-request',
    severity: 'warning',
    summary: 'batch.size larger than max.request.size.',
    why: 'A request can never exceed max.request.size, so batches stop growing there; the larger batch.size only reserves buffer memory that is never filled, and suggests a throughput the producer cannot reach.',
    refs: [docRef('producer', 'batch.size'), docRef('producer', 'max.request.size')],
    fix: "Keep batch.size at or below max.request.size, or raise max.request.size (and the topic's max.message.bytes) if large batches are wanted.",
    messages: {
      batchSizeMaxRequestSize: 'batch.size {{batch}} > max.request.size {{max}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    const batch = ctx.number('batch.size');
    const max = ctx.number('max.request.size');
    if (ctx.family !== 'java' || !ctx.explicit('batch.size') || !(batch > max)) return [];
    return [{ messageId: 'batchSizeMaxRequestSize', data: { batch: fmtConfigBytes(batch), max: fmtConfigBytes(max) }, setting: 'batch.size' }];
  },
});
