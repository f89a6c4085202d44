import { describe, expect, it } from 'vitest';
import { planConsumers } from '../../../src/method/strategy/consumer-plan.js';
import { decidePartitions } from '../../../src/method/strategy/partitions.js';
import { flowFacts } from '../helpers.js';

const decide = (flow: Parameters<typeof flowFacts>[0], brokers = 3, bytes = 1000) => {
  const f = flowFacts(flow);
  return decidePartitions(f, bytes, planConsumers(f), brokers);
};

describe('decidePartitions', () => {
  it.each([
    { name: 'global order is one partition', flow: { ordering: 'global' as const, throughput: { peak_per_second: 8000 } }, partitions: 1 },
    { name: 'at least one partition per broker for leadership spread', flow: { throughput: { peak_per_second: 10 } }, partitions: 3 },
    { name: 'room for every instance the user may run', flow: { throughput: { peak_per_second: 10 }, processing: { max_instances: 8 } }, partitions: 8 },
    {
      name: 'a multiple of the instance count',
      flow: { key: 'k', throughput: { peak_per_second: 60000, growth_factor: 2 }, processing: { per_message_ms: { p50: 0.5, p99: 4 }, max_instances: 48 } },
      partitions: 144,
    },
  ])('$name', ({ flow, partitions }) => {
    expect(decide(flow).partitions).toBe(partitions);
  });

  it('sizes for the write rate: 200 MB/s needs 20 partitions at 10 MB/s each', () => {
    const d = decide({ throughput: { peak_per_second: 200_000 }, processing: { per_message_ms: { p50: 0.001, p99: 0.002 }, max_instances: 1 } }, 3, 1000);
    expect(d.partitions).toBeGreaterThanOrEqual(20);
    expect(d.why).toMatch(/200 MB\/s/);
  });

  it('caps absurd counts and says from what', () => {
    const d = decide({ throughput: { peak_per_second: 100_000 }, processing: { per_message_ms: { p50: 5, p99: 50 }, max_instances: 300 } });
    expect(d.partitions).toBe(512);
    expect(d.cappedFrom).toBeGreaterThan(512);
  });
});
