// Facts per client library: each library's own defaults (from its facts file) and feature floors.
import { describe, expect, it } from 'vitest';
import { franzGoFacts } from '../../src/knowledge/catalog.js';
import { clientDefault, featureSupport } from '../../src/knowledge/clients.js';

describe('clientDefault per library', () => {
  it.each([
    // scope, Java name, library, value, library's own name
    ['producer', 'batch.size', 'confluent-kafka', '1000000', 'batch.size'],
    ['producer', 'linger.ms', 'confluent-kafka', '5', 'linger.ms'],
    ['producer', 'partitioner.class', 'confluent-kafka', null, null],
    ['producer', 'enable.idempotence', 'confluent-kafka', 'false', 'enable.idempotence'],
    ['consumer', 'fetch.max.wait.ms', 'confluent-kafka', '500', 'fetch.wait.max.ms'],
    ['producer', 'batch.size', 'franz-go', '1000012', 'ProducerBatchMaxBytes'],
    ['producer', 'linger.ms', 'franz-go', '10', 'ProducerLinger'],
    ['producer', 'compression.type', 'franz-go', 'snappy', 'ProducerBatchCompression'],
    ['producer', 'acks', 'franz-go', 'all', 'RequiredAcks'],
    ['producer', 'enable.idempotence', 'franz-go', 'true', 'DisableIdempotentWrite'],
    ['consumer', 'auto.offset.reset', 'franz-go', 'earliest', 'ConsumeResetOffset'],
    ['consumer', 'fetch.max.wait.ms', 'franz-go', '5000', 'FetchMaxWait'],
    ['consumer', 'partition.assignment.strategy', 'franz-go', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor', 'Balancers'],
    ['consumer', 'max.poll.records', 'franz-go', null, null],
    ['consumer', 'max.poll.records', 'kafkajs', null, null],
    ['producer', 'batch.size', 'kafka-clients', '16384', 'batch.size'],
  ] as const)('%s %s in %s = %s (%s)', (scope, name, library, value, clientName) => {
    const d = clientDefault(scope, name, '3.9', library);
    expect(d.value).toBe(value);
    expect(d.clientName).toBe(clientName);
    if (library !== 'kafka-clients') expect(d.source).not.toMatch(/^Kafka \d/);
  });

  it("librdkafka partitioner is its own consistent_random, not Java's", () => {
    expect(clientDefault('producer', 'partitioner', '3.9', 'confluent-kafka').value).toBe('consistent_random');
  });

  it('the franz-go facts file names its version and source', () => {
    const f = franzGoFacts();
    expect(f.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(f.source).toContain(`v${f.version}`);
  });
});

describe('featureSupport', () => {
  it.each([
    ['confluent-kafka', '2.12.0', 'consumer-group-protocol', 'yes'],
    ['confluent-kafka', '2.11.1', 'consumer-group-protocol', 'no'],
    ['confluent-kafka', null, 'consumer-group-protocol', 'unknown'],
    ['confluent-kafka', 'v2.13.0-RC1', 'consumer-group-protocol', 'yes'],
    ['kafkajs', '2.2.4', 'consumer-group-protocol', 'no'],
    ['kafkajs', null, 'consumer-group-protocol', 'no'],
    ['kafka-clients', '4.0.0', 'consumer-group-protocol', 'yes'],
    ['kafka-clients', '3.9.1', 'consumer-group-protocol', 'no'],
    ['franz-go', '1.21.5', 'consumer-group-protocol', 'no'],
    ['confluent-kafka', '1.3.0', 'transactions', 'no'],
    ['confluent-kafka', '1.4.0', 'transactions', 'yes'],
    ['confluent-kafka', '0.11.6', 'idempotence', 'no'],
    ['kafka-clients', '2.0.0', 'zstd', 'no'],
    ['kafkajs', '2.2.4', 'zstd', 'no'],
  ] as const)('%s %s: %s %s', (library, version, feature, available) => {
    expect(featureSupport(library, version, feature).available).toBe(available);
  });
});
