import { configRule } from '../../engine.js';
import { docRef, written } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

export const deliveryTimeout = configRule({
  meta: {
    id: 'producer/delivery-timeout',
    severity: 'error',
    summary: 'delivery.timeout.ms shorter than linger.ms + request.timeout.ms.',
    why: 'delivery.timeout.ms bounds the whole life of a record: waiting to batch, the request, and retries. When it is below linger plus one request timeout a record can expire before its first attempt completes; the Java client rejects such a configuration outright.',
    refs: [docRef('producer', 'delivery.timeout.ms'), docRef('producer', 'request.timeout.ms')],
    fix: 'Raise delivery.timeout.ms to at least linger.ms + request.timeout.ms (the default 120000 ms leaves room for retries).',
    messages: {
      lingerMsRequestTimeoutMs: '{{deliveryTimeoutMs}} {{delivery}} < linger.ms {{linger}} + request.timeout.ms {{request}} = {{linger2}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    // librdkafka's request.timeout.ms is enforced by the broker, not against message.timeout.ms.
    if (ctx.family !== 'java') return [];
    if (!ctx.explicit('delivery.timeout.ms') && !ctx.explicit('linger.ms') && !ctx.explicit('request.timeout.ms')) return [];
    const delivery = ctx.number('delivery.timeout.ms');
    const linger = ctx.number('linger.ms');
    const request = ctx.number('request.timeout.ms');
    if (![delivery, linger, request].every(Number.isFinite) || delivery >= linger + request) return [];
    return [
      {
        messageId: 'lingerMsRequestTimeoutMs',
        data: {
          deliveryTimeoutMs: written(ctx, 'delivery.timeout.ms'),
          delivery: fmtConfigMs(delivery),
          linger: fmtConfigMs(linger),
          request: fmtConfigMs(request),
          linger2: fmtConfigMs(linger + request),
        },
        setting: ctx.explicit('delivery.timeout.ms') ? 'delivery.timeout.ms' : ctx.explicit('linger.ms') ? 'linger.ms' : 'request.timeout.ms',
      },
    ];
  },
});
