import { configRule } from '../../engine.js';
import { pollLoopFacts } from '../../../../knowledge/poll-loop.js';
import { docRef } from '../support.js';
import { fmtConfigMs } from '../../../../model/units.js';

/** Above this share of the liveness deadline a slow batch or a GC pause tips the consumer out of the group. */
const HEADROOM = 0.8;

export const pollBatchExceedsInterval = configRule({
  meta: {
    id: 'group/poll-batch-exceeds-interval',
    severity: 'error',
    summary: 'The work between two polls (kafkajs: two heartbeats) takes longer than the group allows.',
    why: 'If the next poll() does not come within max.poll.interval.ms (kafkajs: the next heartbeat within sessionTimeout) the consumer leaves the group; its partitions move, the batch is processed again elsewhere, and the same thing repeats: endless rebalances and duplicates.',
    refs: [docRef('consumer', 'max.poll.records'), docRef('consumer', 'max.poll.interval.ms')],
    fix: "Take fewer records per poll (max.poll.records, or the N the application asks for in librdkafka's consume call) so that records x p99 processing time stays well under max.poll.interval.ms, or raise max.poll.interval.ms.",
    messages: {
      recordsXMsPer: '{{records}} records{{batchName}} x {{perRecord}} ms = {{batch}} per poll batch {{detail}} {{limitName}} {{interval}}',
      messageVsSession: '{{story}}: one record at p99 {{perRecord}} {{detail}} {{limitName}} {{session}}',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const perRecord = ctx.intent.processingP99Ms;
    if (perRecord === undefined) return [];
    const loop = pollLoopFacts(ctx.family, ctx.library, ctx.kafkaVersion);
    if (loop.liveness.unit === 'message') {
      const session = ctx.number('session.timeout.ms');
      if (!Number.isFinite(session) || perRecord <= session * HEADROOM) return [];
      return [
        {
          messageId: 'messageVsSession',
          data: {
            story: loop.liveness.story,
            perRecord: fmtConfigMs(perRecord),
            detail: perRecord > session ? '>' : 'is within 20% of',
            limitName: loop.liveness.dialect ?? 'session.timeout.ms',
            session: fmtConfigMs(session),
          },
          setting: 'session.timeout.ms',
          severity: perRecord > session ? 'error' : 'warning',
          fix: `Raise ${loop.liveness.dialect} above ${fmtConfigMs(Math.ceil(perRecord * 2))}, or call heartbeat() inside long work (eachBatch).`,
        },
      ];
    }
    if (loop.liveness.unit !== 'batch') return [];
    const stated = ctx.intent.batchRecords;
    const records = stated ?? (loop.batch.setting ? ctx.number(loop.batch.setting) : loop.batch.default);
    const interval = ctx.number('max.poll.interval.ms');
    if (records === null || !Number.isFinite(records) || !Number.isFinite(interval)) return [];
    const batch = records * perRecord;
    if (batch <= interval * HEADROOM) return [];
    const over = batch > interval;
    const safe = Math.max(1, Math.floor((interval * 0.5) / perRecord));
    const batchName = loop.batch.dialect ?? 'max.poll.records';
    const limitName = loop.liveness.dialect ?? 'max.poll.interval.ms';
    return [
      {
        messageId: 'recordsXMsPer',
        data: {
          records,
          batchName: loop.batch.setting && stated === undefined ? '' : ` (${batchName})`,
          perRecord,
          batch: fmtConfigMs(batch),
          detail: over ? '>' : 'is within 20% of',
          limitName,
          interval: fmtConfigMs(interval),
        },
        setting: loop.batch.setting && ctx.explicit(loop.batch.setting) ? loop.batch.setting : 'max.poll.interval.ms',
        severity: over ? 'error' : 'warning',
        // Where the batch is the application's call argument and nobody said it, the count is assumed.
        dependsOn: ['batchRecords'],
        fix: `Take ${safe} records or fewer per poll (${batchName}; half of ${limitName} at ${perRecord} ms per record), or raise ${limitName} above ${fmtConfigMs(Math.ceil(batch * 2))}.`,
      },
    ];
  },
});
