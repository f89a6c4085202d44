import { ruleTables } from '../tester.js';

ruleTables('delivery', [
  {
    rule: 'delivery/retries-disabled',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'acks=1\nretries=0\nenable.idempotence=false', intent: { delivery: 'at-most-once' } }],
    invalid: [
      { text: 'acks=all\nretries=0\nenable.idempotence=false', errors: [{ messageId: 'aTransientBrokerError', line: 2, setting: 'retries' }] },
      {
        text: 'acks=all\nretries=0\nenable.idempotence=false',
        intent: { delivery: 'at-least-once' },
        message: /at-least-once/,
        errors: [{ messageId: 'aTransientBrokerError', severity: 'error', line: 2, setting: 'retries' }],
      },
    ],
  },
  {
    rule: 'delivery/acks-not-all',
    valid: [{ text: 'acks=all' }, { text: 'acks=-1' }, { text: 'acks=0\nenable.idempotence=false', intent: { delivery: 'at-most-once' } }],
    invalid: [
      { text: 'acks=1\nenable.idempotence=false', errors: [{ messageId: 'aRecordAcknowledgedBy', severity: 'info', line: 1, setting: 'acks' }] },
      { text: 'acks=0\nenable.idempotence=false', errors: [{ messageId: 'acknowledgedRecordsCanBe', line: 1, setting: 'acks' }] },
      { text: 'acks=1\nenable.idempotence=false', intent: { delivery: 'exactly-once' }, errors: [{ messageId: 'acknowledgedRecordsCanBe', severity: 'error', line: 1, setting: 'acks' }] },
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
      { text: 'acks=1\nenable.idempotence=false', message: /5 requests in flight/, errors: [{ messageId: 'idempotenceOffWithRetries', line: 2, setting: 'enable.idempotence' }] },
      { text: 'acks=1\nenable.idempotence=false', intent: { ordering: 'per-key' }, errors: [{ messageId: 'idempotenceOffWithRetries', severity: 'error', line: 2, setting: 'enable.idempotence' }] },
      {
        text: '{"bootstrap.servers":"k:9092","linger.ms":5}',
        file: 'p.json',
        kind: 'producer',
        errors: [{ messageId: 'idempotenceOffWithRetries', setting: 'max.in.flight.requests.per.connection' }],
      },
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
      { text: 'acks=all\nenable.idempotence=true', intent: { delivery: 'exactly-once' }, errors: [{ messageId: 'theFlowAsksFor', setting: 'transactional.id' }] },
      { text: 'acks=all\nenable.idempotence=true', intent: { delivery: 'exactly-once', consumesFromKafka: true }, errors: [{ messageId: 'theFlowAsksFor', setting: 'transactional.id' }] },
    ],
  },
  {
    rule: 'delivery/exactly-once-needs-idempotence',
    valid: [{ text: 'acks=all', intent: { delivery: 'exactly-once' } }],
    invalid: [
      { text: 'acks=all\nenable.idempotence=false', intent: { delivery: 'exactly-once' }, errors: [{ messageId: 'isFalseButThe', line: 2, setting: 'enable.idempotence' }] },
      {
        text: '{"bootstrap.servers":"k:9092","acks":"all"}',
        file: 'p.json',
        kind: 'producer',
        intent: { delivery: 'exactly-once' },
        message: /librdkafka default/,
        errors: [{ messageId: 'isFalseButThe', setting: 'enable.idempotence' }],
      },
    ],
  },
  {
    rule: 'delivery/side-effect-needs-idempotency-key',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'exactly-once' } },
      { text: 'group.id=g\nenable.auto.commit=false', intent: { delivery: 'at-most-once', externalSideEffect: 'email' } },
    ],
    invalid: [
      {
        text: 'group.id=g\nenable.auto.commit=false\nisolation.level=read_committed',
        intent: { delivery: 'exactly-once', externalSideEffect: 'card charge' },
        message: /does not cover the card charge.*idempotency key/,
        errors: [{ messageId: 'exactlyOnce', severity: 'error' }],
      },
      {
        text: 'group.id=g\nenable.auto.commit=false',
        intent: { delivery: 'at-least-once', externalSideEffect: 'HTTP call' },
        message: /HTTP call is repeated/,
        errors: [{ messageId: 'repeated', severity: 'warning' }],
      },
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
      { text: 'group.id=g', intent: { delivery: 'at-least-once' }, errors: [{ messageId: 'enableAutoCommitIsTrueBut', setting: 'enable.auto.commit' }] },
      {
        text: 'group.id=g',
        intent: { externalSideEffect: 'card charge' },
        message: /card charge is silently skipped/,
        errors: [{ messageId: 'sideEffectSkipped', severity: 'error', setting: 'enable.auto.commit' }],
      },
      {
        text: '{"group.id":"g","enable.auto.commit":true}',
        file: 'c.json',
        intent: { delivery: 'at-least-once' },
        message: /enable\.auto\.offset\.store/,
        errors: [{ messageId: 'enableAutoCommitIsTrueBut', severity: 'error', line: 1, setting: 'enable.auto.commit' }],
      },
    ],
  },
  {
    rule: 'delivery/transactional-consumer-commits',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false\nisolation.level=read_committed', intent: { delivery: 'exactly-once' } },
      // With a side effect outside Kafka the advice is an idempotency key, not offsets in a transaction.
      { text: 'group.id=g\nenable.auto.commit=true', intent: { delivery: 'exactly-once', externalSideEffect: 'card charge' } },
    ],
    invalid: [{ text: 'group.id=g\nisolation.level=read_committed', intent: { delivery: 'exactly-once' }, errors: [{ messageId: 'enableAutoCommitIsTrueIn', setting: 'enable.auto.commit' }] }],
  },
  {
    rule: 'delivery/read-uncommitted-after-transactions',
    valid: [{ text: 'group.id=g\nisolation.level=read_committed', intent: { delivery: 'exactly-once' } }, { text: 'group.id=g' }],
    invalid: [
      {
        text: 'group.id=g\nenable.auto.commit=false',
        intent: { delivery: 'exactly-once' },
        message: /read_uncommitted \(the default\)/,
        errors: [{ messageId: 'isolationLevelIsReadUncommitted', setting: 'isolation.level' }],
      },
      {
        text: 'group.id=g\nisolation.level=read_uncommitted',
        intent: { upstreamTransactional: true },
        errors: [{ messageId: 'isolationLevelIsReadUncommitted', line: 2, setting: 'isolation.level' }],
      },
    ],
  },
  {
    rule: 'delivery/offset-reset-latest',
    valid: [{ text: 'group.id=g\nauto.offset.reset=earliest', intent: { delivery: 'at-least-once' } }, { text: 'group.id=g' }],
    invalid: [{ text: 'group.id=g', intent: { delivery: 'at-least-once' }, message: /latest \(default\)/, errors: [{ messageId: 'autoOffsetResetIsLatestBut', setting: 'auto.offset.reset' }] }],
  },
]);
