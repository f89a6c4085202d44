import { DOCS } from '../../../../knowledge/planning.js';
import { configRule } from '../../engine.js';
import { lower, sinkWritesOrderedState } from './support.js';

export const orderedDeadLetter = configRule({
  meta: {
    id: 'connector/ordered-dead-letter',
    severity: 'warning',
    summary: 'A connector that skips or sets aside failed records while it writes ordered state.',
    why: 'errors.tolerance=all lets the task carry on past a record it cannot convert or write (into the dead-letter queue if one is named). For row changes or upserts by key, that record is a version of a row: replayed later, it overwrites a newer one; skipped, the row stays stale.',
    refs: [DOCS.connectErrors],
    fix: 'Keep errors.tolerance=none on ordered state: the task stops, you fix the cause, it resumes in order. Use a dead-letter queue only for independent records.',
    messages: {
      replayedOutOfOrder: 'errors.tolerance=all with dead-letter queue {{dlq}} on ordered state: a failed record is set aside and replayed out of order',
      skipped: 'errors.tolerance=all on ordered state: a failed record is skipped',
    },
    kinds: ['connector'],
  },
  check(ctx) {
    if (lower(ctx.value('errors.tolerance')) !== 'all' || !sinkWritesOrderedState(ctx)) return [];
    const dlq = ctx.value('errors.deadletterqueue.topic.name');
    return [dlq ? { messageId: 'replayedOutOfOrder', data: { dlq }, setting: 'errors.tolerance' } : { messageId: 'skipped', setting: 'errors.tolerance' }];
  },
});
