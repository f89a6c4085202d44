// Environment profiles: the override for an environment applied over the file, development
// defaults when a production file is designed for development, and the way back.
import { describe, expect, it } from 'vitest';
import { applyEnvironment } from '../../../src/method/deconstruct/environment.js';
import { designRound } from '../../../src/method/converge/round.js';
import { UserError } from '../../../src/model/errors.js';
import { requirementsSchema } from '../../../src/model/requirements.js';

const file = requirementsSchema.parse({
  name: 'tasks',
  environment: 'production',
  cluster: { kafka_version: '3.9', brokers: 3, racks: 3 },
  client: { language: 'python' },
  flows: [
    {
      name: 'task-events',
      key: 'task_id',
      delivery: 'at-least-once',
      throughput: { peak_per_second: 2000, message_bytes: 700, growth_factor: 2 },
      processing: { per_message_ms: { p50: 3, p99: 30 }, max_instances: 8 },
      retention: '7d',
    },
    { name: 'audit', delivery: 'at-least-once' },
  ],
  environments: {
    development: { flows: [{ name: 'task-events', retention: '1d' }] },
    staging: { cluster: { brokers: 3 }, flows: [{ name: 'audit', retention: '3d' }] },
  },
});

describe('applyEnvironment', () => {
  it('keeps a production file as it is for production, without the environments block', () => {
    const v = applyEnvironment(file);
    expect(v.environment).toBe('production');
    expect(v.requirements.environments).toBeUndefined();
    expect(v.requirements.cluster).toEqual({ kafka_version: '3.9', brokers: 3, racks: 3 });
    expect(v.notes).toEqual([]);
  });

  it('gives the development variant: one broker, one consumer, no growth, plus the override', () => {
    const v = applyEnvironment(file, 'development');
    expect(v.requirements.environment).toBe('development');
    expect(v.requirements.cluster).toEqual({ kafka_version: '3.9', brokers: 1 });
    const flow = v.requirements.flows[0]!;
    expect(flow.processing?.max_instances).toBe(1);
    expect(flow.throughput?.growth_factor).toBeUndefined();
    expect(flow.retention).toBe('1d');
    expect(v.requirements.flows[1]!.retention).toBeUndefined();
    expect(v.notes.join(' ')).toMatch(/one local broker/);
  });

  it('merges a flow override by name and leaves the other fields', () => {
    const v = applyEnvironment(file, 'staging');
    expect(v.requirements.flows[1]).toEqual({ name: 'audit', delivery: 'at-least-once', retention: '3d' });
    expect(v.requirements.flows[0]!.retention).toBe('7d');
  });

  it('drops the single development broker on the way to production', () => {
    const dev = requirementsSchema.parse({ name: 'd', environment: 'development', cluster: { brokers: 1 }, flows: [{ name: 'x' }] });
    const v = applyEnvironment(dev, 'production');
    expect(v.requirements.cluster?.brokers).toBeUndefined();
    expect(v.notes.join(' ')).toMatch(/3 brokers/);
  });

  it('rejects an override for a flow the file does not have', () => {
    const bad = requirementsSchema.parse({ name: 'b', flows: [{ name: 'x' }], environments: { development: { flows: [{ name: 'y', retention: '1d' }] } } });
    expect(() => applyEnvironment(bad, 'development')).toThrow(UserError);
    try {
      applyEnvironment(bad, 'development');
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ field: 'environments.development.flows[0].name' });
    }
  });
});

describe('designRound with --env development', () => {
  it('designs single-broker topics with replication 1 and says what production changes', () => {
    const round = designRound({ requirements: file, env: 'development' });
    expect(round.design.environment).toBe('development');
    expect(round.design.topics.every((t) => t.replicationFactor === 1)).toBe(true);
    const producer = round.design.producers.find((p) => p.flow === 'task-events')!;
    expect(producer.config['delivery.timeout.ms']).toBeDefined();
    const toProd = round.toProduction!;
    expect(toProd.decisions.some((c) => c.setting === 'replicationFactor' && c.after === '3')).toBe(true);
    expect(toProd.decisions.some((c) => c.setting === 'partitions')).toBe(true);
    expect(toProd.requirementChanges.map((c) => c.field)).toContain('cluster.brokers');
  });

  it('has no way-to-production section for a production design', () => {
    expect(designRound({ requirements: file }).toProduction).toBeUndefined();
  });
});
