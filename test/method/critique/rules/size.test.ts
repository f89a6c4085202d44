import { ruleTables } from '../tester.js';

ruleTables('size', [
  {
    rule: 'size/record-exceeds-max-request',
    valid: [{ text: 'acks=all', intent: { messageBytes: 10_000 } }],
    invalid: [
      {
        text: 'acks=all',
        intent: { messageBytes: 2_097_152 },
        message: /2097152 bytes \(2 MiB\) > max\.request\.size 1048576 bytes \(1 MiB\) \(default\)/,
        errors: [{ messageId: 'recordsOfMaxRequestSize', setting: 'max.request.size' }],
      },
    ],
  },
  {
    rule: 'size/record-exceeds-max-message-bytes',
    valid: [{ text: '--topic t --config max.message.bytes=5242880', file: 't.sh', intent: { messageBytes: 2_000_000 } }],
    invalid: [{ text: '--topic t --partitions 3', file: 't.sh', intent: { messageBytes: 2_000_000 }, errors: [{ messageId: 'recordsOfMaxMessageBytes', line: 1, setting: 'max.message.bytes' }] }],
  },
  {
    rule: 'size/request-vs-broker-message-max',
    valid: [{ text: 'acks=all\nmax.request.size=1048576', with: [{ text: 'log.dirs=/d\nmessage.max.bytes=1048588', file: 'server.properties' }] }],
    invalid: [
      {
        text: 'acks=all\nmax.request.size=5242880',
        with: [{ text: 'log.dirs=/d\nmessage.max.bytes=1048588', file: 'server.properties' }],
        errors: [{ messageId: 'maxRequestSizeBrokerMessageMaxBytes', line: 2, setting: 'max.request.size' }],
      },
    ],
  },
  {
    rule: 'size/message-max-vs-socket-request',
    valid: [{ text: 'log.dirs=/d\nmessage.max.bytes=10485760' }],
    invalid: [{ text: 'log.dirs=/d\nmessage.max.bytes=209715200', errors: [{ messageId: 'messageMaxBytesSocketRequestMaxBytes', line: 2, setting: 'message.max.bytes' }] }],
  },
]);

ruleTables('size (fetch)', [
  {
    rule: 'size/record-exceeds-fetch',
    valid: [{ text: 'group.id=g\nmax.partition.fetch.bytes=4194304', intent: { messageBytes: 2_000_000 } }],
    invalid: [
      {
        text: 'group.id=g',
        intent: { messageBytes: 2_000_000 },
        message: /1048576 bytes \(1 MiB\) \(default\)/,
        errors: [{ messageId: 'recordsOfMaxPartitionFetchBytesOne', setting: 'max.partition.fetch.bytes' }],
      },
    ],
  },
]);
