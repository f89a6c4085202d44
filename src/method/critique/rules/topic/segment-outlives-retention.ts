import { configRule } from '../../engine.js';
import { docRef, origin } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

export const segmentOutlivesRetention = configRule({
  meta: {
    id: 'topic/segment-outlives-retention',
    severity: 'info',
    summary: 'segment.ms longer than retention.ms.',
    why: 'Retention deletes whole closed segments only. A quiet partition closes its active segment after segment.ms, so records live up to segment.ms + retention.ms, far beyond the retention asked for (which matters for privacy deletion deadlines and disk sizing).',
    refs: [docRef('topic', 'segment.ms'), docRef('topic', 'retention.ms')],
    fix: 'Set segment.ms at or below retention.ms (for example a tenth of it) on topics with short retention.',
    messages: {
      segmentMsRetentionMsRecordsOn: 'segment.ms {{segment}}{{origin}} > retention.ms {{retention}}: records on a quiet partition live up to {{segment2}}',
    },
    kinds: ['topic'],
  },
  check(ctx) {
    const retention = ctx.number('retention.ms');
    const segment = ctx.number('segment.ms');
    if (!ctx.explicit('retention.ms') || !(retention > 0) || !(segment > retention)) return [];
    return [
      {
        messageId: 'segmentMsRetentionMsRecordsOn',
        data: { segment: fmtConfigMs(segment), origin: origin(ctx, 'segment.ms'), retention: fmtConfigMs(retention), segment2: fmtConfigMs(segment + retention) },
        setting: 'retention.ms',
      },
    ];
  },
});
