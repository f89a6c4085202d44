// Poll-loop health: does one round of "poll, process the batch, poll again" fit inside the time the
// group coordinator allows? If not, the consumer is dropped mid-batch, its uncommitted batch goes to
// another member and is processed again, and the group rebalances over and over.
// Java and librdkafka consumers must call poll() within max.poll.interval.ms (heartbeats run on a
// background thread); kafkajs heartbeats between messages, so there one message must finish within
// sessionTimeout. https://kafka.apache.org/documentation/#consumerconfigs_max.poll.interval.ms
import { numericSetting, type ConsumerSettings } from './consumer-settings.js';
import { fmt } from '../../model/units.js';
import type { ServiceTime } from '../queueing/service-time.js';
import { duration } from './duration.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';

export const POLL_CHECK_IDS = ['poll/worst-batch', 'poll/typical-batch', 'poll/message-vs-session', 'poll/heartbeat-vs-session'] as const;
export type PollCheckId = (typeof POLL_CHECK_IDS)[number];

export interface PollCheck {
  id: PollCheckId;
  ok: boolean;
  /** error: fails on every full batch; warning: fails when processing runs at its p99. */
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The assumed (not stated) inputs a failing check rests on; it is then at most a warning. */
  assumed?: string[];
  /** What to ask to settle them. */
  question?: string;
}

export interface PollLoopHealth {
  /** Records handed to the application per poll, when the library or the application bounds it. */
  batchRecords: number | null;
  /** What sets the batch in the user's library (max.poll.records, consume(num_messages=N), PollRecords(ctx, N), ...). */
  batchSetBy: string | null;
  worstBatchMs: number | null;
  typicalBatchMs: number | null;
  /** The limit the batch must stay under, and its name in the user's library. */
  limitMs: number | null;
  limitName: string | null;
  /** A rebalance loop is expected when full batches run at p99 (or, worse, at the mean). */
  rebalanceLoopPredicted: boolean;
  checks: PollCheck[];
}

const ms = (v: number) => `${fmt(v)} ms${v >= 120_000 ? ` (${duration(v / 1000)})` : v >= 1000 ? ` (${fmt(v / 1000)} s)` : ''}`;

/** `statedBatch`: the records per poll the user said they configured (a call argument where the library has no setting). */
export function pollLoopHealth(service: ServiceTime, consumer: ConsumerSettings, statedBatch?: number): PollLoopHealth {
  const checks: PollCheck[] = [];
  const session = numericSetting(consumer, 'session.timeout.ms');
  const heartbeat = numericSetting(consumer, 'heartbeat.interval.ms');
  const sessionName = consumer.settings['session.timeout.ms'].clientName ?? 'session.timeout.ms';
  if (session !== null && heartbeat !== null) {
    const ok = heartbeat * 3 <= session;
    checks.push({
      id: 'poll/heartbeat-vs-session',
      ok,
      severity: ok ? 'info' : 'warning',
      message:
        `${consumer.settings['heartbeat.interval.ms'].clientName ?? 'heartbeat.interval.ms'} ${ms(heartbeat)} × 3 = ${ms(heartbeat * 3)} ${ok ? '<=' : '>'} ${sessionName} ${ms(session)}` +
        (ok
          ? ': at least three heartbeats fit in a session'
          : ': fewer than three heartbeats fit in a session, so one lost heartbeat can expire it (keep heartbeats at most a third of the session timeout)'),
    });
  }

  const facts = pollLoopFacts(consumer.family, consumer.library, consumer.kafkaVersion);
  if (facts.liveness.unit === 'message') {
    // kafkajs heartbeats after every message of a batch: one message must fit the session.
    let loop = false;
    if (session !== null) {
      const ok = service.p99Ms < session;
      loop = !ok;
      checks.push({
        id: 'poll/message-vs-session',
        ok,
        severity: ok ? 'info' : 'error',
        message:
          `${facts.liveness.story}: one message at p99 takes ${ms(service.p99Ms)} ${ok ? '<' : '>='} ${sessionName} ${ms(session)}` +
          (ok ? '' : ', so the session expires while a slow message is processed and the group rebalances'),
      });
    }
    return {
      batchRecords: statedBatch ?? null,
      batchSetBy: facts.batch.dialect,
      worstBatchMs: null,
      typicalBatchMs: null,
      limitMs: session,
      limitName: sessionName,
      rebalanceLoopPredicted: loop,
      checks,
    };
  }

  // The batch: the setting where the library has one, else what the application asks for per call.
  const records = statedBatch ?? (facts.batch.setting ? numericSetting(consumer, facts.batch.setting) : facts.batch.default);
  const batchLabel = facts.batch.setting ? (facts.batch.dialect ?? facts.batch.setting) : `batch (${facts.batch.dialect})`;
  const interval = facts.liveness.unit === 'batch' ? numericSetting(consumer, 'max.poll.interval.ms') : null;
  const limitName = facts.liveness.unit === 'batch' ? facts.liveness.dialect : null;
  if (facts.liveness.unit === 'none') {
    checks.push({ id: 'poll/typical-batch', ok: true, severity: 'info', message: facts.liveness.story });
  }
  if (records === null || interval === null) {
    return { batchRecords: records, batchSetBy: facts.batch.dialect, worstBatchMs: null, typicalBatchMs: null, limitMs: interval, limitName, rebalanceLoopPredicted: false, checks };
  }
  const worst = records * service.p99Ms;
  const typical = records * service.meanMs;
  const typicalOk = typical <= interval;
  const worstOk = worst <= interval;
  checks.push({
    id: 'poll/typical-batch',
    ok: typicalOk,
    severity: typicalOk ? 'info' : 'error',
    message:
      `typical full batch: ${batchLabel} ${fmt(records)} × mean ${fmt(service.meanMs)} ms = ${ms(typical)} ${typicalOk ? '<=' : '>'} ${limitName} ${ms(interval)}` +
      (typicalOk ? '' : ': every full batch outlives the poll interval; while the consumer is behind, the group rebalances on every batch'),
  });
  checks.push({
    id: 'poll/worst-batch',
    ok: worstOk,
    severity: worstOk ? 'info' : 'warning',
    message:
      `worst-case batch: ${batchLabel} ${fmt(records)} × p99 ${fmt(service.p99Ms)} ms = ${ms(worst)} ${worstOk ? '<=' : '>'} ${limitName} ${ms(interval)}` +
      (worstOk
        ? ''
        : ': when processing slows to its p99 (a slow downstream slows every call), a full batch outlives the interval, the consumer is dropped mid-batch, the batch is processed again elsewhere and the group rebalances in a loop'),
  });
  return { batchRecords: records, batchSetBy: facts.batch.dialect, worstBatchMs: worst, typicalBatchMs: typical, limitMs: interval, limitName, rebalanceLoopPredicted: !worstOk, checks };
}
