// Properties every design must have, over generated requirements (seeded, so failures reproduce).
import { describe, expect, it } from 'vitest';
import { clientDefault } from '../../src/knowledge/clients.js';
import { PLANNING } from '../../src/knowledge/planning.js';
import { design } from '../../src/method/design.js';
import { designSchema } from '../../src/model/design.js';
import { requirementsSchema, type Requirements } from '../../src/model/requirements.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function generate(rand: () => number): Requirements {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const brokers = pick([1, 2, 3, 5, 9]);
  const library = pick([
    ['java', 'kafka-clients'],
    ['python', 'confluent-kafka'],
    ['typescript', 'kafkajs'],
    ['go', 'confluent-kafka-go'],
    ['go', 'franz-go'],
  ] as const);
  const p50 = pick([0.05, 1, 20, 150, 3000]);
  const flows = Array.from({ length: pick([1, 1, 2]) }, (_, i) => {
    const ordering = pick(['none', 'per-key', 'global'] as const);
    const state = ordering === 'per-key' && rand() < 0.2;
    return {
      name: `flow-${i}`,
      source: i === 0 ? 'svc' : 'flow-0-sink',
      sink: `flow-${i}-sink`,
      ...(ordering !== 'none' || state ? { key: 'entity_id' } : {}),
      ordering,
      delivery: pick(['at-most-once', 'at-least-once', 'exactly-once'] as const),
      state,
      throughput: { average_per_second: 10, peak_per_second: pick([10, 500, 20000, 300000]), message_bytes: pick([100, 2000, 600_000, 5_000_000]), growth_factor: pick([1, 2]) },
      ...(rand() < 0.5 ? { latency: { end_to_end_p99_ms: pick([20, 500, 10000]) } } : {}),
      retention: pick(['1h', '3d', '30d', 'forever']),
      processing: {
        per_message_ms: { p50, p99: p50 * pick([1, 4, 40]) },
        ...(rand() < 0.7 ? { max_instances: pick([1, 4, 12, 64]) } : {}),
        ...(rand() < 0.3 ? { external_rate_limit_per_second: pick([5, 100, 1000]) } : {}),
        side_effects: pick(['none', 'kafka', 'database', 'external-api'] as const),
      },
      schema: { format: pick(['avro', 'json', 'protobuf'] as const), evolves: rand() < 0.5 },
    };
  });
  return requirementsSchema.parse({
    name: 'gen',
    environment: brokers === 1 ? 'development' : pick(['staging', 'production']),
    cluster: { kafka_version: pick(['3.0', '3.5', '3.9', '4.0', '4.2']), brokers },
    client: { language: library[0], library: library[1] },
    flows,
  });
}

const CASES = 300;

describe('design properties over generated requirements', () => {
  const rand = prng(20261122);
  const inputs = Array.from({ length: CASES }, () => generate(rand));

  it.each(inputs.map((r, i) => [i, r] as const))('case %i', (_i, req) => {
    const d = design(req);
    expect(() => designSchema.parse(d)).not.toThrow();
    for (const t of d.topics) {
      expect(t.replicationFactor).toBeLessThanOrEqual(req.cluster!.brokers!);
      expect(Number(t.config['min.insync.replicas'])).toBeLessThanOrEqual(t.replicationFactor);
      expect(t.partitions).toBeGreaterThanOrEqual(1);
      if (t.flows.some((f) => req.flows.find((x) => x.name === f)!.ordering === 'global') && t.role === 'events') expect(t.partitions).toBe(1);
    }
    for (const c of d.consumers) {
      const t = d.topics.find((x) => x.name === c.topic)!;
      expect(c.instances).toBeLessThanOrEqual(t.partitions);
      const flow = req.flows.find((f) => f.name === c.flow)!;
      if (flow.processing?.max_instances) expect(c.instances).toBeLessThanOrEqual(flow.processing.max_instances);
      // The poll batch (a setting or the application's call) fits the liveness deadline; kafkajs: one message fits the session.
      const p99 = flow.processing!.per_message_ms!.p99!;
      if (c.pollBatch) {
        expect(c.config['max.poll.records'] ?? String(c.pollBatch.records)).toBe(String(c.pollBatch.records));
        const interval = Number(c.config['max.poll.interval.ms'] ?? clientDefault('consumer', 'max.poll.interval.ms', d.kafkaVersion, c.client).value);
        expect(c.pollBatch.records * p99).toBeLessThanOrEqual(interval);
      } else {
        expect(p99).toBeLessThanOrEqual(Number(c.config['session.timeout.ms'] ?? clientDefault('consumer', 'session.timeout.ms', d.kafkaVersion, c.client).value));
      }
      if (flow.delivery !== 'at-most-once') expect(c.config['enable.auto.commit']).toBe('false');
    }
    for (const p of d.producers) {
      const flow = req.flows.find((f) => f.name === p.flow)!;
      const budget = flow.latency?.end_to_end_p99_ms;
      // At-most-once drops retries only when a retry could not arrive within the budget anyway.
      if (flow.delivery === 'at-most-once') expect(p.config['retries']).toBe(budget !== undefined && budget < PLANNING.leaderMoveRetryMs ? '0' : undefined);
      else {
        expect(p.config['acks']).toBe('all');
        expect(p.config['enable.idempotence']).toBe('true');
      }
      const libraryDefault = (name: string) => clientDefault('producer', name, req.cluster!.kafka_version!, p.client).value;
      const delivery = Number(p.config['delivery.timeout.ms'] ?? libraryDefault('delivery.timeout.ms') ?? 120000) || Infinity;
      const linger = Number(p.config['linger.ms'] ?? libraryDefault('linger.ms') ?? 0);
      const request = Number(p.config['request.timeout.ms'] ?? libraryDefault('request.timeout.ms') ?? 30000);
      expect(delivery).toBeGreaterThanOrEqual(linger + request);
      if (budget !== undefined && p.config['linger.ms']) expect(linger).toBeLessThanOrEqual(budget * 0.1);
      // A batch.size the design writes is never below the library's own default.
      if (p.config['batch.size']) expect(Number(p.config['batch.size'])).toBeGreaterThan(Number(clientDefault('producer', 'batch.size', req.cluster!.kafka_version!, p.client).value));
    }
    for (const r of [...d.topics, ...d.producers, ...d.consumers].flatMap((x) => x.rationale)) expect(r.why.length).toBeGreaterThan(10);
  });
});
