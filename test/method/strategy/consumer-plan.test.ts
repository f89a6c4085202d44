import { describe, expect, it } from 'vitest';
import { planConsumers } from '../../../src/method/strategy/consumer-plan.js';
import { flowFacts } from '../helpers.js';

describe('planConsumers', () => {
  it.each([
    {
      name: 'light work fits one consumer per instance',
      flow: { key: 'id', throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 5, p99: 20 }, max_instances: 6 } },
      mode: 'one-member-per-instance',
      instances: 1,
      handlers: 1,
    },
    {
      name: 'more handlers than instances but few per instance: consumer threads',
      flow: { key: 'user_id', throughput: { peak_per_second: 60000, growth_factor: 2 }, processing: { per_message_ms: { p50: 0.5, p99: 4 }, max_instances: 48 } },
      mode: 'several-members-per-instance',
      instances: 48,
      handlers: 3,
    },
    {
      name: 'slow keyed work beyond threads: key-ordered parallel processing',
      flow: { key: 'order_id', ordering: 'per-key' as const, throughput: { peak_per_second: 3000 }, processing: { per_message_ms: { p50: 150, p99: 1200 }, max_instances: 12 } },
      mode: 'key-ordered-parallel',
      instances: 12,
      handlers: 70,
    },
    {
      name: 'slow unordered work: unordered parallel processing',
      flow: { ordering: 'none' as const, throughput: { peak_per_second: 200 }, processing: { per_message_ms: { p50: 120, p99: 900 }, max_instances: 4 } },
      mode: 'unordered-parallel',
      instances: 4,
      handlers: 11,
    },
    {
      name: 'a rate limit caps the target rate and calls for in-flight concurrency',
      flow: { key: 'user_id', throughput: { peak_per_second: 400 }, processing: { per_message_ms: { p50: 50, p99: 2000 }, max_instances: 6, external_rate_limit_per_second: 100 } },
      mode: 'key-ordered-parallel',
      instances: 6,
      handlers: 4,
    },
    {
      name: 'global order: one consumer',
      flow: { ordering: 'global' as const, throughput: { peak_per_second: 8000 }, processing: { per_message_ms: { p50: 0.2, p99: 1 }, max_instances: 1 } },
      mode: 'single-consumer',
      instances: 1,
      handlers: 1,
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

describe('scale out or parallelism inside a consumer', () => {
  // 3000/s x 20 ms = 60 busy, / 0.8 = 75 handlers (p50 = p99: mean 20 ms).
  const busy = (extra: object) => ({ key: 'order_id', ordering: 'per-key' as const, throughput: { peak_per_second: 3000 }, processing: { per_message_ms: { p50: 20, p99: 20 }, ...extra } });
  it.each([
    {
      name: 'no max_instances: 10 instances x 8 key-ordered handlers, not 75 single consumers',
      flow: busy({}),
      mode: 'key-ordered-parallel',
      instances: 10,
      members: 1,
      handlers: 8,
      rejected: /75 instances, one consumer each/,
    },
    {
      name: 'max_instances 80 allows scaling out: 75 single consumers, in-process shown',
      flow: busy({ max_instances: 80 }),
      mode: 'one-member-per-instance',
      instances: 75,
      members: 1,
      handlers: 1,
      rejected: /10 instance\(s\) x 8 handlers/,
    },
    { name: 'no max, unordered: a worker pool', flow: { ...busy({}), ordering: 'none' as const }, mode: 'unordered-parallel', instances: 10, members: 1, handlers: 8, rejected: /75 instances/ },
    {
      name: 'few handlers: single consumers',
      flow: { throughput: { peak_per_second: 100 }, processing: { per_message_ms: { p50: 20, p99: 20 } } },
      mode: 'one-member-per-instance',
      instances: 3,
      members: 1,
      handlers: 1,
      rejected: /parallel/,
    },
  ])('$name', ({ flow, mode, instances, members, handlers, rejected }) => {
    const plan = planConsumers(flowFacts(flow));
    expect([plan.mode, plan.instances, plan.membersPerInstance, plan.handlersPerInstance]).toEqual([mode, instances, members, handlers]);
    expect(
      plan.alternatives
        .filter((a) => !a.chosen)
        .map((a) => a.option)
        .join('\n'),
    ).toMatch(rejected);
  });

  it('asks how many instances and whether the work is CPU-bound when it chose in-process parallelism', () => {
    expect(planConsumers(flowFacts(busy({}))).questions.join(' ')).toMatch(/max_instances.*CPU-bound/);
    expect(planConsumers(flowFacts(busy({ max_instances: 80 }))).questions).toEqual([]);
  });

  it('a transactional processor scales by members, each with its own producer, never by handlers inside one', () => {
    const plan = planConsumers(flowFacts(busy({ max_instances: 25 })), { transactional: true });
    expect([plan.mode, plan.instances, plan.membersPerInstance, plan.handlersPerInstance]).toEqual(['several-members-per-instance', 25, 3, 3]);
    expect(plan.why).toMatch(/own transactional producer/);
  });

  it('every-instance: each instance carries the whole rate alone, more instances add copies not capacity', () => {
    const plan = planConsumers(flowFacts({ ...busy({ max_instances: 4 }), consumption: 'every-instance' }));
    expect([plan.assignment, plan.instances, plan.membersPerInstance, plan.handlersPerInstance]).toEqual(['every-instance', 4, 1, 75]);
    expect(plan.capacityPerSecond).toBeCloseTo(75 * 50);
  });
});
