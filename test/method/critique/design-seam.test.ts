// The design command runs every rule on the configs it designs, built in code with Java names
// (no file, no format). Sensible designed configs must not raise warnings or errors.
import { describe, expect, it } from 'vitest';
import { createContext, runRules } from '../../../src/method/critique/engine.js';
import type { ConfigUnderReview } from '../../../src/method/critique/config-model.js';
import { ALL_RULES } from '../../../src/method/critique/rules/index.js';

const entries = (config: Record<string, string>) => Object.entries(config).map(([name, value]) => ({ name, key: name, value }));
const serious = (config: ConfigUnderReview, intent = {}) => runRules(ALL_RULES, createContext(config, '4.0', intent)).filter((f) => f.severity !== 'info');

describe('designed configs', () => {
  it('a producer with only acks=all and idempotence is clean for every library family', () => {
    for (const library of ['kafka-clients', 'confluent-kafka', 'kafkajs']) {
      const config = {
        kind: 'producer' as const,
        library,
        entries: entries({ acks: 'all', 'enable.idempotence': 'true', ...(library === 'kafkajs' ? { 'max.in.flight.requests.per.connection': '1' } : {}) }),
      };
      expect(serious(config, { delivery: 'at-least-once', ordering: 'per-key' }), library).toEqual([]);
    }
  });
  it('a consumer committing after processing is clean', () => {
    for (const library of ['kafka-clients', 'confluent-kafka', 'kafkajs']) {
      const config = { kind: 'consumer' as const, library, entries: entries({ 'group.id': 'g', 'enable.auto.commit': 'false', 'max.poll.records': '50', 'auto.offset.reset': 'earliest' }) };
      expect(serious(config, { delivery: 'at-least-once', processingP99Ms: 2000 }), library).toEqual([]);
    }
  });
  it('a topic with replication 3 and min ISR 2 is clean', () => {
    const config = { kind: 'topic' as const, entries: entries({ 'min.insync.replicas': '2', 'retention.ms': '604800000', 'cleanup.policy': 'delete' }) };
    expect(serious(config, { replicationFactor: 3, environment: 'production', brokers: 3 })).toEqual([]);
  });
});

describe('designed configs with deliberate choices', () => {
  it('an at-most-once producer with acks=1 and no retries is not scolded', () => {
    const config = { kind: 'producer' as const, entries: entries({ acks: '1', retries: '0', 'enable.idempotence': 'false', 'max.in.flight.requests.per.connection': '5' }) };
    expect(runRules(ALL_RULES, createContext(config, '4.0', { delivery: 'at-most-once', ordering: 'none' })).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('placeholders in designed configs are not reported', () => {
    const config = { kind: 'consumer' as const, entries: entries({ 'group.id': 'g', 'client.rack': '${RACK}', 'enable.auto.commit': 'false' }) };
    expect(runRules(ALL_RULES, createContext(config, '4.0', {})).map((f) => f.rule)).not.toContain('config/placeholder-value');
  });
});
