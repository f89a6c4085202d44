import { ruleTables } from '../tester.js';

ruleTables('version', [
  {
    rule: 'version/setting-not-yet-available',
    valid: [{ text: 'group.id=g\ngroup.protocol=classic', version: '3.7' }],
    invalid: [
      { text: 'group.id=g\ngroup.protocol=classic', version: '3.6', message: /first appears in Kafka 3\.7/, errors: [{ messageId: 'firstAppearsInKafka', line: 2, setting: 'group.protocol' }] },
    ],
  },
  {
    rule: 'version/setting-removed',
    valid: [{ text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.9' }],
    invalid: [
      {
        text: 'log.dirs=/d\nzookeeper.connect=zk:2181',
        version: '4.0',
        message: /last documented in Kafka 3\.9/,
        errors: [{ messageId: 'wasLastDocumentedIn', line: 2, setting: 'zookeeper.connect' }],
      },
    ],
  },
  {
    rule: 'version/unknown-kafka-version',
    valid: [{ text: 'acks=all', version: '3.9.1' }],
    invalid: [{ text: 'acks=all', version: '4.3.1', message: /newer/, errors: [{ messageId: 'kafkaIsThanThe' }] }],
  },
]);

ruleTables('version (producer defaults)', [
  {
    rule: 'version/pre-3-producer-defaults',
    valid: [
      { text: 'acks=all\nenable.idempotence=true', version: '2.8' },
      { text: 'linger.ms=5', version: '3.0' },
    ],
    invalid: [{ text: 'linger.ms=5', version: '2.8', message: /acks and enable\.idempotence unset/, errors: [{ messageId: 'kafkaClientWithUnset' }] }],
  },
]);
