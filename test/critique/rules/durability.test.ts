import { ruleTables } from '../tester.js';

const topic = (lines: string) => `--topic orders --partitions 6 ${lines}`;

ruleTables('durability', [
  {
    rule: 'durability/min-isr-vs-replicas',
    valid: [
      { text: 'log.dirs=/d\ndefault.replication.factor=3\nmin.insync.replicas=2' },
      { text: topic('--replication-factor 3 --config min.insync.replicas=2'), file: 'topic.sh' },
    ],
    invalid: [
      { text: 'num.partitions=7\ndefault.replication.factor=2\nmin.insync.replicas=2', severity: 'warning', message: /min\.insync\.replicas 2 = default\.replication\.factor 2/ },
      { text: topic('--replication-factor 2 --config min.insync.replicas=3'), file: 'topic.sh', severity: 'error', message: /NOT_ENOUGH_REPLICAS/ },
      { text: topic('--replication-factor 1'), file: 'topic.sh', with: [{ text: 'log.dirs=/d\nmin.insync.replicas=2', file: 'server.properties' }], severity: 'error' },
    ],
  },
  {
    rule: 'durability/offsets-topic-min-isr',
    valid: [{ text: 'log.dirs=/d\noffsets.topic.replication.factor=3\nmin.insync.replicas=2' }],
    invalid: [
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=1\nmin.insync.replicas=2', severity: 'error', message: /offsets\.topic\.replication\.factor 1 < min\.insync\.replicas 2/ },
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=2\nmin.insync.replicas=2', severity: 'warning', message: /one broker down/ },
    ],
  },
  {
    rule: 'durability/transaction-log-min-isr',
    valid: [{ text: 'log.dirs=/d\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2' }],
    invalid: [
      { text: 'log.dirs=/d\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=2', severity: 'error' },
      { text: 'log.dirs=/d\ntransaction.state.log.replication.factor=1', severity: 'error', message: /min\.isr 2 > transaction\.state\.log\.replication\.factor 1/ },
      { text: 'log.dirs=/d\ntransaction.state.log.replication.factor=2\ntransaction.state.log.min.isr=2', severity: 'warning' },
    ],
  },
  {
    rule: 'durability/internal-topic-rf-1',
    valid: [{ text: 'log.dirs=/d\noffsets.topic.replication.factor=3' }],
    invalid: [
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=1', severity: 'warning' },
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=1', intent: { environment: 'production' }, severity: 'error' },
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=1', intent: { environment: 'development' }, severity: 'info' },
    ],
  },
  {
    rule: 'durability/unclean-leader-election',
    valid: [{ text: 'log.dirs=/d\nunclean.leader.election.enable=false' }],
    invalid: [
      { text: 'log.dirs=/d\nunclean.leader.election.enable=true', severity: 'warning' },
      { text: topic('--replication-factor 3 --config unclean.leader.election.enable=true'), file: 'topic.sh', intent: { environment: 'production' }, severity: 'error' },
    ],
  },
  {
    rule: 'durability/replication-factor-1',
    valid: [{ text: topic('--replication-factor 3'), file: 'topic.sh' }, { text: 'log.dirs=/d' }],
    invalid: [
      { text: topic('--replication-factor 1'), file: 'topic.sh', severity: 'warning' },
      { text: 'log.dirs=/d\ndefault.replication.factor=1', intent: { environment: 'production' }, severity: 'error' },
    ],
  },
  {
    rule: 'durability/min-isr-1',
    valid: [{ text: topic('--replication-factor 3'), file: 'topic.sh' }, { text: 'log.dirs=/d\ndefault.replication.factor=3\nmin.insync.replicas=2' }],
    invalid: [
      { text: 'log.dirs=/d\ndefault.replication.factor=3', severity: 'info' },
      { text: topic('--replication-factor 3 --config min.insync.replicas=1'), file: 'topic.sh', intent: { environment: 'production' }, severity: 'warning' },
    ],
  },
  {
    rule: 'durability/forced-flush',
    valid: [{ text: 'log.dirs=/d\nlog.flush.interval.messages=10000' }],
    invalid: [{ text: 'log.dirs=/d\nlog.flush.interval.messages=1' }, { text: topic('--config flush.ms=100'), file: 'topic.sh' }],
  },
]);
