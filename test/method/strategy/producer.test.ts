import { describe, expect, it } from 'vitest';
import { designProducer } from '../../../src/method/strategy/producer.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { facts } from '../helpers.js';

const produce = (flow: Partial<Flow>, top: Partial<Requirements> = {}, extra: { transactionalProcessor?: string } = {}) => {
  const f = facts(flow, top);
  return designProducer({ facts: f, flow: f.flows[0]!, topic: 't', partitions: 6, recordBytes: f.flows[0]!.messageBytes, ...extra });
};

describe('designProducer', () => {
  it.each([
    { delivery: 'at-most-once' as const, acks: '1', idempotence: 'false', retries: '0' },
    { delivery: 'at-least-once' as const, acks: 'all', idempotence: 'true', retries: undefined },
    { delivery: 'exactly-once' as const, acks: 'all', idempotence: 'true', retries: undefined },
  ])('$delivery: acks=$acks, idempotence=$idempotence, retries=$retries', ({ delivery, acks, idempotence, retries }) => {
    const p = produce({ delivery });
    expect(p.config['acks']).toBe(acks);
    expect(p.config['enable.idempotence']).toBe(idempotence);
    expect(p.config['retries']).toBe(retries);
  });

  it.each([
    // library, expected max.in.flight (undefined: the default is already right)
    ['kafka-clients', 'java', undefined],
    ['confluent-kafka', 'python', '5'],
    ['kafkajs', 'typescript', '1'],
  ] as const)('idempotent %s producer: max.in.flight.requests.per.connection=%s', (library, language, inflight) => {
    const p = produce({ delivery: 'at-least-once' }, { client: { language, library } });
    expect(p.config['max.in.flight.requests.per.connection']).toBe(inflight);
    expect(p.config['enable.idempotence']).toBe('true');
  });

  it.each([
    // budget ms, Kafka version, expected linger.ms in config (undefined = client default already right)
    [20, '3.9', undefined],
    [100, '4.0', '0'],
    [2000, '3.9', '20'],
    [600, '3.9', '6'],
    [null, '4.1', undefined],
    [null, '3.9', '5'],
  ] as const)('latency budget %s ms on Kafka %s -> linger.ms %s', (budget, version, linger) => {
    const p = produce({ latency: budget === null ? undefined : { end_to_end_p99_ms: budget } }, { cluster: { kafka_version: version, brokers: 3 } });
    expect(p.config['linger.ms']).toBe(linger);
  });

  it('compresses above 100 KB/s and explains when it does not', () => {
    expect(produce({ throughput: { peak_per_second: 1000, message_bytes: 500 } }).config['compression.type']).toBe('lz4');
    const low = produce({ throughput: { peak_per_second: 10, message_bytes: 500 } });
    expect(low.config['compression.type']).toBeUndefined();
    expect(low.rationale.find((r) => r.setting === 'compression.type')?.why).toMatch(/5 KB\/s/);
  });

  it('fails fast in development, within delivery.timeout.ms >= linger.ms + request.timeout.ms', () => {
    const p = produce({}, { environment: 'development', cluster: { kafka_version: '3.9', brokers: 1 } });
    const delivery = Number(p.config['delivery.timeout.ms']);
    expect(delivery).toBeLessThanOrEqual(30000);
    expect(delivery).toBeGreaterThanOrEqual(Number(p.config['linger.ms'] ?? 0) + Number(p.config['request.timeout.ms']));
  });

  it('gives a transactional processor a per-instance transactional.id', () => {
    const p = produce({ delivery: 'exactly-once' }, {}, { transactionalProcessor: 'payment-processor' });
    expect(p.config['transactional.id']).toMatch(/^payment-processor-/);
  });

  it('explains every setting it writes', () => {
    const p = produce({ delivery: 'at-least-once', latency: { end_to_end_p99_ms: 2000 }, throughput: { peak_per_second: 5000 } });
    for (const name of Object.keys(p.config)) expect(p.rationale.some((r) => r.setting === name)).toBe(true);
  });
});
