// The proof that verify shows the difference that matters: under slow acks a non-idempotent
// producer with retries writes duplicates; the idempotent one does not. And that a run always
// ends: a workload that stalls or freezes is stopped within its phase's limits and reported
// inconclusive, with no broker or workload process left behind.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runVerify, type VerifyInput } from '../../src/cluster/verify-runner.js';
import { planKafkajs } from '../../src/method/verify/kafkajs-plan.js';
import { longestRunMs, verifyLimits } from '../../src/method/verify/limits.js';
import { brokerBuilt } from './broker-available.js';

const common = { 'request.timeout.ms': '1000', 'delivery.timeout.ms': '30000', acks: 'all' };
const input = (producer: Record<string, string>, faults: VerifyInput['faults'] = ['slow-acks']): VerifyInput => ({
  settings: { producer: { ...common, ...producer }, consumer: { 'session.timeout.ms': '10000', 'heartbeat.interval.ms': '2000' }, kafkaVersion: '3.9', library: 'kafka-clients', messageBytes: 200 },
  topic: { name: 'orders', partitions: 3 },
  groupId: 'orders-worker',
  promise: { delivery: 'exactly-once', ordering: 'per-key' },
  messages: 3000,
  faults,
});

/** The runner's own bound on a run (every phase's deadline) plus the broker's start: a test waits that long, never a guess. */
const bound = (i: VerifyInput): number => longestRunMs(verifyLimits(planKafkajs(i.settings, { localBroker: true, messages: i.messages, partitions: i.topic.partitions }), i.messages)) + 30_000;

/** Processes this test process started that are still running (ps itself aside). */
function children(): string[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/\sps$/.test(l));
}

const idempotent = input({ 'enable.idempotence': 'true' });
const allFaults = input({ 'enable.idempotence': 'true' }, ['leader-change', 'broker-down', 'slow-acks', 'request-errors']);
// Short retries (delivery.timeout.ms 4000 -> 2 retries of 1 s + 1 s backoff) keep the producing phase's no-progress window short.
// Its promise is one the faults cannot break (a 1 s request timeout on a loaded machine may reorder), so only the stop decides the verdict.
const stalling = { ...input({ 'enable.idempotence': 'false', 'delivery.timeout.ms': '4000' }, []), promise: { delivery: 'at-least-once', ordering: 'none' } } satisfies VerifyInput;

describe.runIf(brokerBuilt)('verify under faults (integration)', () => {
  it(
    'catches duplicates from a non-idempotent producer with retries',
    async () => {
      const run = await runVerify(input({ 'enable.idempotence': 'false', retries: '5', 'max.in.flight.requests.per.connection': '5' }));
      expect(run.drainTimedOut).toBe(false);
      expect(run.faults.filter((f) => f.fault === 'slow-acks' && !f.error)).toHaveLength(3);
      expect(run.outcome.lost).toBe(0);
      expect(run.outcome.duplicates).toBeGreaterThan(0);
      expect(run.verdict.status).toBe('broken');
      expect(run.verdict.broken.join('\n')).toMatch(/written more than once/);
    },
    bound(input({})),
  );

  it(
    'reports no duplicates and no reordering for the idempotent producer',
    async () => {
      const run = await runVerify(idempotent);
      expect(run.drainTimedOut).toBe(false);
      expect(run.outcome).toMatchObject({ sent: 3000, acked: 3000, delivered: 3000, lost: 0, duplicates: 0, reordered: 0 });
      expect(run.verdict.status).toBe('kept');
    },
    bound(idempotent),
  );

  // Bounded by progress: the drain replaces a stalled consumer for as long as replacements bring
  // records, and the test waits for the runner's own bound, so a slow machine makes it slower, not red.
  it(
    'keeps the idempotent producer whole under all four faults at once',
    async () => {
      const run = await runVerify(allFaults);
      expect(run.faults.filter((f) => f.error)).toEqual([]);
      expect(run.faults.map((f) => f.fault)).toEqual(expect.arrayContaining(['leader-change', 'broker-down', 'slow-acks', 'request-errors']));
      expect(run.stopped).toBeUndefined();
      expect(run.drainTimedOut).toBe(false);
      expect(run.outcome).toMatchObject({ acked: 3000, delivered: 3000, lost: 0, duplicates: 0, reordered: 0 });
      expect(run.verdict.status).toBe('kept');
    },
    bound(allFaults),
  );

  it(
    'ends a run whose broker is killed and never restarted: inconclusive, within its bound, nothing left running',
    async () => {
      const t0 = Date.now();
      const run = await runVerify({ ...stalling, sabotage: { brokerKilledAt: 0.3 } });
      expect(run.verdict.status).toBe('inconclusive');
      expect(run.verdict.broken).toEqual([]);
      expect(run.verdict.inconclusive.join('\n')).toMatch(/cannot tell lost from unread/);
      // The broker may die after the last acknowledgement on a fast machine: what matters is what was never read.
      expect(run.outcome.delivered).toBeLessThan(run.outcome.acked);
      expect(Date.now() - t0).toBeLessThan(bound(stalling));
      expect(children()).toEqual([]);
    },
    bound(stalling),
  );

  it(
    'kills a workload whose event loop spins, while this process stays responsive',
    async () => {
      const limits = verifyLimits(planKafkajs(stalling.settings, { localBroker: true, messages: 3000, partitions: 3 }), 3000);
      let worstLag = 0;
      let last = Date.now();
      const tick = setInterval(() => {
        const now = Date.now();
        worstLag = Math.max(worstLag, now - last - 100);
        last = now;
      }, 100);
      try {
        const t0 = Date.now();
        const run = await runVerify({ ...stalling, sabotage: { freezeAt: 0.5 } });
        // Stopped once the producing phase's no-progress window ran out: not before, not long after.
        expect(run.stopped).toMatchObject({ phase: 'producing', reason: expect.stringMatching(/^no progress for \d+\.\d s$/) });
        expect(run.stopped!.afterMs).toBeGreaterThanOrEqual(limits.producing.stallMs);
        expect(Date.now() - t0).toBeLessThan(limits.connecting.deadlineMs + limits.producing.deadlineMs + 30_000);
        expect(run.verdict.status).toBe('inconclusive');
        // What the workload streamed before it froze (up to its last report, a quarter second before) is kept.
        expect(run.outcome.sent).toBeGreaterThan(0);
        expect(run.outcome.sent).toBeLessThan(3000);
        expect(run.outcome.acked).toBeGreaterThan(0);
        expect(run.outcome.unanswered + run.outcome.acked + run.outcome.failedSends).toBe(run.outcome.sent);
      } finally {
        clearInterval(tick);
      }
      expect(worstLag).toBeLessThan(3000);
      expect(children()).toEqual([]);
    },
    bound(stalling),
  );
});
