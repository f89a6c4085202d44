import { describe, expect, it } from 'vitest';
import { planGeneration } from '../../../src/method/generate/plan.js';
import { ALL_DESIGNS, notificationDesign, paymentsDesign, telemetryDesign } from './fixtures.js';

describe('generation plan', () => {
  it('pairs a read-process-write consumer with the transactional producer of the next flow', () => {
    const plan = planGeneration(paymentsDesign);
    expect(plan.producers.map((p) => p.flow)).toEqual(['payment-requests']);
    const processor = plan.consumers.find((c) => c.flow === 'payment-requests')!;
    expect(processor.commit).toBe('transaction');
    expect(processor.output).toMatchObject({ flow: 'payment-results', topic: 'payments.payment-results' });
    const ledger = plan.consumers.find((c) => c.flow === 'payment-results')!;
    expect(ledger).toMatchObject({ commit: 'after-processing', idempotent: true, output: null, delivery: 'exactly-once' });
  });

  it('commits before processing at-most-once, after processing otherwise, and never leaves auto-commit on', () => {
    const gauges = planGeneration(telemetryDesign).consumers[0]!;
    expect(gauges.commit).toBe('before-processing');
    const notifications = planGeneration(notificationDesign).consumers[0]!;
    expect(notifications.commit).toBe('after-processing');
    const autoCommitOn = { ...notificationDesign, consumers: notificationDesign.consumers.map((c) => ({ ...c, config: { ...c.config, 'enable.auto.commit': 'true' } })) };
    expect(planGeneration(autoCommitOn).consumers[0]!.settings.find((s) => s.name === 'enable.auto.commit')).toMatchObject({ value: 'false' });
  });

  it('finds side topics, the batch size and the per-instance rate', () => {
    const c = planGeneration(notificationDesign).consumers[0]!;
    expect(c).toMatchObject({ deadLetterTopic: 'notification-service.notifications.dlt', pendingTopic: null, batchSize: 50, rateLimitPerSecond: 100, idempotent: true });
    const scenario = ALL_DESIGNS.find((d) => d.name === 'notification-service' && d.patterns.some((p) => p.id === 'key-ordered-parallel-processing'))!;
    const plan = planGeneration(scenario);
    // "a token bucket of 100/s shared by the 6 instances (16.7/s each)": one instance keeps to its share.
    expect(plan.consumers[0]!.rateLimitPerSecond).toBe(16.7);
    expect(plan.consumers[0]!.parallel).toEqual({ keyOrdered: true, handlers: 4 });
  });
});
