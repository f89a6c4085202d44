import { configRule } from '../../engine.js';
import { docRef, TOPIC_LEVEL_KINDS } from '../support.js';

/** Flushing more often than this trades throughput for a durability replication already gives. */
const FREQUENT = 1000;
const FLUSH = { broker: ['log.flush.interval.messages', 'log.flush.interval.ms'], topic: ['flush.messages', 'flush.ms'] } as const;

export const forcedFlush = configRule({
  meta: {
    id: 'durability/forced-flush',
    severity: 'warning',
    summary: 'Forced fsync every few messages or milliseconds.',
    why: 'Kafka gets durability from replication and leaves flushing to the OS; forcing fsync this often multiplies disk I/O and latency for little extra safety.',
    refs: [docRef('topic', 'flush.messages'), docRef('broker', 'log.flush.interval.messages')],
    fix: 'Remove the flush settings and rely on replication (acks=all, min.insync.replicas 2).',
    messages: {
      forcesAnFsyncThat: '{{n}}={{number}} forces an fsync that often',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    const names = ctx.config.kind === 'broker' ? FLUSH.broker : FLUSH.topic;
    return names.filter((n) => ctx.explicit(n) && ctx.number(n) > 0 && ctx.number(n) < FREQUENT).map((n) => ({ messageId: 'forcesAnFsyncThat', data: { n, number: ctx.number(n) }, setting: n }));
  },
});
