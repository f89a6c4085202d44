import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/method/critique/engine.js';
import { explain, explainSetting, type SettingExplanation } from '../../../src/method/reference/explain.js';
import { UserError } from '../../../src/model/errors.js';

function settingsOf(query: string, options: Parameters<typeof explain>[1] = {}): SettingExplanation[] {
  const r = explain(query, options);
  if (r.kind !== 'settings') throw new Error('expected settings');
  return r.settings;
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('explain: defaults per Kafka version', () => {
  it.each([
    ['linger.ms', '3.9', '0', 'documented'],
    ['linger.ms', '4.0', '5', 'documented'],
    ['linger.ms', '4.0.1', '5', 'documented'],
    ['session.timeout.ms', '3.0', '45000', 'documented'],
    ['session.timeout.ms', '4.1', '45000', 'documented'],
    ['acks', '3.0', 'all', 'documented'],
    ['acks', '4.2', 'all', 'documented'],
    ['enable.idempotence', '3.0', 'true', 'documented'],
    ['enable.idempotence', '3.8', 'true', 'documented'],
    ['linger.ms', '9.0', '5', 'newer'],
    ['linger.ms', '2.8', '0', 'older'],
  ] as const)('%s at %s defaults to %s (%s)', (name, version, expected, relation) => {
    const [s] = settingsOf(name, { kafkaVersion: version });
    expect(s!.default).toBe(expected);
    expect(s!.kafkaVersion.relation).toBe(relation);
    expect(s!.existsInVersion).toBe(true);
  });

  it('shows how the default moved across versions', () => {
    const [s] = settingsOf('linger.ms');
    expect(s!.defaultHistory).toEqual([
      { from: '3.0', to: '3.9', default: '0' },
      { from: '4.0', to: '4.2', default: '5' },
    ]);
    expect(s!.explanation?.notes?.join(' ')).toMatch(/4\.0/);
  });

  it('shows the defaults of the settings it interacts with, at the same version', () => {
    const [s] = settingsOf('min.insync.replicas', { scope: 'topic', kafkaVersion: '3.9' });
    expect(s!.interactions).toContainEqual({ name: 'acks', scope: 'producer', inVersion: true, default: 'all' });
    expect(s!.interactions).toContainEqual({ name: 'unclean.leader.election.enable', scope: 'topic', inVersion: true, default: 'false' });
    const compression = settingsOf('compression.type', { scope: 'producer', kafkaVersion: '3.6' })[0]!.interactions;
    expect(compression).toContainEqual({ name: 'linger.ms', scope: 'producer', inVersion: true, default: '0' });
    expect(compression).toContainEqual({ name: 'compression.zstd.level', scope: 'producer', inVersion: false, default: null });
  });

  it('links the official docs of the version asked for', () => {
    const [s] = settingsOf('acks', { kafkaVersion: '3.7' });
    expect(s!.docUrl).toBe('https://kafka.apache.org/37/documentation.html#producerconfigs_acks');
  });

  it('says when a setting does not exist yet in the version asked for', () => {
    const [s] = settingsOf('group.protocol', { kafkaVersion: '3.6' });
    expect(s).toMatchObject({ existsInVersion: false, factsFrom: '3.7', default: 'classic' });
  });

  it('tells a missing table apart from a removed setting', () => {
    expect(explainSetting('group', 'consumer.session.timeout.ms', '4.2')).toMatchObject({ existsInVersion: false, tableMissing: true, factsFrom: '4.1' });
    expect(explainSetting('topic', 'message.format.version', '4.1')!.tableMissing).toBeUndefined();
  });

  it('answers a removed setting from the last version that had it', () => {
    const s = explainSetting('topic', 'message.format.version', '4.1')!;
    expect(s).toMatchObject({ existsInVersion: false, factsFrom: '3.9' });
  });

  it('rejects a version that is not one', () => {
    expect(userError(() => explain('acks', { kafkaVersion: 'latest' })).problems[0]!.field).toBe('--kafka-version');
  });
});

describe('explain: clients', () => {
  it.each([
    ['enable.idempotence', 'kafka-clients', 'enable.idempotence', 'true'],
    ['enable.idempotence', 'java', 'enable.idempotence', 'true'],
    ['enable.idempotence', 'librdkafka', 'enable.idempotence', 'false'],
    ['enable.idempotence', 'confluent-kafka', 'enable.idempotence', 'false'],
    ['enable.idempotence', 'kafkajs', 'idempotent', 'false'],
    ['acks', 'confluent-kafka', 'acks', 'all'],
    ['acks', 'kafkajs', 'acks', 'all'],
    ['linger.ms', 'librdkafka', 'linger.ms', '5'],
    ['session.timeout.ms', 'kafkajs', 'sessionTimeout', '30000'],
    ['isolation.level', 'librdkafka', 'isolation.level', 'read_committed'],
  ] as const)('%s for %s is %s = %s', (name, client, clientName, value) => {
    const [s] = settingsOf(name, { client, kafkaVersion: '3.9' });
    expect(s!.client).toMatchObject({ name: clientName, default: value });
  });

  it("says when the catalog does not hold a library's defaults", () => {
    const [s] = settingsOf('acks', { client: 'sarama', kafkaVersion: '3.9' });
    expect(s!.client).toMatchObject({ library: 'sarama', factsHeld: false, default: 'all' });
    expect(settingsOf('acks', { client: 'kafkajs' })[0]!.client?.factsHeld).toBe(true);
  });

  it.each([
    // query, client, the library's name and its own default
    ['fetch.max.wait.ms', 'confluent-kafka', 'fetch.wait.max.ms', '500'],
    ['fetch.wait.max.ms', 'confluent-kafka', 'fetch.wait.max.ms', '500'],
    ['fetch.max.wait.ms', 'franz-go', 'FetchMaxWait', '5000'],
    ['batch.size', 'franz-go', 'ProducerBatchMaxBytes', '1000012'],
    ['auto.offset.reset', 'franz-go', 'ConsumeResetOffset', 'earliest'],
    ['batch.size', 'confluent-kafka', 'batch.size', '1000000'],
  ] as const)("%s --client %s: %s = %s, from the library's own facts", (query, client, name, value) => {
    const [s] = settingsOf(query, { client });
    expect(s!.client).toMatchObject({ factsHeld: true, name, default: value });
  });

  it('lists librdkafka and kafkajs names and defaults of a client setting', () => {
    expect(settingsOf('linger.ms')[0]!.otherClients).toEqual({
      librdkafka: { names: ['linger.ms', 'queue.buffering.max.ms'], default: '5' },
      kafkajs: { names: [], default: null, note: 'kafkajs 2.2.4 has no such option' },
    });
    expect(settingsOf('enable.idempotence')[0]!.otherClients).toEqual({
      librdkafka: { names: ['enable.idempotence'], default: 'false' },
      kafkajs: { names: ['idempotent'], default: 'false' },
    });
  });

  it('suggests the nearest library for an unknown client', () => {
    const e = userError(() => explain('acks', { client: 'kafkjs' }));
    expect(e.problems[0]).toMatchObject({ field: '--client', suggestion: 'did you mean kafkajs?' });
  });
});

describe('explain: names', () => {
  it.each([
    ['queue.buffering.max.ms', 'linger.ms', 'librdkafka'],
    ['request.required.acks', 'acks', 'librdkafka'],
    ['message.timeout.ms', 'delivery.timeout.ms', 'librdkafka'],
    ['idempotent', 'enable.idempotence', 'kafkajs'],
    ['sessionTimeout', 'session.timeout.ms', 'kafkajs'],
    ['ProducerBatchMaxBytes', 'batch.size', 'franz-go'],
    ['FetchMaxWait', 'fetch.max.wait.ms', 'franz-go'],
    ['LINGER_MS', 'linger.ms', 'spelling'],
  ] as const)('%s resolves to %s (%s)', (written, name, as) => {
    const r = explain(written);
    expect(r.kind === 'settings' && r.resolved).toEqual({ name, via: { written, as } });
  });

  it('takes the client of the alias when no client is given', () => {
    const [s] = settingsOf('queue.buffering.max.ms');
    expect(s!.client).toMatchObject({ library: 'librdkafka', name: 'linger.ms', default: '5' });
    // franz-go's own default, not Java's 16 KiB.
    expect(settingsOf('ProducerBatchMaxBytes')[0]!.client).toMatchObject({ library: 'franz-go', name: 'ProducerBatchMaxBytes', default: '1000012' });
  });

  it('names a franz-go option that has no Java counterpart as such', () => {
    const e = userError(() => explain('RequestRetries'));
    expect(e.problems[0]!.message).toBe('RequestRetries is a franz-go option with no Apache Kafka (Java client) counterpart');
    expect(e.problems[0]!.suggestion).toMatch(/^franz-go client option, default \d+/);
  });

  it('shows every scope of a shared name, or the one asked for', () => {
    expect(settingsOf('compression.type').map((s) => s.scope)).toEqual(['producer', 'topic', 'broker']);
    expect(settingsOf('compression.type', { scope: 'topic' })[0]).toMatchObject({ default: 'producer', serverDefaultProperty: 'compression.type' });
    expect(settingsOf('compression.type', { client: 'librdkafka' }).map((s) => s.scope)).toEqual(['producer']);
  });

  it('refuses a scope the setting is not in', () => {
    const e = userError(() => explain('acks', { scope: 'topic' }));
    expect(e.problems[0]).toMatchObject({ field: '--scope', expected: 'producer' });
  });

  it.each([
    ['lingr.ms', 'linger.ms'],
    ['sesion.timeout.ms', 'session.timeout.ms'],
    ['enable.idempotance', 'enable.idempotence'],
    ['min.insync.replica', 'min.insync.replicas'],
    ['queue.buffering.max.m', 'linger.ms (librdkafka: queue.buffering.max.ms)'],
    ['sessionTimeOut', 'session.timeout.ms (kafkajs: sessionTimeout)'],
    ['ProducerBatchMaxByte', 'batch.size (franz-go: ProducerBatchMaxBytes)'],
  ])('unknown %s suggests %s', (written, suggestion) => {
    const e = userError(() => explain(written));
    expect(e.problems[0]!.message).toBe(`unknown setting ${written}`);
    expect(e.problems[0]!.suggestion).toContain(suggestion);
  });

  it('points to search when nothing is close', () => {
    expect(userError(() => explain('how.do.i.get.exactly.once')).problems[0]!.suggestion).toMatch(/kafka-specialist search/);
  });

  it('recognises librdkafka-only properties and kafkajs-only options', () => {
    expect(userError(() => explain('enable.auto.offset.store')).problems[0]!.message).toMatch(/librdkafka property with no Apache Kafka/);
    expect(userError(() => explain('partitionsConsumedConcurrently')).problems[0]).toMatchObject({
      message: 'partitionsConsumedConcurrently is a kafkajs option with no Apache Kafka (Java client) counterpart',
      suggestion: 'kafkajs consumerRun option, default 1',
    });
  });
});

describe('explain: rules', () => {
  const rule: Rule = {
    meta: {
      id: 'delivery/acks-all',
      severity: 'error',
      summary: 'acks must be all for at-least-once',
      why: 'acks=1 loses writes on failover',
      fix: 'set acks=all',
      refs: ['https://kafka.apache.org/documentation/#producerconfigs_acks'],
      kinds: ['producer'],
      messages: {},
    },
    check: () => [],
  };

  it('shows a rule by id', () => {
    expect(explain('delivery/acks-all', { rules: [rule] })).toEqual({
      kind: 'rule',
      query: 'delivery/acks-all',
      rule: { id: rule.meta.id, severity: 'error', summary: rule.meta.summary, why: rule.meta.why, fix: rule.meta.fix, refs: rule.meta.refs, kinds: ['producer'] },
    });
  });

  it('suggests the nearest rule id', () => {
    expect(userError(() => explain('delivery/ack-all', { rules: [rule] })).problems[0]!.suggestion).toBe('did you mean delivery/acks-all?');
  });
});

describe('explain: the releases the shared tables skip', () => {
  it.each(['3.1', '3.2', '3.4', '3.5.1'])('answers %s from its own table', (v) => {
    const r = explain('metadata.max.retention.bytes', { kafkaVersion: v });
    const minor = v.split('.').slice(0, 2).join('.');
    expect(r).toMatchObject({ kind: 'settings' });
    const s = (r as { settings: { kafkaVersion: { documented: string }; default: string | null; docUrl: string }[] }).settings[0]!;
    expect(s.kafkaVersion.documented).toBe(minor);
    expect(s.docUrl).toContain(`/${minor.replace('.', '')}/documentation.html`);
    // KRaft metadata retention became bounded in 3.4 (it was unbounded, -1, before).
    expect(s.default).toBe(minor >= '3.4' ? '104857600' : '-1');
  });
});
