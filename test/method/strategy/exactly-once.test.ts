// Exactly-once per group member: one transactional producer per member, cadence vs the latency
// read_committed readers see, transaction.timeout.ms from the batch at p99, the poison-pill path.
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import type { Flow, Requirements } from '../../../src/model/requirements.js';

function pipeline(input: Partial<Flow>, language: 'java' | 'go' = 'java') {
  const req: Requirements = {
    name: 'pay',
    cluster: { kafka_version: '3.9', brokers: 3 },
    client: { language },
    flows: [
      { name: 'requests', source: 'checkout', sink: 'processor', key: 'account_id', delivery: 'exactly-once', processing: { side_effects: 'kafka' }, ...input },
      { name: 'results', source: 'processor', sink: 'ledger', key: 'account_id', delivery: 'exactly-once', processing: { side_effects: 'kafka' } },
    ],
  };
  const d = design(req);
  return { d, producer: d.producers.find((p) => p.flow === 'results')!, consumer: d.consumers.find((c) => c.flow === 'requests')! };
}
const why = (p: { rationale: { setting: string; why: string }[] }, s: string) => p.rationale.find((r) => r.setting === s)?.why ?? '';

describe('exactly-once per member', () => {
  it.each([
    {
      name: 'one member per instance',
      input: { throughput: { peak_per_second: 100 }, processing: { side_effects: 'kafka' as const, per_message_ms: { p50: 5, p99: 5 }, max_instances: 4 } },
      instances: 1,
      members: 1,
      ids: /1 group member/,
    },
    {
      name: 'members beyond max_instances: one producer each',
      input: { throughput: { peak_per_second: 1500 }, processing: { side_effects: 'kafka' as const, per_message_ms: { p50: 5, p99: 40 }, max_instances: 6 } },
      instances: 6,
      members: 3,
      ids: /18 transactional ids.*pod-0-2/,
    },
  ])('$name', ({ input, instances, members, ids }) => {
    const { producer, consumer } = pipeline(input);
    expect([consumer.instances, consumer.membersPerInstance, consumer.handlersPerInstance]).toEqual([instances, members, members]);
    expect(producer.config['transactional.id']).toBe('processor-${INSTANCE_ID}');
    expect(why(producer, 'transactional.id per member')).toMatch(ids);
    expect(why(producer, 'transactional.id per member')).toMatch(/KIP-447/);
  });

  it('cadence against the latency budget, with the arithmetic', () => {
    const { producer } = pipeline({ latency: { end_to_end_p99_ms: 1000 }, throughput: { peak_per_second: 100 }, processing: { side_effects: 'kafka', per_message_ms: { p50: 10, p99: 10 } } });
    expect(why(producer, 'transaction cadence')).toMatch(/500 records x 10 ms mean = 5 s per transaction.*budget of 1 s: commit every 50 records/);
  });

  it('raises transaction.timeout.ms when a p99 batch would outlive it, and not otherwise', () => {
    const slow = pipeline({ processing: { side_effects: 'kafka', per_message_ms: { p50: 100, p99: 400 } } }).producer;
    expect(Number(slow.config['transaction.timeout.ms'])).toBeGreaterThan(60000);
    expect(why(slow, 'transaction.timeout.ms')).toMatch(/x 400 ms/);
    expect(pipeline({}).producer.config['transaction.timeout.ms']).toBeUndefined();
  });

  it('a poison pill does not abort and re-seek forever', () => {
    expect(why(pipeline({}).producer, 'poison pill')).toMatch(/Count attempts.*after 5 attempts/);
  });

  it('Kafka Streams exactly_once_v2 is weighed for Java only', () => {
    expect(pipeline({}).d.alternatives.some((a) => /exactly_once_v2/.test(a.option))).toBe(true);
    expect(pipeline({}, 'go').d.alternatives.some((a) => /exactly_once_v2/.test(a.option))).toBe(false);
  });
});
