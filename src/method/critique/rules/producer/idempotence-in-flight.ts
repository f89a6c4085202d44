import { configRule } from '../../engine.js';
import { docRef, idempotent } from '../support.js';

/** The broker keeps sequence state for this many in-flight batches per partition. */
const IDEMPOTENT_MAX_IN_FLIGHT = 5;

export const idempotenceInFlight = configRule({
  meta: {
    id: 'producer/idempotence-in-flight',
    severity: 'error',
    summary: 'Idempotence with more than 5 requests in flight per connection.',
    why: 'The broker remembers the sequence numbers of the last 5 batches per producer and partition; with more in flight it cannot tell a retry from a gap. The Java client rejects enable.idempotence=true with max.in.flight.requests.per.connection above 5 (and quietly drops idempotence when it is only the default).',
    refs: [docRef('producer', 'max.in.flight.requests.per.connection'), docRef('producer', 'enable.idempotence')],
    fix: 'Set max.in.flight.requests.per.connection to 5 or less.',
    messages: {
      maxInFlightRequestsPerConnectionWithIdempotence: 'max.in.flight.requests.per.connection={{inFlight}} > {{IDEMPOTENT_MAX_IN_FLIGHT}} with idempotence {{detail}}{{detail2}}',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family === 'kafkajs' || idempotent(ctx) !== true) return [];
    const inFlight = ctx.number('max.in.flight.requests.per.connection');
    if (!(inFlight > IDEMPOTENT_MAX_IN_FLIGHT) || !ctx.explicit('max.in.flight.requests.per.connection')) return [];
    const explicit = ctx.explicit('enable.idempotence') !== undefined;
    return [
      {
        messageId: 'maxInFlightRequestsPerConnectionWithIdempotence',
        data: {
          inFlight,
          IDEMPOTENT_MAX_IN_FLIGHT,
          detail: explicit ? 'enabled' : 'on by default',
          detail2: explicit ? ': the client rejects this combination' : ': idempotence is turned off silently',
        },
        setting: 'max.in.flight.requests.per.connection',
        severity: explicit || ctx.family === 'librdkafka' ? 'error' : 'warning',
      },
    ];
  },
});
