import { describe, expect, it } from 'vitest';
import { franzGoConfig, kafkajsConfig, kafkaPythonConfig, librdkafkaConfig, perInstanceTransactionalId, type Setting } from '../../../src/method/generate/client-config.js';

const s = (name: string, value: string): Setting => ({ name, value, why: `why ${name}` });
const names = (t: { settings: Array<{ name: string; value: unknown }> }) => Object.fromEntries(t.settings.map((x) => [x.name, x.value]));

describe('librdkafka translation', () => {
  it('uses librdkafka names and typed values, and says what it cannot set', () => {
    const t = librdkafkaConfig([
      s('fetch.max.wait.ms', '200'),
      s('enable.idempotence', 'true'),
      s('acks', 'all'),
      s('max.poll.records', '50'),
      s('partition.assignment.strategy', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor'),
      s('buffer.memory', '33554432'),
    ]);
    expect(names(t)).toEqual({ 'fetch.wait.max.ms': 200, 'enable.idempotence': true, acks: 'all', 'partition.assignment.strategy': 'cooperative-sticky' });
    expect(t.untranslated.map((u) => u.name)).toEqual(['max.poll.records', 'buffer.memory']);
    expect(t.settings.every((x) => x.why === `why ${x.javaName}`)).toBe(true);
  });

  it('refuses an assignor librdkafka does not have', () => {
    expect(librdkafkaConfig([s('partition.assignment.strategy', 'org.apache.kafka.clients.consumer.StickyAssignor')]).untranslated).toHaveLength(1);
  });
});

describe('kafkajs translation', () => {
  it('places each option on its call and converts inverted and numeric values', () => {
    const consumer = kafkajsConfig(
      [s('isolation.level', 'read_committed'), s('auto.offset.reset', 'earliest'), s('enable.auto.commit', 'false'), s('max.poll.interval.ms', '300000'), s('session.timeout.ms', '45000')],
      'consumer',
    );
    expect(consumer.settings.map((x) => [x.place, x.name, x.value])).toEqual([
      ['consumer', 'readUncommitted', false],
      ['subscribe', 'fromBeginning', true],
      ['run', 'autoCommit', false],
      ['consumer', 'rebalanceTimeout', 300000],
      ['consumer', 'sessionTimeout', 45000],
    ]);
    const producer = kafkajsConfig([s('acks', 'all'), s('compression.type', 'gzip'), s('compression.type', 'lz4'), s('linger.ms', '5'), s('retries', '3')], 'producer');
    expect(producer.settings.map((x) => [x.place, x.name, x.value])).toEqual([
      ['send', 'acks', -1],
      ['send', 'compression', { code: 'CompressionTypes.GZIP' }],
      ['producer', 'retry', { code: '{ retries: 3 }' }],
    ]);
    expect(producer.untranslated.map((u) => u.name)).toEqual(['compression.type', 'linger.ms']);
  });
});

describe('kafkajs idempotent producer', () => {
  it('keeps one request in flight, whatever the design asked for another client', () => {
    const t = kafkajsConfig([s('enable.idempotence', 'true'), s('max.in.flight.requests.per.connection', '5')], 'producer');
    expect(t.settings.filter((x) => x.name === 'maxInFlightRequests').map((x) => x.value)).toEqual([1]);
    expect(kafkajsConfig([s('enable.idempotence', 'true')], 'producer').settings.find((x) => x.name === 'maxInFlightRequests')?.value).toBe(1);
  });
});

describe('franz-go translation', () => {
  it('writes kgo option calls with Go argument types', () => {
    const t = franzGoConfig([
      s('acks', '1'),
      s('linger.ms', '10'),
      s('batch.size', '65536'),
      s('isolation.level', 'read_committed'),
      s('enable.idempotence', 'false'),
      s('enable.idempotence', 'true'),
      s('auto.offset.reset', 'latest'),
      s('partition.assignment.strategy', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor'),
    ]);
    expect(t.settings.map((x) => (x.value as { code: string }).code)).toEqual([
      'kgo.RequiredAcks(kgo.LeaderAck())',
      'kgo.ProducerLinger(10 * time.Millisecond)',
      'kgo.ProducerBatchMaxBytes(int32(65536))',
      'kgo.FetchIsolationLevel(kgo.ReadCommitted())',
      'kgo.DisableIdempotentWrite()',
      'kgo.ConsumeResetOffset(kgo.NewOffset().AtEnd())',
      'kgo.Balancers(kgo.CooperativeStickyBalancer())',
    ]);
    expect(t.untranslated.map((u) => [u.name, u.reason])).toEqual([['enable.idempotence', 'franz-go writes idempotently by default']]);
  });
});

describe('kafka-python translation', () => {
  it('uses keyword names, and one request in flight when idempotence was asked for', () => {
    const t = kafkaPythonConfig([s('acks', '1'), s('linger.ms', '5'), s('enable.idempotence', 'true'), s('max.in.flight.requests.per.connection', '5'), s('isolation.level', 'read_committed')]);
    expect(names(t)).toEqual({ acks: 1, linger_ms: 5, max_in_flight_requests_per_connection: 1 });
    expect(t.untranslated.map((u) => u.name)).toEqual(['enable.idempotence', 'isolation.level']);
  });
});

describe('per-instance transactional.id', () => {
  const join = (prefix: string, suffix: string) => `${JSON.stringify(prefix)} + ID + ${JSON.stringify(suffix)}`;
  it("replaces the design's ${INSTANCE_ID} placeholder, or appends the instance id", () => {
    expect(perInstanceTransactionalId(librdkafkaConfig([s('transactional.id', 'proc-${INSTANCE_ID}-tx')]), join).settings[0]!.value).toEqual({ code: '"proc-" + ID + "-tx"' });
    expect(perInstanceTransactionalId(librdkafkaConfig([s('transactional.id', 'proc')]), join).settings[0]!.value).toEqual({ code: '"proc-" + ID + ""' });
  });
});
