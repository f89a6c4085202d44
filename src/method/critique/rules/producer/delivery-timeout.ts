import type { Rule } from '../../engine.js';
import { docRef, ms, written } from '../support.js';

export const deliveryTimeout: Rule = {
  id: 'producer/delivery-timeout',
  severity: 'error',
  summary: 'delivery.timeout.ms shorter than linger.ms + request.timeout.ms.',
  why: 'delivery.timeout.ms bounds the whole life of a record: waiting to batch, the request, and retries. When it is below linger plus one request timeout a record can expire before its first attempt completes; the Java client rejects such a configuration outright.',
  fix: 'Raise delivery.timeout.ms to at least linger.ms + request.timeout.ms (the default 120000 ms leaves room for retries).',
  refs: [docRef('producer', 'delivery.timeout.ms'), docRef('producer', 'request.timeout.ms')],
  kinds: ['producer'],
  check(ctx) {
    // librdkafka's request.timeout.ms is enforced by the broker, not against message.timeout.ms.
    if (ctx.family !== 'java') return [];
    if (!ctx.explicit('delivery.timeout.ms') && !ctx.explicit('linger.ms') && !ctx.explicit('request.timeout.ms')) return [];
    const delivery = ctx.number('delivery.timeout.ms');
    const linger = ctx.number('linger.ms');
    const request = ctx.number('request.timeout.ms');
    if (![delivery, linger, request].every(Number.isFinite) || delivery >= linger + request) return [];
    return [{
      message: `${written(ctx, 'delivery.timeout.ms')} ${ms(delivery)} < linger.ms ${ms(linger)} + request.timeout.ms ${ms(request)} = ${ms(linger + request)}`,
      setting: ctx.explicit('delivery.timeout.ms') ? 'delivery.timeout.ms' : ctx.explicit('linger.ms') ? 'linger.ms' : 'request.timeout.ms',
    }];
  },
};
