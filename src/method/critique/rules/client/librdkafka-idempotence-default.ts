import { configRule } from '../../engine.js';
import { LIBRDKAFKA_CONFIGURATION, lossUnacceptable } from '../support.js';

export const librdkafkaIdempotenceDefault = configRule({
  meta: {
    id: 'client/librdkafka-idempotence-default',
    severity: 'info',
    summary: 'A librdkafka producer relying on the default enable.idempotence=false.',
    why: 'Unlike the Java client (idempotent by default since Kafka 3.0), librdkafka and the confluent-kafka clients built on it default to enable.idempotence=false, so retries can duplicate and reorder records unless idempotence is switched on.',
    refs: [LIBRDKAFKA_CONFIGURATION, 'https://github.com/confluentinc/librdkafka/blob/master/INTRODUCTION.md#idempotent-producer'],
    fix: 'Set enable.idempotence=true (librdkafka then sets acks=all and limits in-flight requests for you).',
    messages: {
      enableIdempotenceIsNotSet: 'enable.idempotence is not set and librdkafka defaults it to false (the Java client defaults to true): retries may duplicate or reorder',
      intentAgainstDefault: '{{intent}} was asked, but enable.idempotence is not set and librdkafka defaults it to false (the Java client defaults to true): retries may duplicate or reorder',
    },
    // A file that sets nothing either way ('client') is checked too when an intent is stated: the
    // library's defaults are then the whole configuration.
    kinds: ['producer', 'client'],
  },
  check(ctx) {
    if (ctx.family !== 'librdkafka' || ctx.explicit('enable.idempotence')) return [];
    const ordered = ctx.intent.ordering === 'per-key' || ctx.intent.ordering === 'global';
    if (ctx.config.kind === 'client' && ctx.intent.delivery === undefined && !ordered) return [];
    const serious = lossUnacceptable(ctx) || ordered;
    if (ctx.intent.delivery === 'exactly-once') return [{ messageId: 'intentAgainstDefault', data: { intent: 'exactly-once (no duplicates)' }, severity: 'error' }];
    if (ordered) return [{ messageId: 'intentAgainstDefault', data: { intent: `${ctx.intent.ordering} ordering` }, severity: 'warning' }];
    return [{ messageId: 'enableIdempotenceIsNotSet', severity: serious ? 'warning' : 'info' }];
  },
});
