import { configRule } from '../../engine.js';
import { docRef } from '../support.js';
import { fmtConfigBytes } from '../../../../model/units.js';

export const requestVsBrokerMessageMax = configRule({
  meta: {
    id: 'size/request-vs-broker-message-max',
    severity: 'warning',
    summary: "Producer max.request.size above the cluster's message.max.bytes.",
    why: "The producer will build batches up to max.request.size, but the broker rejects any batch above message.max.bytes (or the topic's max.message.bytes), so large batches fail with RecordTooLargeException instead of being sent smaller.",
    refs: [docRef('producer', 'max.request.size'), docRef('broker', 'message.max.bytes')],
    fix: 'Keep max.request.size at or below the broker and topic limits, or raise those limits together.',
    messages: {
      maxRequestSizeBrokerMessageMaxBytes: 'max.request.size {{request}} > broker message.max.bytes {{limit}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (!ctx.cluster || !ctx.explicit('max.request.size')) return [];
    const request = ctx.number('max.request.size');
    const limit = ctx.cluster.number('message.max.bytes');
    if (!(request > limit)) return [];
    return [{ messageId: 'maxRequestSizeBrokerMessageMaxBytes', data: { request: fmtConfigBytes(request), limit: fmtConfigBytes(limit) }, setting: 'max.request.size' }];
  },
});
