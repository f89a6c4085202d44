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
});
