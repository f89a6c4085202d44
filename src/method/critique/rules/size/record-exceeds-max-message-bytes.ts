import { configRule } from '../../engine.js';
import { docRef, recordsAbove } from '../support.js';

export const recordExceedsMaxMessageBytes = configRule({
  meta: {
    id: 'size/record-exceeds-max-message-bytes',
    severity: 'error',
    summary: "Records larger than the topic's max.message.bytes.",
    why: 'The broker rejects a batch larger than max.message.bytes (MESSAGE_TOO_LARGE); the producer reports RecordTooLargeException and the data is not written.',
    refs: [docRef('topic', 'max.message.bytes'), docRef('broker', 'message.max.bytes')],
    fix: "Raise the topic's max.message.bytes (and the producer's max.request.size), or shrink records (compression, payload outside Kafka).",
    messages: {
      recordsOfMaxMessageBytes: 'records of {{record}} > max.message.bytes {{max}}{{origin}}',
    },
    kinds: ['topic'],
  },
  check: (ctx) => recordsAbove(ctx, 'max.message.bytes', 'recordsOfMaxMessageBytes'),
});
