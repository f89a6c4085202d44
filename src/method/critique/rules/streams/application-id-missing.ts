import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const streamsApplicationIdMissing = configRule({
  meta: {
    id: 'streams/application-id-missing',
    severity: 'error',
    summary: 'A Kafka Streams config without application.id.',
    why: 'application.id is required: it is the consumer group id and the prefix of every internal topic. Kafka Streams does not start without it.',
    refs: [docRef('streams', 'application.id')],
    fix: 'Set application.id to a stable name; changing it later starts from empty state.',
    messages: {
      applicationIdMissing: 'application.id is not set',
    },
    kinds: ['streams'],
  },
  check(ctx) {
    return ctx.explicit('application.id') ? [] : [{ messageId: 'applicationIdMissing', setting: 'application.id' }];
  },
});
