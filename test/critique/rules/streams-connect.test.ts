import { ruleTables } from '../tester.js';

ruleTables('streams and connect', [
  {
    rule: 'streams/exactly-once-v1',
    valid: [{ text: 'application.id=app\nprocessing.guarantee=exactly_once_v2' }],
    invalid: [
      { text: 'application.id=app\nprocessing.guarantee=exactly_once', version: '3.9', severity: 'warning' },
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_beta', version: '4.0', severity: 'error' },
    ],
  },
  {
    rule: 'streams/replication-factor-1',
    valid: [{ text: 'application.id=app\nreplication.factor=3' }],
    invalid: [{ text: 'application.id=app\nreplication.factor=1' }],
  },
  {
    rule: 'connect/internal-topic-rf-1',
    valid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=3' }],
    invalid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=1', severity: 'warning' }],
  },
]);
