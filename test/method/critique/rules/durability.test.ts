import { ruleTables } from '../tester.js';

const topic = (lines: string) => `--topic orders --partitions 6 ${lines}`;

ruleTables('durability', [
  {
    rule: 'durability/min-isr-vs-replicas',
    valid: [{ text: 'log.dirs=/d\ndefault.replication.factor=3\nmin.insync.replicas=2' }, { text: topic('--replication-factor 3 --config min.insync.replicas=2'), file: 'topic.sh' }],
    invalid: [
      {
        text: 'num.partitions=7\ndefault.replication.factor=2\nmin.insync.replicas=2',
        message: /min\.insync\.replicas 2 = default\.replication\.factor 2/,
        errors: [{ messageId: 'minInsyncReplicasOneBrokerDown', severity: 'warning', line: 3, setting: 'min.insync.replicas' }],
      },
      {
        text: topic('--replication-factor 2 --config min.insync.replicas=3'),
        file: 'topic.sh',
        message: /NOT_ENOUGH_REPLICAS/,
        errors: [{ messageId: 'minInsyncReplicasEveryAcksAll', line: 1, setting: 'min.insync.replicas' }],
      },
      {
        text: topic('--replication-factor 1'),
        file: 'topic.sh',
        with: [{ text: 'log.dirs=/d\nmin.insync.replicas=2', file: 'server.properties' }],
        errors: [{ messageId: 'minInsyncReplicasEveryAcksAll', line: 1, setting: 'min.insync.replicas' }],
      },
    ],
  },
  {
    rule: 'durability/offsets-topic-min-isr',
    valid: [{ text: 'log.dirs=/d\noffsets.topic.replication.factor=3\nmin.insync.replicas=2' }],
    invalid: [
      {
        text: 'log.dirs=/d\noffsets.topic.replication.factor=1\nmin.insync.replicas=2',
        message: /offsets\.topic\.replication\.factor 1 < min\.insync\.replicas 2/,
        errors: [{ messageId: 'offsetsTopicReplicationFactorMinInsyncReplicasConsumerOffsets', line: 2, setting: 'offsets.topic.replication.factor' }],
      },
      {
        text: 'log.dirs=/d\noffsets.topic.replication.factor=2\nmin.insync.replicas=2',
        message: /one broker down/,
        errors: [{ messageId: 'offsetsTopicReplicationFactorMinInsyncReplicasOneBroker', severity: 'warning', line: 2, setting: 'offsets.topic.replication.factor' }],
      },
    ],
  },
  {
    rule: 'durability/transaction-log-min-isr',
    valid: [{ text: 'log.dirs=/d\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2' }],
    invalid: [
      {
        text: 'log.dirs=/d\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=2',
        errors: [{ messageId: 'transactionStateLogMinIsrTransactionStateLogReplicationFactorTransactionState', line: 3, setting: 'transaction.state.log.min.isr' }],
      },
      {
        text: 'log.dirs=/d\ntransaction.state.log.replication.factor=1',
        message: /min\.isr 2 > transaction\.state\.log\.replication\.factor 1/,
        errors: [{ messageId: 'transactionStateLogMinIsrTransactionStateLogReplicationFactorTransactionState', line: 2, setting: 'transaction.state.log.replication.factor' }],
      },
      {
        text: 'log.dirs=/d\ntransaction.state.log.replication.factor=2\ntransaction.state.log.min.isr=2',
        errors: [{ messageId: 'transactionStateLogMinIsrTransactionStateLogReplicationFactorOneBroker', severity: 'warning', line: 3, setting: 'transaction.state.log.min.isr' }],
      },
    ],
  },
  {
    rule: 'durability/internal-topic-rf-1',
    valid: [{ text: 'log.dirs=/d\noffsets.topic.replication.factor=3' }],
    invalid: [
      { text: 'log.dirs=/d\noffsets.topic.replication.factor=1', errors: [{ messageId: 'hasASingleReplica', line: 2, setting: 'offsets.topic.replication.factor' }] },
      {
        text: 'log.dirs=/d\noffsets.topic.replication.factor=1',
        intent: { environment: 'production' },
        errors: [{ messageId: 'hasASingleReplica', severity: 'error', line: 2, setting: 'offsets.topic.replication.factor' }],
      },
      {
        text: 'log.dirs=/d\noffsets.topic.replication.factor=1',
        intent: { environment: 'development' },
        errors: [{ messageId: 'hasASingleReplica', severity: 'info', line: 2, setting: 'offsets.topic.replication.factor' }],
      },
    ],
  },
  {
    rule: 'durability/unclean-leader-election',
    valid: [{ text: 'log.dirs=/d\nunclean.leader.election.enable=false' }],
    invalid: [
      {
        text: 'log.dirs=/d\nunclean.leader.election.enable=true',
        errors: [{ messageId: 'uncleanLeaderElectionEnableTrueAnOut', severity: 'warning', line: 2, setting: 'unclean.leader.election.enable' }],
      },
      {
        text: topic('--replication-factor 3 --config unclean.leader.election.enable=true'),
        file: 'topic.sh',
        intent: { environment: 'production' },
        errors: [{ messageId: 'uncleanLeaderElectionEnableTrueAnOut', line: 1, setting: 'unclean.leader.election.enable' }],
      },
    ],
  },
  {
    rule: 'durability/replication-factor-1',
    valid: [{ text: topic('--replication-factor 3'), file: 'topic.sh' }, { text: 'log.dirs=/d' }],
    invalid: [
      { text: topic('--replication-factor 1'), file: 'topic.sh', errors: [{ messageId: 'hasReplicationFactorOne', line: 1 }] },
      {
        text: 'log.dirs=/d\ndefault.replication.factor=1',
        intent: { environment: 'production' },
        errors: [{ messageId: 'defaultReplicationFactorIsTopicsCreated', severity: 'error', line: 2, setting: 'default.replication.factor' }],
      },
    ],
  },
  {
    rule: 'durability/min-isr-1',
    valid: [{ text: topic('--replication-factor 3'), file: 'topic.sh' }, { text: 'log.dirs=/d\ndefault.replication.factor=3\nmin.insync.replicas=2' }],
    invalid: [
      { text: 'log.dirs=/d\ndefault.replication.factor=3', errors: [{ messageId: 'minInsyncReplicasIsWithReplication', setting: 'min.insync.replicas' }] },
      {
        text: topic('--replication-factor 3 --config min.insync.replicas=1'),
        file: 'topic.sh',
        intent: { environment: 'production' },
        errors: [{ messageId: 'minInsyncReplicasIsWithReplication', severity: 'warning', line: 1, setting: 'min.insync.replicas' }],
      },
    ],
  },
  {
    rule: 'durability/forced-flush',
    valid: [{ text: 'log.dirs=/d\nlog.flush.interval.messages=10000' }],
    invalid: [
      { text: 'log.dirs=/d\nlog.flush.interval.messages=1', errors: [{ messageId: 'forcesAnFsyncThat', line: 2, setting: 'log.flush.interval.messages' }] },
      { text: topic('--config flush.ms=100'), file: 'topic.sh', errors: [{ messageId: 'forcesAnFsyncThat', line: 1, setting: 'flush.ms' }] },
    ],
  },
]);
