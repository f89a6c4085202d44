import { ruleTables } from '../tester.js';

ruleTables('client', [
  {
    rule: 'client/alias-set-twice',
    valid: [{ text: '{"linger.ms": 5, "acks": "all"}', file: 'p.json' }],
    invalid: [
      {
        text: '{"linger.ms": 5, "queue.buffering.max.ms": 50, "acks": "all"}',
        file: 'p.json',
        message: /linger\.ms=5 and queue\.buffering\.max\.ms=50/,
        errors: [{ messageId: 'setTheSameThing', line: 1, setting: 'linger.ms' }],
      },
    ],
  },
  {
    rule: 'client/librdkafka-idempotence-default',
    valid: [
      { text: '{"enable.idempotence": true, "linger.ms": 5}', file: 'p.json' },
      { text: 'acks=all\nlinger.ms=5' },
      // a file that sets nothing, with no intent: nothing to hold it against
      { text: '{"bootstrap.servers": "k:9092"}', file: 'p.json' },
    ],
    invalid: [
      { text: '{"linger.ms": 5, "acks": "all"}', file: 'p.json', errors: [{ messageId: 'enableIdempotenceIsNotSet' }] },
      { text: '{"linger.ms": 5, "acks": "all"}', file: 'p.json', intent: { delivery: 'at-least-once' }, errors: [{ messageId: 'enableIdempotenceIsNotSet', severity: 'warning' }] },
      // the intent is checked against librdkafka's defaults even when the file sets nothing
      {
        text: '{"bootstrap.servers": "k:9092"}',
        file: 'p.json',
        intent: { delivery: 'exactly-once' },
        message: /exactly-once \(no duplicates\) was asked.*defaults it to false/,
        errors: [{ messageId: 'intentAgainstDefault', severity: 'error' }],
      },
      {
        text: 'bootstrap.servers=k:9092',
        library: 'confluent-kafka',
        intent: { ordering: 'per-key' },
        message: /per-key ordering was asked/,
        errors: [{ messageId: 'intentAgainstDefault', severity: 'warning' }],
      },
    ],
  },
  {
    rule: 'client/kafkajs-idempotent-in-flight',
    valid: [{ text: '{"idempotent": true, "maxInFlightRequests": 1}', file: 'p.json' }],
    invalid: [
      {
        text: '{"clientId": "a", "brokers": ["k:9092"], "producer": {"idempotent": true}}',
        file: 'p.json',
        message: /unset \(unlimited\)/,
        errors: [{ messageId: 'idempotentTrueWithMaxInFlightRequests', line: 1, setting: 'enable.idempotence' }],
      },
    ],
  },
  {
    rule: 'client/kafkajs-idempotent-acks',
    valid: [{ text: '{"producer": {"idempotent": true, "maxInFlightRequests": 1}, "send": {"acks": -1}}', file: 'p.json' }],
    invalid: [
      { text: '{"producer": {"idempotent": true, "maxInFlightRequests": 1}, "send": {"acks": 1}}', file: 'p.json', errors: [{ messageId: 'idempotentTrueWithAcks', line: 1, setting: 'acks' }] },
    ],
  },
  {
    rule: 'client/kafkajs-idempotent-retries',
    valid: [{ text: '{"idempotent": true, "maxInFlightRequests": 1}', file: 'p.json' }],
    invalid: [
      { text: '{"idempotent": true, "maxInFlightRequests": 1, "retry": {"retries": 0}}', file: 'p.json', errors: [{ messageId: 'idempotentTrueWithRetryRetries', line: 1, setting: 'retries' }] },
    ],
  },
  {
    rule: 'client/librdkafka-unknown-property',
    valid: [{ text: '{"bootstrap.servers": "k:9092", "linger.ms": 5, "schema.registry.url": "http://sr"}', file: 'p.json' }],
    invalid: [
      {
        text: '{"bootstrap.servers": "k:9092", "key.serializer": "org.apache.kafka.common.serialization.StringSerializer"}',
        file: 'p.json',
        errors: [{ messageId: 'isNotALibrdkafka', line: 1, setting: 'key.serializer' }],
      },
    ],
  },
  {
    rule: 'client/kafkajs-unknown-option',
    valid: [{ text: '{"groupId": "g", "sessionTimeout": 30000}', file: 'c.json' }],
    invalid: [{ text: '{"groupId": "g", "sessionTimeoutMs": 30000}', file: 'c.json', message: /sessionTimeoutMs/, errors: [{ messageId: 'isNotAKafkajs', line: 1, setting: 'sessionTimeoutMs' }] }],
  },
]);
