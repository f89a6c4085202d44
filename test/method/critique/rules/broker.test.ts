import { ruleTables } from '../tester.js';

const strimzi = (replicas: number, config: string, zookeeper = false) => `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: my-cluster
spec:
  kafka:
    replicas: ${replicas}
    config:
${config
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
${zookeeper ? '  zookeeper:\n    replicas: 1\n' : ''}`;

ruleTables('broker', [
  {
    rule: 'broker/replication-exceeds-brokers',
    valid: [
      { text: strimzi(3, 'offsets.topic.replication.factor: 3\nmin.insync.replicas: 2'), file: 'kafka.yaml' },
      { text: strimzi(1, 'offsets.topic.replication.factor: 1\ntransaction.state.log.replication.factor: 1\ndefault.replication.factor: 1\ntransaction.state.log.min.isr: 1'), file: 'kafka.yaml' },
    ],
    invalid: [
      {
        text: strimzi(1, 'offsets.topic.replication.factor: 3'),
        file: 'kafka.yaml',
        message: /offsets\.topic\.replication\.factor 3 > 1 broker/,
        errors: [
          { messageId: 'brokerS', line: 7, setting: 'transaction.state.log.replication.factor' },
          { messageId: 'brokerS', line: 9, setting: 'offsets.topic.replication.factor' },
        ],
      },
      {
        text: 'log.dirs=/d\ndefault.replication.factor=3',
        intent: { brokers: 2 },
        message: /default\.replication\.factor 3 > 2/,
        errors: [
          { messageId: 'brokerS', setting: 'offsets.topic.replication.factor' },
          { messageId: 'brokerS', setting: 'transaction.state.log.replication.factor' },
          { messageId: 'brokerS', line: 2, setting: 'default.replication.factor' },
        ],
      },
    ],
  },
  {
    rule: 'broker/zookeeper-mode',
    valid: [{ text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.4' }, { text: 'process.roles=broker\nnode.id=1' }],
    invalid: [
      { text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.9', errors: [{ messageId: 'zooKeeperModeIsDeprecated', line: 2, setting: 'zookeeper.connect' }] },
      { text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '4.0', errors: [{ messageId: 'zooKeeperModeOnKafka', severity: 'error', line: 2, setting: 'zookeeper.connect' }] },
      { text: strimzi(3, 'min.insync.replicas: 2', true), file: 'kafka.yaml', version: '3.9', errors: [{ messageId: 'zooKeeperModeIsDeprecated', line: 7, setting: 'zookeeper.connect' }] },
    ],
  },
  {
    rule: 'broker/kraft-preview',
    valid: [{ text: 'process.roles=broker\nnode.id=1', version: '3.3' }],
    invalid: [{ text: 'process.roles=broker\nnode.id=1', version: '3.0', errors: [{ messageId: 'kRaftProcessRolesOnKafka', line: 1, setting: 'process.roles' }] }],
  },
  {
    rule: 'broker/advertised-wildcard',
    valid: [{ text: 'listeners=PLAINTEXT://0.0.0.0:9092\nadvertised.listeners=PLAINTEXT://kafka-1:9092' }],
    invalid: [
      {
        text: 'listeners=PLAINTEXT://0.0.0.0:9092\nadvertised.listeners=PLAINTEXT://0.0.0.0:9092',
        errors: [{ messageId: 'advertisedListenersAdvertisesWhichClients', line: 2, setting: 'advertised.listeners' }],
      },
    ],
  },
  {
    rule: 'broker/listener-without-protocol',
    valid: [
      { text: 'listeners=INTERNAL://:9092\nlistener.security.protocol.map=INTERNAL:PLAINTEXT' },
      { text: 'process.roles=controller\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER' },
    ],
    invalid: [{ text: 'listeners=PLAINTEXT://:9092,EXTERNAL://:9094', message: /EXTERNAL/, errors: [{ messageId: 'listenerInListenersHas', line: 1, setting: 'listeners' }] }],
  },
  {
    rule: 'broker/auto-create-topics',
    valid: [{ text: 'log.dirs=/d' }, { text: 'log.dirs=/d\nauto.create.topics.enable=false', intent: { environment: 'production' } }],
    invalid: [
      { text: 'log.dirs=/d', intent: { environment: 'production' }, errors: [{ messageId: 'autoCreateTopicsEnableIsTrueTopics', severity: 'warning', setting: 'auto.create.topics.enable' }] },
      { text: 'log.dirs=/d\nauto.create.topics.enable=true', errors: [{ messageId: 'autoCreateTopicsEnableIsTrueTopics', line: 2, setting: 'auto.create.topics.enable' }] },
    ],
  },
  {
    rule: 'broker/unbounded-retention',
    valid: [{ text: 'log.dirs=/d\nlog.retention.hours=-1\nlog.retention.bytes=1073741824' }],
    invalid: [{ text: 'log.dirs=/d\nlog.retention.hours=-1', errors: [{ messageId: 'withNoLogRetentionBytesEvery', line: 2, setting: 'log.retention.hours' }] }],
  },
  {
    rule: 'broker/initial-rebalance-delay',
    valid: [{ text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=3000' }],
    invalid: [
      { text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=0', errors: [{ messageId: 'groupInitialRebalanceDelayMsEveryMemberJoining', line: 2, setting: 'group.initial.rebalance.delay.ms' }] },
      {
        text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=0',
        intent: { environment: 'production' },
        errors: [{ messageId: 'groupInitialRebalanceDelayMsEveryMemberJoining', severity: 'warning', line: 2, setting: 'group.initial.rebalance.delay.ms' }],
      },
    ],
  },
  {
    rule: 'broker/single-controller',
    valid: [{ text: 'process.roles=broker\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093' }],
    invalid: [{ text: 'process.roles=broker\ncontroller.quorum.voters=1@localhost:9093', errors: [{ messageId: 'oneControllerItsFailure', line: 2, setting: 'controller.quorum.voters' }] }],
  },
]);

ruleTables('broker (KRaft and retention)', [
  {
    rule: 'broker/kraft-quorum-settings',
    valid: [
      { text: 'process.roles=broker,controller\nnode.id=1\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.quorum.voters=1@localhost:9093' },
      { text: 'process.roles=broker\nnode.id=2\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092\ncontroller.quorum.bootstrap.servers=c:9093', version: '3.9' },
    ],
    invalid: [
      {
        text: 'process.roles=broker,controller\nnode.id=1\nlisteners=PLAINTEXT://:9092\ncontroller.quorum.voters=1@localhost:9093',
        message: /without controller\.listener\.names/,
        errors: [{ messageId: 'kRaftNodeWithoutControllerListenerNames', line: 1, setting: 'process.roles' }],
      },
      {
        text: 'process.roles=controller\nnode.id=1\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9093\ncontroller.quorum.voters=1@localhost:9093',
        message: /include none of controller\.listener\.names/,
        errors: [{ messageId: 'aControllerNodeWhose', line: 4, setting: 'listeners' }],
      },
      {
        text: 'process.roles=broker\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092',
        message: /without node\.id/,
        errors: [
          { messageId: 'kRaftNodeWithoutNodeId', line: 1, setting: 'process.roles' },
          { messageId: 'kRaftNodeWithoutControllerQuorumVoters', line: 1, setting: 'process.roles' },
        ],
      },
    ],
  },
  {
    rule: 'broker/retention-precedence',
    valid: [{ text: 'log.dirs=/d\nlog.retention.hours=168' }, { text: 'log.dirs=/d\nlog.retention.hours=1\nlog.retention.ms=3600000' }],
    invalid: [
      {
        text: 'log.dirs=/d\nlog.retention.hours=168\nlog.retention.ms=86400000',
        message: /log\.retention\.ms wins \(86400000 ms \(86400 s\)\)/,
        errors: [{ messageId: 'disagreeWins', line: 2, setting: 'log.retention.hours' }],
      },
    ],
  },
]);
