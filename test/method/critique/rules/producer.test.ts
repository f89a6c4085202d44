import { ruleTables } from '../tester.js';

ruleTables('producer', [
  {
    rule: 'producer/idempotence-acks',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'acks=1\nenable.idempotence=false' }, { text: '{"idempotent": true, "maxInFlightRequests": 1}', file: 'p.json', kind: 'producer' }],
    invalid: [
      { text: 'acks=1\nenable.idempotence=true', message: /rejects/, errors: [{ messageId: 'enableIdempotenceTrueWithAcks', line: 1, setting: 'acks' }] },
      { text: 'acks=1\nlinger.ms=5', message: /silently turns off idempotence/, errors: [{ messageId: 'acksSilentlyTurnsOff', severity: 'warning', line: 1, setting: 'acks' }] },
      { text: '{"enable.idempotence": true, "acks": 1}', file: 'p.json', kind: 'producer', errors: [{ messageId: 'enableIdempotenceTrueWithAcks', line: 1, setting: 'acks' }] },
    ],
  },
  {
    rule: 'producer/idempotence-in-flight',
    valid: [{ text: 'acks=all\nenable.idempotence=true\nmax.in.flight.requests.per.connection=5' }],
    invalid: [
      {
        text: 'acks=all\nenable.idempotence=true\nmax.in.flight.requests.per.connection=6',
        message: /6 > 5/,
        errors: [{ messageId: 'maxInFlightRequestsPerConnectionWithIdempotence', line: 3, setting: 'max.in.flight.requests.per.connection' }],
      },
      {
        text: 'acks=all\nmax.in.flight.requests.per.connection=10',
        errors: [{ messageId: 'maxInFlightRequestsPerConnectionWithIdempotence', severity: 'warning', line: 2, setting: 'max.in.flight.requests.per.connection' }],
      },
    ],
  },
  {
    rule: 'producer/idempotence-retries',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'acks=1\nenable.idempotence=false\nretries=0' }],
    invalid: [{ text: 'acks=all\nenable.idempotence=true\nretries=0', errors: [{ messageId: 'retriesWithIdempotence', line: 3, setting: 'retries' }] }],
  },
  {
    rule: 'producer/transactional-without-idempotence',
    valid: [{ text: 'acks=all\ntransactional.id=tx-1' }],
    invalid: [{ text: 'acks=all\ntransactional.id=tx-1\nenable.idempotence=false', errors: [{ messageId: 'transactionalIdIsSetBut', line: 3, setting: 'enable.idempotence' }] }],
  },
  {
    rule: 'producer/delivery-timeout',
    valid: [{ text: '{"message.timeout.ms": 10000, "acks": "all"}', file: 'p.json', kind: 'producer' }, { text: 'acks=all\nlinger.ms=20\nrequest.timeout.ms=30000\ndelivery.timeout.ms=120000' }],
    invalid: [
      {
        text: 'acks=all\nlinger.ms=5000\nrequest.timeout.ms=30000\ndelivery.timeout.ms=30000',
        message: /30000 ms \(30 s\) < linger\.ms 5000 ms \+ request\.timeout\.ms 30000 ms \(30 s\) = 35000 ms \(35 s\)/,
        errors: [{ messageId: 'lingerMsRequestTimeoutMs', line: 4, setting: 'delivery.timeout.ms' }],
      },
    ],
  },
  {
    rule: 'producer/batch-size-vs-max-request',
    valid: [{ text: 'acks=all\nbatch.size=65536' }],
    invalid: [
      {
        text: 'acks=all\nbatch.size=2097152',
        message: /batch\.size 2097152 bytes \(2 MiB\) > max\.request\.size 1048576 bytes \(1 MiB\)/,
        errors: [{ messageId: 'batchSizeMaxRequestSize', line: 2, setting: 'batch.size' }],
      },
    ],
  },
  {
    rule: 'producer/buffer-memory-vs-max-request',
    valid: [{ text: 'acks=all\nbuffer.memory=67108864' }],
    invalid: [
      { text: 'acks=all\nbuffer.memory=8192', message: /< batch\.size/, errors: [{ messageId: 'bufferMemoryBatchSizeNoBatch', line: 2, setting: 'buffer.memory' }] },
      {
        text: 'acks=all\nbuffer.memory=65536',
        message: /< max\.request\.size/,
        errors: [{ messageId: 'bufferMemoryMaxRequestSizeRecordsAbove', severity: 'warning', line: 2, setting: 'buffer.memory' }],
      },
    ],
  },
  {
    rule: 'producer/transaction-timeout-vs-broker',
    valid: [{ text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=60000' }],
    invalid: [
      {
        text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=1000000',
        message: /> broker transaction\.max\.timeout\.ms 900000 ms \(900 s\) \(broker default\)/,
        errors: [{ messageId: 'transactionTimeoutMsBrokerTransactionMaxTimeoutMs', line: 3, setting: 'transaction.timeout.ms' }],
      },
      {
        text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=120000',
        with: [{ text: 'log.dirs=/d\ntransaction.max.timeout.ms=60000', file: 'server.properties' }],
        message: /60000 ms/,
        errors: [{ messageId: 'transactionTimeoutMsBrokerTransactionMaxTimeoutMs', line: 3, setting: 'transaction.timeout.ms' }],
      },
    ],
  },
  {
    rule: 'producer/batching-disabled',
    valid: [{ text: 'acks=all\nbatch.size=16384' }],
    invalid: [{ text: 'acks=all\nbatch.size=0', errors: [{ messageId: 'batchSizeEveryRecordIs', line: 2, setting: 'batch.size' }] }],
  },
]);
