import { ruleTables } from '../tester.js';

const kafkaTopic = (config: string) => `apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata:
  name: orders
  labels:
    strimzi.io/cluster: my-cluster
spec:
  partitions: 6
  replicas: 3
  config:
${config
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
`;

ruleTables('topic', [
  {
    rule: 'topic/segment-outlives-retention',
    valid: [
      { text: kafkaTopic('retention.ms: 7200000\nsegment.ms: 600000'), file: 't.yaml' },
      { text: kafkaTopic('retention.ms: 604800000'), file: 't.yaml' },
    ],
    invalid: [
      {
        text: kafkaTopic('retention.ms: 7200000'),
        file: 't.yaml',
        message: /segment\.ms 604800000 ms \(604800 s\) \(default\) > retention\.ms 7200000 ms/,
        errors: [{ messageId: 'segmentMsRetentionMsRecordsOn', line: 11, setting: 'retention.ms' }],
      },
    ],
  },
  {
    rule: 'topic/compact-ignores-retention',
    valid: [{ text: kafkaTopic('cleanup.policy: compact,delete\nretention.ms: 86400000'), file: 't.yaml' }],
    invalid: [{ text: kafkaTopic('cleanup.policy: compact\nretention.ms: 86400000'), file: 't.yaml', errors: [{ messageId: 'hasNoEffectWith', line: 12, setting: 'retention.ms' }] }],
  },
]);
