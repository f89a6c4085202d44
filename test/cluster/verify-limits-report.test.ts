// How long each verify phase may go without progress (from the run's own settings), and how an
// inconclusive run reads: INCONCLUSIVE in the headline, the verdict and the agent's summary, with
// missing records counted as unread, never as lost.
import { describe, expect, it } from 'vitest';
import { analyze, judge, type SentRecord } from '../../src/method/verify/analyze.js';
import { planKafkajs, type ClientSettings } from '../../src/method/verify/kafkajs-plan.js';
import { longestRunMs, verifyLimits, VERIFY_PHASES } from '../../src/method/verify/limits.js';
import { renderVerify, verifySummary, type VerifyRun } from '../../src/method/verify/report.js';

const settings = (producer: Record<string, string>): ClientSettings => ({ producer, consumer: {}, kafkaVersion: '3.9', library: 'kafka-clients', messageBytes: 100 });
const TARGET = { localBroker: true, messages: 3000, partitions: 3 };

describe('verifyLimits', () => {
  it("gives the producing phase one send's full retries (two for a send and its commit) before calling it stalled", () => {
    // delivery.timeout.ms 4000 / (1000 + 1000) -> 2 retries: 3 attempts x 2 s = 6 s.
    const plain = verifyLimits(planKafkajs(settings({ 'enable.idempotence': 'false', 'request.timeout.ms': '1000', 'delivery.timeout.ms': '4000' }), TARGET), 3000);
    expect(plain.producing.stallMs).toBe(6_000 + 15_000);
    expect(plain.producing.why).toContain('3 attempts x (1000 ms request timeout + 1000 ms backoff) = 6 s');
    const transactional = verifyLimits(planKafkajs(settings({ 'enable.idempotence': 'true', 'request.timeout.ms': '1000', 'delivery.timeout.ms': '4000' }), TARGET), 3000);
    expect(transactional.producing.stallMs).toBe(2 * 6_000 + 15_000);
  });

  it('grows the deadlines with the records, not the no-progress windows', () => {
    const plan = planKafkajs(settings({}), TARGET);
    const small = verifyLimits(plan, 1000),
      large = verifyLimits(plan, 50_000);
    expect(large.producing.stallMs).toBe(small.producing.stallMs);
    expect(large.draining.stallMs).toBe(small.draining.stallMs);
    expect(large.producing.deadlineMs - small.producing.deadlineMs).toBe((49_000 / 20) * 1000);
    for (const phase of VERIFY_PHASES) expect(small[phase].deadlineMs).toBeGreaterThanOrEqual(small[phase].stallMs);
    expect(longestRunMs(small)).toBe(VERIFY_PHASES.reduce((t, p) => t + small[p].deadlineMs, 0));
  });
});

describe('an inconclusive run', () => {
  const sent: SentRecord[] = [
    { key: 'k0', seq: 0, sentAt: 0, acked: true },
    { key: 'k0', seq: 1, sentAt: 0, acked: true },
    { key: 'k1', seq: 0, sentAt: 0, acked: false, unanswered: true },
    { key: 'k1', seq: 1, sentAt: 0, acked: false },
  ];
  const outcome = analyze(sent, [{ key: 'k0', seq: 0, partition: 0, offset: 0, sentAt: 0, receivedAt: 5 }], 100);
  const plan = planKafkajs(settings({}), TARGET);
  const run: VerifyRun = {
    target: 'local broker (3 brokers, librdkafka mock)',
    topic: { name: 'orders', partitions: 3 },
    messages: 10,
    keys: 2,
    promise: { delivery: 'at-least-once', ordering: 'per-key' },
    plan,
    faults: [],
    outcome,
    verdict: judge(outcome, { delivery: 'at-least-once', ordering: 'per-key' }, 'the run was stopped while producing (no progress for 21.0 s)'),
    drainTimedOut: true,
    consumerRestarts: 0,
    stopped: { phase: 'producing', afterMs: 21_000, reason: 'no progress for 21.0 s', limits: verifyLimits(plan, 10).producing.why },
    durationMs: 25_000,
  };

  it('tells unanswered sends from failed ones', () => {
    expect(outcome).toMatchObject({ sent: 4, acked: 2, delivered: 1, lost: 1, unanswered: 1, failedSends: 1 });
  });

  it('is headlined INCONCLUSIVE, says where it stopped and counts nothing as lost', () => {
    const text = renderVerify(run, 'text');
    expect(text.split('\n')[0]).toBe('verify: INCONCLUSIVE');
    expect(text).toContain('stopped while producing after 21.0 s: no progress for 21.0 s (limits: no acknowledgement or delivery for');
    expect(text).toContain('acknowledged, not read (lost or unread: the run did not finish reading): 1');
    expect(text).toContain('sent, unanswered when the run was stopped: 1');
    expect(text).not.toMatch(/^\s*lost \(/m);
    expect(renderVerify(run, 'markdown').split('\n')[0]).toBe('## verify: INCONCLUSIVE');
  });

  it('is summarised for an agent as INCONCLUSIVE with the reason, and the missing records as unread', () => {
    const summary = verifySummary('orders', run);
    expect(summary).toMatch(/^orders: INCONCLUSIVE: 2 acked, 1 delivered, 1 acknowledged but not read \(lost or unread: cannot tell\)/);
    expect(summary).toContain('stopped while producing');
    expect(summary).not.toMatch(/\d+ lost/);
  });
});
