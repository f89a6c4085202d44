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
    rule: 'streams/application-id-missing',
    valid: [{ text: 'application.id=app\nbootstrap.servers=k:9092' }],
    invalid: [{ text: 'bootstrap.servers=k:9092\nprocessing.guarantee=exactly_once_v2\nnum.stream.threads=2', kind: 'streams', severity: 'error' }],
  },
  {
    rule: 'streams/state-dir-temporary',
    valid: [{ text: 'application.id=app\nstate.dir=/var/lib/kafka-streams/app' }, { text: 'application.id=app\nstate.dir=/data/tmp-like/app' }],
    invalid: [
      { text: 'application.id=app\nnum.stream.threads=2' },
      { text: 'application.id=app\nstate.dir=/tmp/kafka-streams' },
    ],
  },
  {
    rule: 'streams/eos-commit-interval',
    valid: [
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_v2\ncommit.interval.ms=100' },
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_v2' },
      { text: 'application.id=app\nprocessing.guarantee=at_least_once\ncommit.interval.ms=30000' },
    ],
    invalid: [{ text: 'application.id=app\nprocessing.guarantee=exactly_once_v2\ncommit.interval.ms=30000', severity: 'info' }],
  },
  {
    rule: 'connect/internal-topic-rf-1',
    valid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=3' }],
    invalid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=1', severity: 'warning' }],
  },
]);
