import { describe, expect, it } from 'vitest';
import { planConsumers } from '../../../src/method/strategy/consumer-plan.js';
import { designConsumer } from '../../../src/method/strategy/consumer.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { facts } from '../helpers.js';

const consume = (flow: Partial<Flow>, top: Partial<Requirements> = {}, tx: { readsTransactionalInput?: boolean; commitsInTransaction?: boolean } = {}) => {
  const f = facts(flow, top);
  const fl = f.flows[0]!;
  return designConsumer({ facts: f, flow: fl, topic: 't', plan: planConsumers(fl), readsTransactionalInput: false, commitsInTransaction: false, ...tx });
};

describe('designConsumer', () => {
  it.each([
    // p99 ms, expected max.poll.records (undefined: the default 500 fits), expected max.poll.interval.ms
    [4, undefined, undefined],
    [300, undefined, undefined],
    [1200, '100', undefined],
    [2000, '50', undefined],
    [20000, '5', undefined],
    [200000, '1', '400000'],
    [400000, '1', '800000'],
  ] as const)('p99 %s ms -> max.poll.records %s, max.poll.interval.ms %s', (p99, records, interval) => {
    const c = consume({ processing: { per_message_ms: { p50: Math.min(p99, 1), p99 } } });
    expect(c.config['max.poll.records']).toBe(records);
    expect(c.config['max.poll.interval.ms']).toBe(interval);
    const n = Number(c.config['max.poll.records'] ?? 500);
    const limit = Number(c.config['max.poll.interval.ms'] ?? 300000);
    expect(n * p99).toBeLessThanOrEqual(limit);
  });

  it.each([
    ['at-most-once', 'false', undefined],
    ['at-least-once', 'false', 'earliest'],
    ['exactly-once', 'false', 'earliest'],
  ] as const)('%s: enable.auto.commit=%s, auto.offset.reset=%s', (delivery, autoCommit, reset) => {
    const c = consume({ delivery });
    expect(c.config['enable.auto.commit']).toBe(autoCommit);
    expect(c.config['auto.offset.reset']).toBe(reset);
  });

  it('rebuilds state from the beginning', () => {
    expect(consume({ key: 'id', state: true, delivery: 'at-most-once' }).config['auto.offset.reset']).toBe('earliest');
  });

  it.each([
    ['3.9', 'java', 'kafka-clients', { 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor' }],
    ['4.0', 'java', 'kafka-clients', { 'group.protocol': 'consumer' }],
    ['4.1', 'python', 'confluent-kafka@2.12.0', { 'group.protocol': 'consumer' }],
    // KIP-848 is GA in librdkafka from 2.12.0: below it, or with the version unstated, the classic protocol
    ['4.1', 'python', 'confluent-kafka@2.11.0', { 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor' }],
    ['4.1', 'python', 'confluent-kafka', { 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor' }],
    ['3.9', 'python', 'confluent-kafka', { 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor' }],
    ['4.1', 'typescript', 'kafkajs', {}],
    // franz-go's default balancer is already cooperative-sticky; KIP-848 is only an opt-in beta there
    ['4.1', 'go', 'franz-go', {}],
  ] as const)('Kafka %s, %s %s: rebalancing settings', (version, language, spec, expected) => {
    const [library, libraryVersion] = spec.split('@') as [string, string | undefined];
    const c = consume({}, { cluster: { kafka_version: version, brokers: 3 }, client: { language, library, ...(libraryVersion ? { library_version: libraryVersion } : {}) } });
    const rebalancing = Object.fromEntries(Object.entries(c.config).filter(([k]) => k === 'group.protocol' || k === 'partition.assignment.strategy'));
    expect(rebalancing).toEqual(expected);
  });

  it('reads committed data downstream of transactions', () => {
    expect(consume({}, {}, { readsTransactionalInput: true }).config['isolation.level']).toBe('read_committed');
    expect(consume({}).config['isolation.level']).toBeUndefined();
  });

  it('fetches from the closest replica when racks are known (not for kafkajs, which cannot)', () => {
    expect(consume({}, { cluster: { kafka_version: '3.9', brokers: 6, racks: 3 } }).config['client.rack']).toBeDefined();
    expect(consume({}, { cluster: { kafka_version: '3.9', brokers: 6, racks: 3 }, client: { language: 'typescript', library: 'kafkajs' } }).config['client.rack']).toBeUndefined();
  });
});
