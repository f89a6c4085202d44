// The proof that verify shows the difference that matters: under slow acks a non-idempotent
// producer with retries writes duplicates; the idempotent one does not.
import { describe, expect, it } from 'vitest';
import { runVerify, type VerifyInput } from '../../src/cluster/verify-runner.js';
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

describe.runIf(brokerBuilt)('verify under slow acks (integration)', () => {
  it('catches duplicates from a non-idempotent producer with retries', async () => {
    const run = await runVerify(input({ 'enable.idempotence': 'false', retries: '5', 'max.in.flight.requests.per.connection': '5' }));
    expect(run.drainTimedOut).toBe(false);
    expect(run.faults.filter((f) => f.fault === 'slow-acks' && !f.error)).toHaveLength(3);
    expect(run.outcome.lost).toBe(0);
    expect(run.outcome.duplicates).toBeGreaterThan(0);
    expect(run.verdict.kept).toBe(false);
    expect(run.verdict.broken.join('\n')).toMatch(/written more than once/);
  }, 60000);

  it('reports no duplicates and no reordering for the idempotent producer', async () => {
    const run = await runVerify(input({ 'enable.idempotence': 'true' }));
    expect(run.drainTimedOut).toBe(false);
    expect(run.outcome).toMatchObject({ sent: 3000, acked: 3000, delivered: 3000, lost: 0, duplicates: 0, reordered: 0 });
    expect(run.verdict.kept).toBe(true);
  }, 60000);

  it('keeps the idempotent producer whole under all four faults at once', async () => {
    const run = await runVerify(input({ 'enable.idempotence': 'true' }, ['leader-change', 'broker-down', 'slow-acks', 'request-errors']));
    expect(run.faults.filter((f) => f.error)).toEqual([]);
    expect(run.faults.map((f) => f.fault)).toEqual(expect.arrayContaining(['leader-change', 'broker-down', 'slow-acks', 'request-errors']));
    expect(run.drainTimedOut).toBe(false);
    expect(run.outcome).toMatchObject({ acked: 3000, delivered: 3000, lost: 0, duplicates: 0, reordered: 0 });
  }, 120000);
});
