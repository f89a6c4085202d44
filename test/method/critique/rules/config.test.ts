import { ruleTables } from '../tester.js';

ruleTables('config', [
  {
    rule: 'config/unknown-setting',
    valid: [{ text: 'acks=all\nenable.idempotence=true' }, { text: 'schema.registry.url=http://sr:8081\nbootstrap.servers=k:9092\nacks=all' }, { text: 'log.dirs=/data\nsuper.users=User:admin' }],
    invalid: [
      { text: 'acks=all\nenable.idempotance=true', message: /did you mean enable\.idempotence/, errors: [{ messageId: 'isNotAKafka', line: 2, setting: 'enable.idempotance' }] },
      { text: 'cleanup.policy=compact\nretension.ms=1000', kind: 'topic', message: /retention\.ms/, errors: [{ messageId: 'isNotAKafka', line: 2, setting: 'retension.ms' }] },
    ],
  },
  {
    rule: 'config/wrong-scope',
    valid: [
      { text: 'group.id=g\nenable.auto.commit=false\nmax.poll.records=50' },
      // broker defaults for topics and the broker's own compression are broker settings
      { text: 'log.retention.hours=168\ncompression.type=producer\nnum.partitions=6', file: 'server.properties' },
    ],
    invalid: [
      { text: 'group.id=g\nacks=all', kind: 'consumer', message: /producer setting/, errors: [{ messageId: 'isASettingNot', line: 2, setting: 'acks' }] },
      // the file's name is evidence: server.properties is a broker file, whatever its keys vote for
      {
        text: 'linger.ms=50\nbatch.size=65536',
        file: 'server.properties',
        message: /linger\.ms is a producer setting in a broker file \(server\.properties\).*belongs in the producer's configuration/,
        errors: [
          { messageId: 'clientSettingInBrokerFile', severity: 'warning', line: 1, setting: 'linger.ms' },
          { messageId: 'clientSettingInBrokerFile', severity: 'warning', line: 2, setting: 'batch.size' },
        ],
      },
      {
        text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kafka-broker\ndata:\n  server.properties: |\n    log.dirs=/data\n    max.poll.records=10\n',
        file: 'broker-cm.yaml',
        message: /max\.poll\.records is a consumer setting in a broker file \(ConfigMap server\.properties\)/,
        errors: [{ messageId: 'clientSettingInBrokerFile', severity: 'warning', line: 8, setting: 'max.poll.records' }],
      },
      {
        text: 'retention.ms=1000\nlog.retention.hours=1',
        kind: 'topic',
        message: /log\.retention\.hours/,
        errors: [{ messageId: 'isASettingNot', severity: 'warning', line: 2, setting: 'log.retention.hours' }],
      },
    ],
  },
  {
    rule: 'config/invalid-value',
    valid: [
      { text: 'acks=-1\nlinger.ms=5\ncompression.type=zstd' },
      { text: 'bootstrap.servers={{ BROKER_ENDPOINT }}\nacks=all' },
      { text: 'log.dirs=/d\ninter.broker.protocol.version=3.9', kind: 'broker' },
    ],
    invalid: [
      { text: 'acks=2\nlinger.ms=5', message: /"2" is not one of/, errors: [{ messageId: 'kafka', line: 1, setting: 'acks' }] },
      { text: 'acks=all\nlinger.ms=five', message: /not an integer/, errors: [{ messageId: 'kafka', line: 2, setting: 'linger.ms' }] },
      { text: 'group.id=g\nenable.auto.commit=yes', message: /not true or false/, errors: [{ messageId: 'kafka', line: 2, setting: 'enable.auto.commit' }] },
      { text: 'group.id=g\nmax.poll.records=0', message: /below the minimum 1/, errors: [{ messageId: 'kafka', line: 2, setting: 'max.poll.records' }] },
    ],
  },
  {
    rule: 'config/duplicate-setting',
    valid: [{ text: 'acks=all\nacks=all' }],
    invalid: [{ text: 'acks=all\nlinger.ms=5\nacks=1', message: /line 1.*line 3/, errors: [{ messageId: 'isSetToAnd', line: 3, setting: 'acks' }] }],
  },
  {
    rule: 'config/placeholder-value',
    valid: [{ text: 'bootstrap.servers=k:9092\nacks=all' }, { text: 'ssl.keystore.password=${file:/etc/secrets:ks}\nacks=all' }],
    invalid: [{ text: 'bootstrap.servers={{ BROKER_ENDPOINT }}\nacks=all', message: /bootstrap\.servers/, errors: [{ messageId: 'valueSAreTemplate', line: 1, setting: 'bootstrap.servers' }] }],
  },
]);

ruleTables('config (secrets)', [
  {
    rule: 'config/duplicate-setting',
    valid: [],
    invalid: [
      {
        text: 'acks=all\nssl.key.password=ab\nssl.key.password=cd',
        message: /set to "\*\*\*\*" on line 2 and again to "\*\*\*\*"/,
        errors: [{ messageId: 'isSetToAnd', line: 3, setting: 'ssl.key.password' }],
      },
    ],
  },
]);

ruleTables('config (shell placeholders)', [
  {
    rule: 'config/invalid-value',
    valid: [{ text: 'process.roles=controller\nnode.id=$NODE_ID\ncontroller.listener.names=CONTROLLER' }],
    invalid: [],
  },
  {
    rule: 'broker/single-controller',
    valid: [{ text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=$CONTROLLER_QUORUM_VOTERS' }],
    invalid: [],
  },
]);
