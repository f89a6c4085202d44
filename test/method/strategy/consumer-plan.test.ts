import { describe, expect, it } from 'vitest';
import { planConsumers } from '../../../src/method/strategy/consumer-plan.js';
import { flowFacts } from '../helpers.js';

describe('planConsumers', () => {
  it.each([
    {
      name: 'light work fits one consumer per instance',
      flow: { key: 'id', throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 5, p99: 20 }, max_instances: 6 } },
      mode: 'one-member-per-instance', instances: 1, handlers: 1,
    },
    {
      name: 'more handlers than instances but few per instance: consumer threads',
      flow: { key: 'user_id', throughput: { peak_per_second: 60000, growth_factor: 2 }, processing: { per_message_ms: { p50: 0.5, p99: 4 }, max_instances: 48 } },
      mode: 'several-members-per-instance', instances: 48, handlers: 3,
    },
    {
      name: 'slow keyed work beyond threads: key-ordered parallel processing',
      flow: { key: 'order_id', ordering: 'per-key' as const, throughput: { peak_per_second: 3000 }, processing: { per_message_ms: { p50: 150, p99: 1200 }, max_instances: 12 } },
      mode: 'key-ordered-parallel', instances: 12, handlers: 70,
    },
    {
      name: 'slow unordered work: unordered parallel processing',
      flow: { ordering: 'none' as const, throughput: { peak_per_second: 200 }, processing: { per_message_ms: { p50: 120, p99: 900 }, max_instances: 4 } },
      mode: 'unordered-parallel', instances: 4, handlers: 11,
    },
    {
      name: 'a rate limit caps the target rate and calls for in-flight concurrency',
      flow: { key: 'user_id', throughput: { peak_per_second: 400 }, processing: { per_message_ms: { p50: 50, p99: 2000 }, max_instances: 6, external_rate_limit_per_second: 100 } },
      mode: 'key-ordered-parallel', instances: 6, handlers: 4,
    },
    {
      name: 'global order: one consumer',
      flow: { ordering: 'global' as const, throughput: { peak_per_second: 8000 }, processing: { per_message_ms: { p50: 0.2, p99: 1 }, max_instances: 1 } },
      mode: 'single-consumer', instances: 1, handlers: 1,
    },
  ])('$name', ({ flow, mode, instances, handlers }) => {
    const plan = planConsumers(flowFacts(flow));
    expect(plan.mode).toBe(mode);
    expect(plan.instances).toBe(instances);
    expect(plan.handlersPerInstance).toBe(handlers);
    expect(plan.alternatives.some((a) => a.chosen)).toBe(true);
  });

  it('never plans more instances than max_instances', () => {
    for (const max of [1, 2, 5, 10]) {
      const plan = planConsumers(flowFacts({ throughput: { peak_per_second: 10000 }, processing: { per_message_ms: { p50: 10, p99: 100 }, max_instances: max } }));
      expect(plan.instances).toBeLessThanOrEqual(max);
    }
  });

  it('targets the rate limit, not the arrival rate, when the limit is lower', () => {
    const plan = planConsumers(flowFacts({ throughput: { peak_per_second: 400 }, processing: { per_message_ms: { p50: 50, p99: 2000 }, external_rate_limit_per_second: 100 } }));
    expect(plan.targetRatePerSecond).toBe(100);
    expect(plan.designRatePerSecond).toBe(400);
  });
});
