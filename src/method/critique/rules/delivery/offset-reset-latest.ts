import { configRule } from '../../engine.js';
import { docRef, lossUnacceptable, origin } from '../support.js';

export const offsetResetLatest = configRule({
  meta: {
    id: 'delivery/offset-reset-latest',
    severity: 'warning',
    summary: 'auto.offset.reset=latest where records must not be lost.',
    why: 'A new group, or a group whose committed offsets expired (offsets.retention.minutes) or fell off retention, starts at the end of the log: everything written before it joined is skipped silently.',
    refs: [docRef('consumer', 'auto.offset.reset'), docRef('broker', 'offsets.retention.minutes')],
    fix: 'Set auto.offset.reset=earliest for flows that must see every record (and make processing idempotent), or none to fail loudly.',
    messages: {
      autoOffsetResetIsLatestBut: 'auto.offset.reset is latest{{origin}} but the flow asks for {{delivery}}: a new or expired group skips what was written before it started',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const reset = ctx.value('auto.offset.reset');
    if (!lossUnacceptable(ctx) || reset !== 'latest') return [];
    return [{ messageId: 'autoOffsetResetIsLatestBut', data: { origin: origin(ctx, 'auto.offset.reset'), delivery: ctx.intent.delivery }, setting: 'auto.offset.reset' }];
  },
});
