import { ruleTables } from '../tester.js';

ruleTables('streams and connect', [
  {
    rule: 'streams/exactly-once-v1',
    valid: [{ text: 'application.id=app\nprocessing.guarantee=exactly_once_v2' }],
    invalid: [
      { text: 'application.id=app\nprocessing.guarantee=exactly_once', version: '3.9', errors: [{ messageId: 'processingGuaranteeIs', line: 2, setting: 'processing.guarantee' }] },
      {
        text: 'application.id=app\nprocessing.guarantee=exactly_once_beta',
        version: '4.0',
        errors: [{ messageId: 'processingGuaranteeIs', severity: 'error', line: 2, setting: 'processing.guarantee' }],
      },
    ],
  },
  {
    rule: 'streams/replication-factor-1',
    valid: [{ text: 'application.id=app\nreplication.factor=3' }],
    invalid: [{ text: 'application.id=app\nreplication.factor=1', errors: [{ messageId: 'replicationFactorChangelogAndRepartition', line: 2, setting: 'replication.factor' }] }],
  },
  {
    rule: 'streams/application-id-missing',
    valid: [{ text: 'application.id=app\nbootstrap.servers=k:9092' }],
    invalid: [
      { text: 'bootstrap.servers=k:9092\nprocessing.guarantee=exactly_once_v2\nnum.stream.threads=2', kind: 'streams', errors: [{ messageId: 'applicationIdMissing', setting: 'application.id' }] },
    ],
  },
  {
    rule: 'streams/state-dir-temporary',
    valid: [{ text: 'application.id=app\nstate.dir=/var/lib/kafka-streams/app' }, { text: 'application.id=app\nstate.dir=/data/tmp-like/app' }],
    invalid: [
      { text: 'application.id=app\nnum.stream.threads=2', errors: [{ messageId: 'stateDirTemporary', setting: 'state.dir' }] },
      {
        text: 'application.id=app\nstate.dir=/tmp/kafka-streams',
        intent: { environment: 'production' },
        errors: [{ messageId: 'stateDirTemporary', severity: 'warning', line: 2, setting: 'state.dir' }],
      },
      {
        text: 'application.id=app\nstate.dir=/tmp/kafka-streams',
        intent: { environment: 'development' },
        errors: [{ messageId: 'stateDirTemporary', severity: 'info', line: 2, setting: 'state.dir' }],
      },
    ],
  },
  {
    rule: 'streams/eos-commit-interval',
    valid: [
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_v2\ncommit.interval.ms=100' },
      { text: 'application.id=app\nprocessing.guarantee=exactly_once_v2' },
      { text: 'application.id=app\nprocessing.guarantee=at_least_once\ncommit.interval.ms=30000' },
    ],
    invalid: [{ text: 'application.id=app\nprocessing.guarantee=exactly_once_v2\ncommit.interval.ms=30000', errors: [{ messageId: 'longCommitInterval', line: 3, setting: 'commit.interval.ms' }] }],
  },
  {
    rule: 'connect/internal-topic-rf-1',
    valid: [{ text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=3' }],
    invalid: [
      { text: 'group.id=connect\nkey.converter=x\noffset.storage.replication.factor=1', errors: [{ messageId: 'internalTopicsHaveA', line: 3, setting: 'offset.storage.replication.factor' }] },
    ],
  },
]);
