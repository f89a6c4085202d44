import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

/** Settings that send a failed record aside and go on with the next one. */
const DEAD_LETTER_SETTINGS = ['errors.deadletterqueue.topic.name', 'errors.dead.letter.queue.topic.name'];

/**
 * Fires from what the file does with a failed record and what the flow needs, whatever else the
 * file says: a dead letter (or a skip) on an ordered flow lets later records of the key overtake it.
 */
export const deadLetterOnOrderedFlow = configRule({
  meta: {
    id: 'delivery/dead-letter-on-ordered-flow',
    severity: 'error',
    summary: 'Failed records are sent to a dead-letter topic (or skipped) on a flow that needs its order.',
    why: 'Sending a failed record aside lets the next record of its key be applied first; a replay later writes old state over new. Only transient errors should be retried, and permanent ones on an ordered flow must stop the partition or park the whole key.',
    refs: [docRef('streams', 'errors.dead.letter.queue.topic.name'), 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.tolerance'],
    fix: 'Retry transient errors in place (errors.retry.timeout for Connect); for permanent errors stop the task (errors.tolerance=none) and alert, or park the key with its later records in the application.',
    messages: {
      sentAsideState:
        '{{what}} on a flow that needs {{ordering}} order and applies state: a failed record is sent aside and the next record of its {{unit}} is applied first; a replay would write old state over new',
      skippedState:
        '{{what}} on a flow that needs {{ordering}} order and applies state: a failed record is skipped and the next record of its {{unit}} is applied first; a replay would write old state over new',
      sentAside: '{{what}} on a flow that needs {{ordering}} order: a failed record is sent aside and the next record of its {{unit}} is applied first',
      skipped: '{{what}} on a flow that needs {{ordering}} order: a failed record is skipped and the next record of its {{unit}} is applied first',
    },
    kinds: ['connect', 'streams', 'consumer', 'client'],
  },
  check(ctx) {
    const ordering = ctx.intent.ordering;
    if (ordering !== 'per-key' && ordering !== 'global') return [];
    const dlt = DEAD_LETTER_SETTINGS.map((n) => ctx.explicit(n)).find((e) => e !== undefined && e.value.trim() !== '');
    const skips = ctx.explicit('errors.tolerance')?.value.trim() === 'all';
    if (!dlt && !skips) return [];
    const state = ctx.intent.buildsState === true || ordering === 'global';
    const what = dlt ? `${dlt.key}=${dlt.value}` : 'errors.tolerance=all';
    const messageId = dlt ? (state ? ('sentAsideState' as const) : ('sentAside' as const)) : state ? ('skippedState' as const) : ('skipped' as const);
    return [{ messageId, data: { what, ordering, unit: ordering === 'global' ? 'stream' : 'key' }, setting: dlt ? dlt.name : 'errors.tolerance', severity: state ? 'error' : 'warning' }];
  },
});
