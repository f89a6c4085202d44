import { describe, expect, it } from 'vitest';
import { designProducer } from '../../../src/method/strategy/producer.js';
import { decideCompression } from '../../../src/method/strategy/storage.js';
import { clientDefault } from '../../../src/knowledge/clients.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';
import { facts } from '../helpers.js';

const produce = (flow: Partial<Flow>, top: Partial<Requirements> = {}, extra: { transactionalProcessor?: string } = {}) => {
  const f = facts(flow, top);
  const compression = decideCompression(f, f.flows[0]!, f.flows[0]!.messageBytes, 3);
  return designProducer({ facts: f, flow: f.flows[0]!, topic: 't', partitions: 6, recordBytes: f.flows[0]!.messageBytes, compression, ...extra });
};

describe('designProducer', () => {
  it.each([
    { delivery: 'at-most-once' as const, acks: '1', idempotence: 'false', retries: undefined },
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
    // 5 % of the budget (balanced): 100 KB/s over 6 partitions needs seconds to fill 64 KiB, so the budget caps it
    [2000, '3.9', '100'],
    [600, '3.9', '30'],
    [null, '4.1', undefined],
    [null, '3.9', '5'],
  ] as const)('latency budget %s ms on Kafka %s -> linger.ms %s', (budget, version, linger) => {
    const p = produce({ latency: budget === null ? undefined : { end_to_end_p99_ms: budget } }, { cluster: { kafka_version: version, brokers: 3 } });
    expect(p.config['linger.ms']).toBe(linger);
  });

  it.each([
    // budget ms, priority, delivery, expected retries (undefined: left on)
    [20, 'balanced', 'at-most-once', '0'],
    [999, 'cost', 'at-most-once', '0'],
    [1000, 'cost', 'at-most-once', undefined],
    [30000, 'cost', 'at-most-once', undefined],
    [null, 'balanced', 'at-most-once', undefined],
    [20, 'latency', 'at-least-once', undefined],
  ] as const)('budget %s ms, priority %s, %s: retries=%s (a retry that cannot land in budget is dropped, otherwise kept for leader moves)', (budget, priority, delivery, retries) => {
    const p = produce({ delivery, ...(budget === null ? {} : { latency: { end_to_end_p99_ms: budget } }) }, { priority });
    expect(p.config['retries']).toBe(retries);
    if (retries === undefined && delivery === 'at-most-once') expect(p.rationale.find((r) => r.setting === 'retries')?.why).toMatch(/leader move/);
  });

  it.each([
    // priority, budget, peak/s, bytes, expected linger
    ['cost', 30000, 200000, 1000, '16'],
    ['cost', 30000, 100, 1000, '3000'],
    ['balanced', 30000, 100, 1000, '1500'],
    ['latency', 30000, 100, 1000, '300'],
    ['balanced', 10000, 200000, 1000, '5'],
  ] as const)('priority %s, budget %s ms, %s/s x %s B over 6 partitions: linger.ms %s (budget share vs batch fill time)', (priority, budget, peak, bytes, linger) => {
    const p = produce({ latency: { end_to_end_p99_ms: budget }, throughput: { peak_per_second: peak, message_bytes: bytes } }, { priority });
    expect(p.config['linger.ms']).toBe(linger);
  });

  it.each(['kafka-clients', 'confluent-kafka', 'franz-go'] as const)('%s: batch.size is set only above the library default and says so truthfully', (library) => {
    const language = library === 'kafka-clients' ? 'java' : library === 'franz-go' ? 'go' : 'python';
    for (const peak of [10, 1000, 50000, 500000]) {
      const p = produce({ latency: { end_to_end_p99_ms: 30000 }, throughput: { peak_per_second: peak, message_bytes: 1000 } }, { priority: 'cost', client: { language, library } });
      const d = Number(clientDefault('producer', 'batch.size', '3.9', library).value);
      const why = p.rationale.find((r) => r.setting === 'batch.size')!.why;
      if (p.config['batch.size']) {
        expect(Number(p.config['batch.size'])).toBeGreaterThan(d);
        expect(why).toMatch(/above the/);
      } else expect(why).toMatch(/already holds it/);
      expect(why).not.toMatch(/Java default/);
    }
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
