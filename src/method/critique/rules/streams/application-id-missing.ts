import type { Rule } from '../../engine.js';
import { docRef } from '../support.js';

export const streamsApplicationIdMissing: Rule = {
  id: 'streams/application-id-missing',
  severity: 'error',
  summary: 'A Kafka Streams config without application.id.',
  why: 'application.id is required: it is the consumer group id and the prefix of every internal topic. Kafka Streams does not start without it.',
  fix: 'Set application.id to a stable name; changing it later starts from empty state.',
  refs: [docRef('streams', 'application.id')],
  kinds: ['streams'],
  check(ctx) {
    return ctx.explicit('application.id') ? [] : [{ message: 'application.id is not set', setting: 'application.id' }];
  },
};
