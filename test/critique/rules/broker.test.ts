import { ruleTables } from '../tester.js';

const strimzi = (replicas: number, config: string, zookeeper = false) => `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: my-cluster
spec:
  kafka:
    replicas: ${replicas}
    config:
${config.split('\n').map((l) => `      ${l}`).join('\n')}
${zookeeper ? '  zookeeper:\n    replicas: 1\n' : ''}`;

ruleTables('broker', [
  {
    rule: 'broker/replication-exceeds-brokers',
    valid: [
      { text: strimzi(3, 'offsets.topic.replication.factor: 3\nmin.insync.replicas: 2'), file: 'kafka.yaml' },
      { text: strimzi(1, 'offsets.topic.replication.factor: 1\ntransaction.state.log.replication.factor: 1\ndefault.replication.factor: 1\ntransaction.state.log.min.isr: 1'), file: 'kafka.yaml' },
    ],
    invalid: [
      { text: strimzi(1, 'offsets.topic.replication.factor: 3'), file: 'kafka.yaml', severity: 'error', message: /offsets\.topic\.replication\.factor 3 > 1 broker/ },
      { text: 'log.dirs=/d\ndefault.replication.factor=3', intent: { brokers: 2 }, message: /default\.replication\.factor 3 > 2/ },
    ],
  },
  {
    rule: 'broker/zookeeper-mode',
    valid: [{ text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.4' }, { text: 'process.roles=broker\nnode.id=1' }],
    invalid: [
      { text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.9', severity: 'warning' },
      { text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '4.0', severity: 'error' },
      { text: strimzi(3, 'min.insync.replicas: 2', true), file: 'kafka.yaml', version: '3.9' },
    ],
  },
  {
    rule: 'broker/kraft-preview',
    valid: [{ text: 'process.roles=broker\nnode.id=1', version: '3.3' }],
    invalid: [{ text: 'process.roles=broker\nnode.id=1', version: '3.0' }],
  },
  {
    rule: 'broker/advertised-wildcard',
    valid: [{ text: 'listeners=PLAINTEXT://0.0.0.0:9092\nadvertised.listeners=PLAINTEXT://kafka-1:9092' }],
    invalid: [{ text: 'listeners=PLAINTEXT://0.0.0.0:9092\nadvertised.listeners=PLAINTEXT://0.0.0.0:9092', severity: 'error' }],
  },
  {
    rule: 'broker/listener-without-protocol',
    valid: [
      { text: 'listeners=INTERNAL://:9092\nlistener.security.protocol.map=INTERNAL:PLAINTEXT' },
      { text: 'process.roles=controller\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER' },
    ],
    invalid: [{ text: 'listeners=PLAINTEXT://:9092,EXTERNAL://:9094', severity: 'error', message: /EXTERNAL/ }],
  },
  {
    rule: 'broker/auto-create-topics',
    valid: [{ text: 'log.dirs=/d' }, { text: 'log.dirs=/d\nauto.create.topics.enable=false', intent: { environment: 'production' } }],
    invalid: [{ text: 'log.dirs=/d', intent: { environment: 'production' }, severity: 'warning' }, { text: 'log.dirs=/d\nauto.create.topics.enable=true', severity: 'info' }],
  },
  {
    rule: 'broker/unbounded-retention',
    valid: [{ text: 'log.dirs=/d\nlog.retention.hours=-1\nlog.retention.bytes=1073741824' }],
    invalid: [{ text: 'log.dirs=/d\nlog.retention.hours=-1' }],
  },
  {
    rule: 'broker/initial-rebalance-delay',
    valid: [{ text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=3000' }],
    invalid: [{ text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=0', severity: 'info' }, { text: 'log.dirs=/d\ngroup.initial.rebalance.delay.ms=0', intent: { environment: 'production' }, severity: 'warning' }],
  },
  {
    rule: 'broker/single-controller',
    valid: [{ text: 'process.roles=broker\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093' }],
    invalid: [{ text: 'process.roles=broker\ncontroller.quorum.voters=1@localhost:9093', severity: 'warning' }],
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
      { text: 'process.roles=broker,controller\nnode.id=1\nlisteners=PLAINTEXT://:9092\ncontroller.quorum.voters=1@localhost:9093', message: /without controller\.listener\.names/, severity: 'error' },
      { text: 'process.roles=controller\nnode.id=1\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9093\ncontroller.quorum.voters=1@localhost:9093', message: /include none of controller\.listener\.names/ },
      { text: 'process.roles=broker\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092', message: /without node\.id/ },
    ],
  },
  {
    rule: 'broker/retention-precedence',
    valid: [{ text: 'log.dirs=/d\nlog.retention.hours=168' }, { text: 'log.dirs=/d\nlog.retention.hours=1\nlog.retention.ms=3600000' }],
    invalid: [{ text: 'log.dirs=/d\nlog.retention.hours=168\nlog.retention.ms=86400000', message: /log\.retention\.ms wins \(86400000 ms \(86400 s\)\)/ }],
  },
]);
