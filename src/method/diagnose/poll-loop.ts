// Poll-loop health: does one round of "poll, process the batch, poll again" fit inside the time the
// group coordinator allows? If not, the consumer is dropped mid-batch, its uncommitted batch goes to
// another member and is processed again, and the group rebalances over and over.
// Java and librdkafka consumers must call poll() within max.poll.interval.ms (heartbeats run on a
// background thread); kafkajs heartbeats between messages, so there one message must finish within
// sessionTimeout. https://kafka.apache.org/documentation/#consumerconfigs_max.poll.interval.ms
import { numericSetting, type ConsumerSettings } from './consumer-settings.js';
import { fmt } from '../strategy/decision.js';
import type { ServiceTime } from '../strategy/service-time.js';
import { duration } from './duration.js';

export type PollCheckId = 'poll/worst-batch' | 'poll/typical-batch' | 'poll/message-vs-session' | 'poll/heartbeat-vs-session';

export interface PollCheck {
  id: PollCheckId;
  ok: boolean;
  /** error: fails on every full batch; warning: fails when processing runs at its p99. */
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface PollLoopHealth {
  /** Records handed to the application per poll, when the library bounds it. */
  batchRecords: number | null;
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

export function pollLoopHealth(service: ServiceTime, consumer: ConsumerSettings): PollLoopHealth {
  const checks: PollCheck[] = [];
  const session = numericSetting(consumer, 'session.timeout.ms');
  const heartbeat = numericSetting(consumer, 'heartbeat.interval.ms');
  const sessionName = consumer.settings['session.timeout.ms'].clientName ?? 'session.timeout.ms';
  if (session !== null && heartbeat !== null) {
    const ok = heartbeat * 3 <= session;
    checks.push({
      id: 'poll/heartbeat-vs-session', ok, severity: ok ? 'info' : 'warning',
      message: `${consumer.settings['heartbeat.interval.ms'].clientName ?? 'heartbeat.interval.ms'} ${ms(heartbeat)} × 3 = ${ms(heartbeat * 3)} ${ok ? '<=' : '>'} ${sessionName} ${ms(session)}`
        + (ok ? ': at least three heartbeats fit in a session' : ': fewer than three heartbeats fit in a session, so one lost heartbeat can expire it (keep heartbeats at most a third of the session timeout)'),
    });
  }

  if (consumer.family === 'kafkajs') {
    // kafkajs has no max.poll.records: it heartbeats after every message of a batch.
    let loop = false;
    if (session !== null) {
      const ok = service.p99Ms < session;
      loop = !ok;
      checks.push({
        id: 'poll/message-vs-session', ok, severity: ok ? 'info' : 'error',
        message: `kafkajs heartbeats between messages: one message at p99 takes ${ms(service.p99Ms)} ${ok ? '<' : '>='} ${sessionName} ${ms(session)}`
          + (ok ? '' : ', so the session expires while a slow message is processed and the group rebalances'),
      });
    }
    return { batchRecords: null, worstBatchMs: null, typicalBatchMs: null, limitMs: session, limitName: sessionName, rebalanceLoopPredicted: loop, checks };
  }

  const records = numericSetting(consumer, 'max.poll.records');
  const interval = numericSetting(consumer, 'max.poll.interval.ms');
  if (records === null || interval === null) {
    return { batchRecords: records, worstBatchMs: null, typicalBatchMs: null, limitMs: interval, limitName: null, rebalanceLoopPredicted: false, checks };
  }
  const worst = records * service.p99Ms;
  const typical = records * service.meanMs;
  const typicalOk = typical <= interval;
  const worstOk = worst <= interval;
  checks.push({
    id: 'poll/typical-batch', ok: typicalOk, severity: typicalOk ? 'info' : 'error',
    message: `typical full batch: max.poll.records ${fmt(records)} × mean ${fmt(service.meanMs)} ms = ${ms(typical)} ${typicalOk ? '<=' : '>'} max.poll.interval.ms ${ms(interval)}`
      + (typicalOk ? '' : ': every full batch outlives the poll interval; while the consumer is behind, the group rebalances on every batch'),
  });
  checks.push({
    id: 'poll/worst-batch', ok: worstOk, severity: worstOk ? 'info' : 'warning',
    message: `worst-case batch: max.poll.records ${fmt(records)} × p99 ${fmt(service.p99Ms)} ms = ${ms(worst)} ${worstOk ? '<=' : '>'} max.poll.interval.ms ${ms(interval)}`
      + (worstOk ? '' : ': when processing slows to its p99 (a slow downstream slows every call), a full batch outlives the interval, the consumer is dropped mid-batch, the batch is processed again elsewhere and the group rebalances in a loop'),
  });
  return { batchRecords: records, worstBatchMs: worst, typicalBatchMs: typical, limitMs: interval, limitName: 'max.poll.interval.ms', rebalanceLoopPredicted: !worstOk, checks };
}
