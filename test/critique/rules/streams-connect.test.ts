import { ruleTables } from '../tester.js';

ruleTables('streams and connect', [
  {
    rule: 'streams/exactly-once-v1',
    valid: [{ text: 'application.id=app\nprocessing.guarantee=exactly_once_v2' }],
    invalid: [
      { text: 'application.id=app\nprocessing.guarantee=exactly_once', version: '3.9', errors: [{ messageId: 'processingGuaranteeIs', line: 2, setting: 'processing.guarantee' }] },
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_beta', version: '4.0', errors: [{ messageId: 'processingGuaranteeIs', severity: 'error', line: 2, setting: 'processing.guarantee' }] },
    ],
  },
  {
    rule: 'streams/replication-factor-1',
    valid: [{ text: 'application.id=app\nreplication.factor=3' }],
    invalid: [{ text: 'application.id=app\nreplication.factor=1', errors: [{ messageId: 'replicationFactorChangelogAndRepartition', line: 2, setting: 'replication.factor' }] }],
  },
  {
    rule: 'connect/internal-topic-rf-1',
    valid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=3' }],
    invalid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=1', errors: [{ messageId: 'internalTopicsHaveA', line: 3, setting: 'offset.storage.replication.factor' }] }],
  },
]);
