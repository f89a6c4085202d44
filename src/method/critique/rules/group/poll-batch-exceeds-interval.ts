import { configRule } from '../../engine.js';
import { docRef, ms } from '../support.js';

/** Above this share of max.poll.interval.ms a slow batch or a GC pause tips the consumer out of the group. */
const HEADROOM = 0.8;

export const pollBatchExceedsInterval = configRule({
  meta: {
    id: 'group/poll-batch-exceeds-interval',
    severity: 'error',
    summary: 'A full poll batch takes longer to process than max.poll.interval.ms allows.',
    why: 'If the next poll() does not come within max.poll.interval.ms the consumer leaves the group; its partitions move, the batch is processed again elsewhere, and the same thing repeats: endless rebalances and duplicates.',
    fix: 'Lower max.poll.records so that records x p99 processing time stays well under max.poll.interval.ms, or raise max.poll.interval.ms.',
    refs: [docRef('consumer', 'max.poll.records'), docRef('consumer', 'max.poll.interval.ms')],
    kinds: ['consumer'],
    messages: {
      recordsXMsPer: '{{records}} records x {{perRecord}} ms = {{batch}} per poll batch {{detail}} max.poll.interval.ms {{interval}}',
    },
  },
  check(ctx) {
    const perRecord = ctx.intent.processingP99Ms;
    // librdkafka hands out one message per poll; kafkajs has no poll interval (it heartbeats instead).
    if (ctx.family === 'kafkajs') return [];
    const records = ctx.family === 'librdkafka' ? 1 : ctx.number('max.poll.records');
    const interval = ctx.number('max.poll.interval.ms');
    if (perRecord === undefined || !Number.isFinite(records) || !Number.isFinite(interval)) return [];
    const batch = records * perRecord;
    if (batch <= interval * HEADROOM) return [];
    const over = batch > interval;
    const safe = Math.max(1, Math.floor((interval * 0.5) / perRecord));
    return [{
      messageId: 'recordsXMsPer', data: { records, perRecord, batch: ms(batch), detail: over ? '>' : 'is within 20% of', interval: ms(interval) },
      setting: ctx.explicit('max.poll.records') ? 'max.poll.records' : 'max.poll.interval.ms',
      severity: over ? 'error' : 'warning',
      fix: `Set max.poll.records to ${safe} or less (half of max.poll.interval.ms at ${perRecord} ms per record), or raise max.poll.interval.ms above ${ms(Math.ceil(batch * 2))}.`,
    }];
  },
});
