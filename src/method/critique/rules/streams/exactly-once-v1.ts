import { compareVersions, resolveVersion } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const exactlyOnceV1 = configRule({
  meta: {
    id: 'streams/exactly-once-v1',
    severity: 'warning',
    summary: 'processing.guarantee=exactly_once or exactly_once_beta.',
    why: 'Both were deprecated in Kafka 3.0 in favour of exactly_once_v2 (one producer per thread instead of per task, far fewer transactions) and removed in 4.0, where the application no longer starts with them.',
    refs: [docRef('streams', 'processing.guarantee')],
    fix: 'Set processing.guarantee=exactly_once_v2 (brokers 2.5 or newer).',
    messages: {
      processingGuaranteeIs: 'processing.guarantee={{g}} is {{detail}}',
    },
    kinds: ['streams'],
  },
  check(ctx) {
    const g = ctx.explicit('processing.guarantee')?.value.trim();
    if (g !== 'exactly_once' && g !== 'exactly_once_beta') return [];
    const removed = compareVersions(resolveVersion(ctx.kafkaVersion).documented, '4.0') >= 0;
    return [
      {
        messageId: 'processingGuaranteeIs',
        data: { g, detail: removed ? `removed in Kafka ${ctx.kafkaVersion}` : 'deprecated since 3.0 and removed in 4.0' },
        setting: 'processing.guarantee',
        severity: removed ? 'error' : 'warning',
      },
    ];
  },
});
