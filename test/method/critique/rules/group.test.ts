import { ruleTables } from '../tester.js';

ruleTables('group', [
  {
    rule: 'group/poll-batch-exceeds-interval',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false\nmax.poll.records=50', intent: { processingP99Ms: 2000 } },
      { text: 'group.id=g\nmax.poll.records=500' },
      // librdkafka's classic consumer ignores max.poll.records: the batch is the application's consume(N), one by default.
      { text: '{"group.id":"g","max.poll.records":500}', file: 'c.json', kind: 'consumer', library: 'confluent-kafka', intent: { processingP99Ms: 2000 } },
      { text: '{"group.id":"g"}', file: 'c.json', kind: 'consumer', library: 'confluent-kafka', intent: { processingP99Ms: 2000, batchRecords: 50 } },
      { text: 'groupId: g\n', file: 'c.yaml', kind: 'consumer', library: 'kafkajs', intent: { processingP99Ms: 2000 } },
    ],
    invalid: [
      {
        text: '{"group.id":"g"}',
        file: 'c.json',
        kind: 'consumer',
        library: 'confluent-kafka',
        intent: { processingP99Ms: 2000, batchRecords: 500 },
        message: /500 records \(consume\(num_messages=N\)\) x 2000 ms/,
        errors: [{ messageId: 'recordsXMsPer', setting: 'max.poll.interval.ms' }],
      },
      {
        text: 'groupId: g\n',
        file: 'c.yaml',
        kind: 'consumer',
        library: 'kafkajs',
        intent: { processingP99Ms: 40000 },
        message: /one record at p99 40000 ms .*> sessionTimeout 30000 ms/,
        errors: [{ messageId: 'messageVsSession', setting: 'session.timeout.ms' }],
      },
      {
        text: 'group.id=g\nmax.poll.records=500',
        intent: { processingP99Ms: 2000 },
        message: /500 records x 2000 ms = 1000000 ms \(1000 s\) per poll batch > max\.poll\.interval\.ms 300000 ms \(300 s\)/,
        errors: [{ messageId: 'recordsXMsPer', line: 2, setting: 'max.poll.records' }],
      },
      {
        text: 'group.id=g\nmax.poll.records=130',
        intent: { processingP99Ms: 2000 },
        message: /within 20%/,
        errors: [{ messageId: 'recordsXMsPer', severity: 'warning', line: 2, setting: 'max.poll.records' }],
      },
    ],
  },
  {
    rule: 'group/heartbeat-vs-session',
    valid: [{ text: 'group.id=g\nsession.timeout.ms=45000\nheartbeat.interval.ms=3000' }],
    invalid: [
      { text: 'group.id=g\nsession.timeout.ms=10000\nheartbeat.interval.ms=10000', errors: [{ messageId: 'atOrAboveSession', line: 3, setting: 'heartbeat.interval.ms' }] },
      { text: 'group.id=g\nsession.timeout.ms=10000\nheartbeat.interval.ms=5000', errors: [{ messageId: 'aboveThirdOfSession', severity: 'warning', line: 3, setting: 'heartbeat.interval.ms' }] },
    ],
  },
  {
    rule: 'group/session-vs-broker-limits',
    valid: [{ text: 'group.id=g\nsession.timeout.ms=45000' }],
    invalid: [
      {
        text: 'group.id=g\nsession.timeout.ms=2000000',
        message: /> broker default group\.max\.session\.timeout\.ms 1800000 ms/,
        errors: [{ messageId: 'sessionTimeoutMsGroupMaxSessionTimeoutMsTheConsumer', line: 2, setting: 'session.timeout.ms' }],
      },
      {
        text: 'group.id=g\nsession.timeout.ms=90000',
        with: [{ text: 'log.dirs=/d\ngroup.max.session.timeout.ms=60000', file: 'server.properties' }],
        message: /> broker group\.max/,
        errors: [{ messageId: 'sessionTimeoutMsGroupMaxSessionTimeoutMsTheConsumer', line: 2, setting: 'session.timeout.ms' }],
      },
      {
        text: 'group.id=g\nsession.timeout.ms=1000',
        message: /group\.min\.session\.timeout\.ms/,
        errors: [{ messageId: 'sessionTimeoutMsGroupMinSessionTimeoutMsTheConsumer', line: 2, setting: 'session.timeout.ms' }],
      },
    ],
  },
  {
    rule: 'group/consumer-protocol-client-settings',
    valid: [{ text: 'group.id=g\ngroup.protocol=consumer', version: '4.0' }, { text: 'group.id=g\nsession.timeout.ms=45000' }],
    invalid: [
      { text: 'group.id=g\ngroup.protocol=consumer\nsession.timeout.ms=45000', version: '4.0', errors: [{ messageId: 'isSetWithGroupProtocol', line: 3, setting: 'session.timeout.ms' }] },
      {
        text: 'group.id=g\ngroup.protocol=consumer\npartition.assignment.strategy=org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
        version: '4.0',
        errors: [{ messageId: 'isSetWithGroupProtocol', line: 3, setting: 'partition.assignment.strategy' }],
      },
    ],
  },
  {
    rule: 'group/consumer-protocol-version',
    valid: [{ text: 'group.id=g\ngroup.protocol=consumer', version: '4.0' }],
    invalid: [{ text: 'group.id=g\ngroup.protocol=consumer', version: '3.8', message: /preview/, errors: [{ messageId: 'groupProtocolConsumerIsEarly', line: 2, setting: 'group.protocol' }] }],
  },
  {
    rule: 'group/auto-commit-without-group',
    valid: [{ text: 'group.id=g\nenable.auto.commit=true' }, { text: 'enable.auto.commit=false\nauto.offset.reset=earliest' }],
    invalid: [{ text: 'enable.auto.commit=true\nauto.offset.reset=earliest', errors: [{ messageId: 'trueButNoGroupId', line: 1, setting: 'enable.auto.commit' }] }],
  },
]);

ruleTables('group (remote assignor)', [
  {
    rule: 'group/consumer-protocol-client-settings',
    valid: [{ text: 'group.id=g\ngroup.protocol=consumer\ngroup.remote.assignor=uniform', version: '4.0' }],
    invalid: [
      {
        text: 'group.id=g\ngroup.protocol=classic\ngroup.remote.assignor=uniform',
        version: '4.0',
        message: /classic/,
        errors: [{ messageId: 'isSetWithThe', line: 3, setting: 'group.remote.assignor' }],
      },
    ],
  },
]);
