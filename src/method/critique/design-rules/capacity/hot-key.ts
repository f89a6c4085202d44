import { DOCS } from '../../../../knowledge/planning.js';
import { checkHotKey } from '../../../strategy/hot-keys.js';
import { recordBytes } from '../../../strategy/topic.js';
import { designRule } from '../types.js';

/** The busiest key cannot be spread: its rate must fit one partition and, in order, one handler. */
export const hotKey = designRule({
  meta: {
    id: 'capacity/hot-key',
    severity: 'error',
    summary: 'The busiest key carries more than one partition or one in-order handler can take.',
    why: 'Every record of a key lands on the same partition, and per-key order lets only one record of it run at a time. More partitions or consumers do not help that key; its backlog grows without bound and delays every other key of its partition.',
    refs: [DOCS.partitions, DOCS.ordering],
    fix: 'Split the entity, salt the key (and accept order per sub-key only), give the busiest keys a dedicated topic, or make per-key work faster (batching).',
    messages: {
      cannotKeepUp: '{{arithmetic}} Options: {{options}}.',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow }) => {
      const hot = checkHotKey(flow, recordBytes(flow));
      if (!hot || (!hot.overSerial && !hot.overPartition)) return [];
      return [{ flow: flow.name, messageId: 'cannotKeepUp' as const, data: { arithmetic: hot.why, options: hot.options.map((o, i) => `(${i + 1}) ${o}`).join('; ') } }];
    });
  },
});
