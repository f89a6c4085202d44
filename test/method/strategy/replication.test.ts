import { describe, expect, it } from 'vitest';
import { decideReplication } from '../../../src/method/strategy/replication.js';
import { facts } from '../helpers.js';

describe('decideReplication', () => {
  it.each([
    [1, 'development', 1, 1],
    [2, 'production', 2, 1],
    [3, 'production', 3, 2],
    [9, 'production', 3, 2],
  ] as const)('%i broker(s) in %s -> RF %i, min ISR %i', (brokers, environment, rf, minIsr) => {
    const r = decideReplication(facts({}, { environment, cluster: { kafka_version: '3.9', brokers } }));
    expect(r.replicationFactor).toBe(rf);
    expect(r.minInsyncReplicas).toBe(minIsr);
    expect(r.minInsyncReplicas).toBeLessThanOrEqual(r.replicationFactor);
  });

  it('follows the platform where it fixes replication', () => {
    const r = decideReplication(facts({}, { cluster: { brokers: 1, platform: 'confluent-cloud' } }));
    expect(r.replicationFactor).toBe(3);
  });

  it('on Confluent Cloud, says what priority cost would have saved for at-most-once data', () => {
    const f = facts({ delivery: 'at-most-once' }, { priority: 'cost', cluster: { kafka_version: '3.9', brokers: 3, platform: 'confluent-cloud' } });
    const r = decideReplication(f, f.flows[0]);
    expect([r.replicationFactor, r.why]).toEqual([
      3,
      'Confluent Cloud fixes the replication factor at 3. Priority cost would take 2 replicas for this at-most-once flow, but the platform does not allow it.',
    ]);
  });

  it.each([
    // Express fixes RF 3 / min ISR 2 even where priority cost would take 2 for at-most-once data.
    ['express.m7g.large', 3, 2, /Express broker.*does not allow it/],
    // Standard brokers leave it to the design: RF 2 for at-most-once data under priority cost.
    ['kafka.m7g.large', 2, 1, /Priority cost/],
  ] as const)('on MSK %s with priority cost, an at-most-once flow gets RF %i / min ISR %i', (brokerType, rf, isr, why) => {
    const f = facts({ delivery: 'at-most-once' }, { priority: 'cost', cluster: { kafka_version: '3.9', brokers: 3, platform: 'msk', broker_type: brokerType } });
    const r = decideReplication(f, f.flows[0]);
    expect([r.replicationFactor, r.minInsyncReplicas]).toEqual([rf, isr]);
    expect(r.why).toMatch(why);
  });
});
