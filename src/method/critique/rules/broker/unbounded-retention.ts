import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

const TIME = ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'];

export const unboundedRetention = configRule({
  meta: {
    id: 'broker/unbounded-retention',
    severity: 'info',
    summary: 'Broker-wide retention without a time or size limit.',
    why: 'With retention -1 and no retention.bytes every non-compacted topic keeps everything; disks fill and the broker stops when one does.',
    refs: [docRef('broker', 'log.retention.hours'), docRef('broker', 'log.retention.bytes')],
    fix: 'Set a broker default (log.retention.hours, log.retention.bytes) and give topics that must keep everything an explicit retention.ms=-1.',
    messages: {
      withNoLogRetentionBytesEvery: '{{unlimited}}=-1 with no log.retention.bytes: every topic keeps all data until the disk is full',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    const unlimited = TIME.find((n) => ctx.explicit(n) && ctx.number(n) === -1);
    if (!unlimited || ctx.number('log.retention.bytes') > 0) return [];
    return [{ messageId: 'withNoLogRetentionBytesEvery', data: { unlimited }, setting: unlimited }];
  },
});
