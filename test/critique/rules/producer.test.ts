import { ruleTables } from '../tester.js';

ruleTables('producer', [
  {
    rule: 'producer/idempotence-acks',
    valid: [
      { text: 'acks=all\nenable.idempotence=true' },
      { text: 'acks=1\nenable.idempotence=false' },
      { text: '{"idempotent": true, "maxInFlightRequests": 1}', file: 'p.json', kind: 'producer' },
    ],
    invalid: [
      { text: 'acks=1\nenable.idempotence=true', severity: 'error', message: /rejects/ },
      { text: 'acks=1\nlinger.ms=5', severity: 'warning', message: /silently turns off idempotence/ },
      { text: '{"enable.idempotence": true, "acks": 1}', file: 'p.json', kind: 'producer', severity: 'error' },
    ],
  },
  {
    rule: 'producer/idempotence-in-flight',
    valid: [{ text: 'acks=all\nenable.idempotence=true\nmax.in.flight.requests.per.connection=5' }],
    invalid: [
      { text: 'acks=all\nenable.idempotence=true\nmax.in.flight.requests.per.connection=6', severity: 'error', message: /6 > 5/ },
      { text: 'acks=all\nmax.in.flight.requests.per.connection=10', severity: 'warning' },
    ],
  },
  {
    rule: 'producer/idempotence-retries',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'acks=1\nenable.idempotence=false\nretries=0' }],
    invalid: [{ text: 'acks=all\nenable.idempotence=true\nretries=0', severity: 'error' }],
  },
  {
    rule: 'producer/transactional-without-idempotence',
    valid: [{ text: 'acks=all\ntransactional.id=tx-1' }],
    invalid: [{ text: 'acks=all\ntransactional.id=tx-1\nenable.idempotence=false', severity: 'error' }],
  },
  {
    rule: 'producer/delivery-timeout',
    valid: [{ text: '{"message.timeout.ms": 10000, "acks": "all"}', file: 'p.json', kind: 'producer' }, { text: 'acks=all\nlinger.ms=20\nrequest.timeout.ms=30000\ndelivery.timeout.ms=120000' }],
    invalid: [{ text: 'acks=all\nlinger.ms=5000\nrequest.timeout.ms=30000\ndelivery.timeout.ms=30000', severity: 'error', message: /30000 ms \(30 s\) < linger\.ms 5000 ms \+ request\.timeout\.ms 30000 ms \(30 s\) = 35000 ms \(35 s\)/ }],
  },
  {
    rule: 'producer/batch-size-vs-max-request',
    valid: [{ text: 'acks=all\nbatch.size=65536' }],
    invalid: [{ text: 'acks=all\nbatch.size=2097152', message: /batch\.size 2097152 bytes \(2 MiB\) > max\.request\.size 1048576 bytes \(1 MiB\)/ }],
  },
  {
    rule: 'producer/buffer-memory-vs-max-request',
    valid: [{ text: 'acks=all\nbuffer.memory=67108864' }],
    invalid: [{ text: 'acks=all\nbuffer.memory=8192', severity: 'error', message: /< batch\.size/ }, { text: 'acks=all\nbuffer.memory=65536', severity: 'warning', message: /< max\.request\.size/ }],
  },
  {
    rule: 'producer/transaction-timeout-vs-broker',
    valid: [{ text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=60000' }],
    invalid: [
      { text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=1000000', message: /> broker transaction\.max\.timeout\.ms 900000 ms \(900 s\) \(broker default\)/ },
      { text: 'acks=all\ntransactional.id=t\ntransaction.timeout.ms=120000', with: [{ text: 'log.dirs=/d\ntransaction.max.timeout.ms=60000', file: 'server.properties' }], message: /60000 ms/ },
    ],
  },
  {
    rule: 'producer/batching-disabled',
    valid: [{ text: 'acks=all\nbatch.size=16384' }],
    invalid: [{ text: 'acks=all\nbatch.size=0' }],
  },
]);
