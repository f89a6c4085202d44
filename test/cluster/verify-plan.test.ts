import { describe, expect, it } from 'vitest';
import { planKafkajs, type ClientSettings } from '../../src/method/verify/kafkajs-plan.js';
import { parseFaults, planFaults } from '../../src/method/verify/faults.js';

const REMOTE = { localBroker: false, messages: 1000, partitions: 3 };
const LOCAL = { ...REMOTE, localBroker: true };
const settings = (producer: Record<string, string>, consumer: Record<string, string> = {}): ClientSettings => ({
  producer,
  consumer,
  kafkaVersion: '3.9',
  library: 'kafka-clients',
  messageBytes: 100,
});

describe('planKafkajs', () => {
  it('runs an idempotent producer with one request in flight and acks=all', () => {
    const p = planKafkajs(settings({ 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '5' }), REMOTE);
    expect(p.producer).toMatchObject({ idempotent: true, maxInFlight: 1, acks: -1, transactionsForSequenceChecks: false });
    expect(p.notes.join('\n')).toMatch(/allows only 1 request in flight/);
  });

  it('uses transactions for the sequence check only on the local broker', () => {
    expect(planKafkajs(settings({ 'enable.idempotence': 'true' }), LOCAL).producer.transactionsForSequenceChecks).toBe(true);
    expect(planKafkajs(settings({ 'enable.idempotence': 'false' }), LOCAL).producer.transactionsForSequenceChecks).toBe(false);
  });

  it('takes the Java default idempotence (on since 3.0) unless a written setting conflicts', () => {
    expect(planKafkajs(settings({}), REMOTE).producer.idempotent).toBe(true);
    const p = planKafkajs(settings({ acks: '1' }), REMOTE);
    expect(p.producer).toMatchObject({ idempotent: false, acks: 1, maxInFlight: 5 });
    expect(p.notes.join('\n')).toMatch(/acks=1 conflicts/);
  });

  it('bounds retries by delivery.timeout.ms', () => {
    const p = planKafkajs(settings({ 'enable.idempotence': 'false', 'request.timeout.ms': '1000', 'delivery.timeout.ms': '10000', 'retry.backoff.ms': '100', 'retry.backoff.max.ms': '1000' }), REMOTE);
    expect(p.producer.retry).toEqual({ retries: 5, initialRetryTime: 100, maxRetryTime: 1000 });
    expect(p.producer.requestTimeoutMs).toBe(1000);
  });

  it('keeps a small explicit retries count', () => {
    expect(planKafkajs(settings({ 'enable.idempotence': 'false', retries: '2' }), REMOTE).producer.retry.retries).toBe(2);
  });

  it('derives records per send from batch.size and says kafkajs has no linger', () => {
    const p = planKafkajs(settings({ 'batch.size': '1000', 'linger.ms': '5' }), REMOTE);
    expect(p.producer.recordsPerSend).toBe(10);
    expect(p.notes.join('\n')).toMatch(/does not batch on its own/);
  });

  it('maps consumer settings and notes what kafkajs lacks', () => {
    const p = planKafkajs(settings({}, { 'enable.auto.commit': 'false', 'session.timeout.ms': '10000', 'max.poll.records': '50', 'isolation.level': 'read_committed' }), REMOTE);
    expect(p.consumer).toMatchObject({ autoCommit: false, autoCommitInterval: null, sessionTimeout: 10000, readUncommitted: false });
    expect(p.notes.join('\n')).toMatch(/max.poll.records/);
  });

  it('shrinks records on the local broker so the run fits its 5 MiB per partition', () => {
    const big = { ...settings({}), messageBytes: 800 };
    const p = planKafkajs(big, { localBroker: true, messages: 50000, partitions: 6 });
    expect(p.producer.recordBytes).toBe(503);
    expect(p.notes.join('\n')).toMatch(/sent as 503 bytes/);
    expect(planKafkajs(big, { localBroker: false, messages: 50000, partitions: 6 }).producer.recordBytes).toBe(800);
  });

  it('runs unsupported compression uncompressed, with a note', () => {
    const p = planKafkajs(settings({ 'compression.type': 'zstd' }), REMOTE);
    expect(p.producer.gzip).toBe(false);
    expect(p.notes.join('\n')).toMatch(/zstd/);
  });
});

describe('faults', () => {
  it('parses names and reports unknown ones', () => {
    expect(parseFaults('slow-acks, leader-change,slow-acks,bogus')).toEqual({ faults: ['slow-acks', 'leader-change'], unknown: ['bogus'] });
  });

  const target = { topic: 't', partitions: 3, brokers: 3, leaders: [1, 2, 3], requestTimeoutMs: 1000 };

  it('moves every partition twice for leader-change', () => {
    const steps = planFaults(['leader-change'], target);
    expect(steps.map((s) => [s.at, s.action])).toEqual([
      [0.25, { kind: 'leader', topic: 't', partition: 0, broker: 2 }],
      [0.25, { kind: 'leader', topic: 't', partition: 1, broker: 3 }],
      [0.25, { kind: 'leader', topic: 't', partition: 2, broker: 1 }],
      [0.55, { kind: 'leader', topic: 't', partition: 0, broker: 3 }],
      [0.55, { kind: 'leader', topic: 't', partition: 1, broker: 1 }],
      [0.55, { kind: 'leader', topic: 't', partition: 2, broker: 2 }],
    ]);
  });

  it('moves leadership off a broker before taking it down, then brings it back', () => {
    const steps = planFaults(['broker-down'], target);
    expect(steps.map((s) => s.action)).toEqual([
      { kind: 'leader', topic: 't', partition: 0, broker: 2 },
      { kind: 'broker-down', broker: 1 },
      { kind: 'broker-up', broker: 1 },
    ]);
  });

  it('delays acks past the request timeout on every broker', () => {
    const steps = planFaults(['slow-acks'], target);
    expect(steps).toHaveLength(3);
    for (const s of steps) expect(s.action).toMatchObject({ kind: 'slow-acks', count: 2, delayMs: 2000 });
  });

  it('injects nothing that needs a second broker into a single-broker cluster', () => {
    expect(planFaults(['leader-change', 'broker-down'], { ...target, brokers: 1, leaders: [1, 1, 1] })).toEqual([]);
  });
});

describe('faults in combination', () => {
  it('never elects a broker while it is down', () => {
    const steps = planFaults(['leader-change', 'broker-down', 'slow-acks'], { topic: 't', partitions: 6, brokers: 3, leaders: [1, 2, 3, 1, 2, 3], requestTimeoutMs: 1000 });
    let down: number | undefined;
    for (const s of steps) {
      if (s.action.kind === 'broker-down') down = s.action.broker;
      if (s.action.kind === 'broker-up') down = undefined;
      if (s.action.kind === 'leader') expect(s.action.broker).not.toBe(down);
      if (s.action.kind === 'slow-acks') expect(s.action.broker).not.toBe(down);
    }
    expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort((a, b) => a - b));
  });
});
