import { describe, expect, it } from 'vitest';
import { perRecordForBatches, planBatches } from '../../../src/method/strategy/batch-plan.js';
import { flowFacts } from '../helpers.js';

describe('batch plan', () => {
  it('is only made for sinks that write batches', () => {
    expect(planBatches(flowFacts({ processing: { side_effects: 'database' } }))).toBeNull();
    expect(planBatches(flowFacts({ processing: { batch_writes: false } }))).toBeNull();
  });

  it.each([
    // latency budget, peak/s -> records per batch (half the budget to fill, at most 2000)
    [1000, 100, 50],
    [200, 1000, 100],
    [5000, 2000, 2000],
    [100, 5, 1],
  ])('budget %i ms at %i/s -> %i records', (budget, peak, records) => {
    const b = planBatches(flowFacts({ latency: { end_to_end_p99_ms: budget }, throughput: { peak_per_second: peak }, processing: { batch_writes: true } }))!;
    expect(b.recordsPerBatch).toBe(records);
    expect(b.fillMs).toBe(budget / 2);
    expect(b.why).toContain(`${records} records per batch`);
  });

  it('assumes a budget when none is stated, and says so', () => {
    const b = planBatches(flowFacts({ throughput: { peak_per_second: 100 }, processing: { batch_writes: true } }))!;
    expect(b.why).toMatch(/no latency budget stated/);
  });

  it('coalesces to the last write per key only for keyed, ordered flows', () => {
    expect(planBatches(flowFacts({ key: 'id', processing: { batch_writes: true } }))!.coalesceByKey).toBe(true);
    expect(planBatches(flowFacts({ ordering: 'none', processing: { batch_writes: true } }))!.coalesceByKey).toBe(false);
  });

  it('sizes consumers by batch: the call time is spread over the batch', () => {
    const flow = flowFacts({ latency: { end_to_end_p99_ms: 1000 }, throughput: { peak_per_second: 100 }, processing: { batch_writes: true, per_message_ms: { p50: 50, p99: 200 } } });
    const perRecord = perRecordForBatches(flow, planBatches(flow)!);
    expect(perRecord.processing.p50Ms).toBe(1);
    expect(perRecord.processing.p99Ms).toBe(4);
  });
});
