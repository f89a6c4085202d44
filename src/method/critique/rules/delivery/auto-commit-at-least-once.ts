import { configRule } from '../../engine.js';
import { docRef, LIBRDKAFKA_CONFIGURATION, origin } from '../support.js';

export const autoCommitAtLeastOnce = configRule({
  meta: {
    id: 'delivery/auto-commit-at-least-once',
    severity: 'warning',
    summary: 'Auto-commit where records must not be lost.',
    why: 'Auto-commit commits on a timer, not when processing finishes. The Java client commits what poll() returned earlier, which is safe only if every record is fully processed before the next poll; handing records to other threads loses them on a crash. librdkafka stores an offset as soon as the message is handed to the application (enable.auto.offset.store=true), so a crash mid-processing skips it; kafkajs commits resolved offsets on an interval.',
    refs: [docRef('consumer', 'enable.auto.commit'), LIBRDKAFKA_CONFIGURATION],
    fix: 'Set enable.auto.commit=false and commit after processing (commitSync or store offsets after processing with enable.auto.offset.store=false in librdkafka).',
    messages: {
      enableAutoCommitIsTrueBut: 'enable.auto.commit is true{{origin}} but the flow asks for at-least-once{{detail}}: a crash can commit records that were never processed',
      sideEffectSkipped:
        'enable.auto.commit is true{{origin}} but the handler has a side effect ({{effect}}) that must happen for every record{{detail}}: a crash can commit records that were never processed, so a {{effect}} is silently skipped',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const effect = ctx.intent.delivery !== 'at-most-once' ? ctx.intent.externalSideEffect : undefined;
    if ((ctx.intent.delivery !== 'at-least-once' && !effect) || ctx.bool('enable.auto.commit') !== true) return [];
    const librdkafkaEarlyStore = ctx.family === 'librdkafka' && ctx.value('enable.auto.offset.store') !== 'false';
    const detail = librdkafkaEarlyStore ? ', and librdkafka stores each offset before processing (enable.auto.offset.store=true)' : '';
    return [
      {
        ...(effect
          ? { messageId: 'sideEffectSkipped', data: { origin: origin(ctx, 'enable.auto.commit'), effect, detail } }
          : { messageId: 'enableAutoCommitIsTrueBut', data: { origin: origin(ctx, 'enable.auto.commit'), detail } }),
        setting: 'enable.auto.commit',
        severity: librdkafkaEarlyStore || effect ? 'error' : 'warning',
      },
    ];
  },
});
