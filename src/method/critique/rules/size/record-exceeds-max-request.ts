import { configRule } from '../../engine.js';
import { docRef, recordsAbove } from '../support.js';

export const recordExceedsMaxRequest = configRule({
  meta: {
    id: 'size/record-exceeds-max-request',
    severity: 'error',
    summary: "Records larger than the producer's max.request.size.",
    why: 'The producer refuses any record larger than max.request.size with a RecordTooLargeException before sending it; those records never reach Kafka.',
    refs: [docRef('producer', 'max.request.size'), docRef('topic', 'max.message.bytes')],
    fix: "Raise max.request.size above the largest record (and the topic's max.message.bytes with it), or keep large payloads outside Kafka and send a reference.",
    messages: {
      recordsOfMaxRequestSize: 'records of {{record}} > max.request.size {{max}}{{origin}}',
    },
    kinds: ['producer'],
  },
  check: (ctx) => recordsAbove(ctx, 'max.request.size', 'recordsOfMaxRequestSize'),
});
