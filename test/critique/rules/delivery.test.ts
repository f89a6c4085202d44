import { ruleTables } from '../tester.js';

ruleTables('delivery', [
  {
    rule: 'delivery/retries-disabled',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'acks=1\nretries=0\nenable.idempotence=false', intent: { delivery: 'at-most-once' } }],
    invalid: [
      { text: 'acks=all\nretries=0\nenable.idempotence=false', severity: 'warning' },
      { text: 'acks=all\nretries=0\nenable.idempotence=false', intent: { delivery: 'at-least-once' }, severity: 'error', message: /at-least-once/ },
    ],
  },
  {
    rule: 'delivery/acks-not-all',
    valid: [{ text: 'acks=all' }, { text: 'acks=-1' }, { text: 'acks=0\nenable.idempotence=false', intent: { delivery: 'at-most-once' } }],
    invalid: [
      { text: 'acks=1\nenable.idempotence=false', severity: 'info' },
      { text: 'acks=0\nenable.idempotence=false', severity: 'warning' },
      { text: 'acks=1\nenable.idempotence=false', intent: { delivery: 'exactly-once' }, severity: 'error' },
    ],
  },
  {
    rule: 'delivery/retries-reorder',
    valid: [
      { text: 'acks=all\nenable.idempotence=true' },
      { text: 'acks=1\nenable.idempotence=false\nmax.in.flight.requests.per.connection=1' },
      { text: 'acks=1\nenable.idempotence=false', intent: { ordering: 'none' } },
    ],
    invalid: [
      { text: 'acks=1\nenable.idempotence=false', severity: 'warning', message: /5 requests in flight/ },
      { text: 'acks=1\nenable.idempotence=false', intent: { ordering: 'per-key' }, severity: 'error' },
      { text: '{"bootstrap.servers":"k:9092","linger.ms":5}', file: 'p.json', kind: 'producer' },
    ],
  },
  {
    rule: 'delivery/exactly-once-needs-transactions',
    valid: [
      { text: 'acks=all\ntransactional.id=t', intent: { delivery: 'exactly-once' } },
      { text: 'acks=all' },
      { text: 'acks=all\nenable.idempotence=true', intent: { delivery: 'exactly-once', consumesFromKafka: false } },
    ],
    invalid: [
      { text: 'acks=all\nenable.idempotence=true', intent: { delivery: 'exactly-once' } },
      { text: 'acks=all\nenable.idempotence=true', intent: { delivery: 'exactly-once', consumesFromKafka: true } },
    ],
  },
  {
    rule: 'delivery/exactly-once-needs-idempotence',
    valid: [{ text: 'acks=all', intent: { delivery: 'exactly-once' } }],
    invalid: [
      { text: 'acks=all\nenable.idempotence=false', intent: { delivery: 'exactly-once' }, severity: 'error' },
      { text: '{"bootstrap.servers":"k:9092","acks":"all"}', file: 'p.json', kind: 'producer', intent: { delivery: 'exactly-once' }, message: /librdkafka default/ },
    ],
  },
  {
    rule: 'delivery/side-effect-needs-idempotency-key',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'exactly-once' } },
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'at-most-once', externalSideEffect: 'email' } },
    ],
    invalid: [
      { text: 'group.id=g\nenable.auto.commit=false\nisolation.level=read_committed', intent: { delivery: 'exactly-once', externalSideEffect: 'card charge' }, severity: 'error', message: /does not cover the card charge.*idempotency key/ },
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'at-least-once', externalSideEffect: 'HTTP call' }, severity: 'warning', message: /HTTP call is repeated/ },
    ],
  },
  {
    rule: 'delivery/transactional-consumer-commits',
    valid: [
      // With a side effect outside Kafka the advice is an idempotency key, not offsets in a transaction.
      { text: 'group.id=g\nenable.auto.commit=true', intent: { delivery: 'exactly-once', externalSideEffect: 'card charge' } },
    ],
    invalid: [{ text: 'group.id=g\nenable.auto.commit=true', intent: { delivery: 'exactly-once' } }],
  },
  {
    rule: 'delivery/read-uncommitted-after-transactions',
    valid: [{ text: 'group.id=g\nisolation.level=read_committed', intent: { upstreamTransactional: true } }, { text: 'group.id=g' }],
    invalid: [
      { text: 'group.id=g', intent: { upstreamTransactional: true }, message: /\(the default\)/ },
      { text: 'group.id=g\nisolation.level=read_uncommitted', intent: { upstreamTransactional: true } },
    ],
  },
  {
    rule: 'delivery/auto-commit-at-least-once',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false\nmax.poll.records=50', intent: { delivery: 'at-least-once' } },
      { text: 'group.id=g', intent: { delivery: 'at-most-once' } },
      { text: 'group.id=g', intent: { delivery: 'at-most-once', externalSideEffect: 'email' } },
    ],
    invalid: [
      { text: 'group.id=g', intent: { externalSideEffect: 'card charge' }, severity: 'error', message: /side effect \(card charge\).*card charge is silently skipped/ },
      { text: 'group.id=g', intent: { delivery: 'at-least-once' }, severity: 'warning' },
      { text: '{"group.id":"g","enable.auto.commit":true}', file: 'c.json', intent: { delivery: 'at-least-once' }, severity: 'error', message: /enable\.auto\.offset\.store/ },
    ],
  },
  {
    rule: 'delivery/transactional-consumer-commits',
    valid: [{ text: 'group.id=g\nenable.auto.commit=false\nisolation.level=read_committed', intent: { delivery: 'exactly-once' } }],
    invalid: [{ text: 'group.id=g\nisolation.level=read_committed', intent: { delivery: 'exactly-once' }, severity: 'error' }],
  },
  {
    rule: 'delivery/read-uncommitted-after-transactions',
    valid: [{ text: 'group.id=g\nisolation.level=read_committed', intent: { delivery: 'exactly-once' } }, { text: 'group.id=g' }],
    invalid: [
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'exactly-once' }, message: /read_uncommitted \(the default\)/ },
      { text: 'group.id=g\nisolation.level=read_uncommitted', intent: { upstreamTransactional: true } },
    ],
  },
  {
    rule: 'delivery/offset-reset-latest',
    valid: [{ text: 'group.id=g\nauto.offset.reset=earliest', intent: { delivery: 'at-least-once' } }, { text: 'group.id=g' }],
    invalid: [{ text: 'group.id=g', intent: { delivery: 'at-least-once' }, message: /latest \(default\)/ }],
  },
]);
