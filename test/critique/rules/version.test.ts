import { ruleTables } from '../tester.js';

ruleTables('version', [
  {
    rule: 'version/setting-not-yet-available',
    valid: [{ text: 'group.id=g\ngroup.protocol=classic', version: '3.7' }],
    invalid: [{ text: 'group.id=g\ngroup.protocol=classic', version: '3.6', message: /first appears in Kafka 3\.7/ }],
  },
  {
    rule: 'version/setting-removed',
    valid: [{ text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '3.9' }],
    invalid: [{ text: 'log.dirs=/d\nzookeeper.connect=zk:2181', version: '4.0', message: /last documented in Kafka 3\.9/ }],
  },
  {
    rule: 'version/unknown-kafka-version',
    valid: [{ text: 'acks=all', version: '3.9.1' }],
    invalid: [{ text: 'acks=all', version: '4.3.1', severity: 'info', message: /newer/ }],
  },
]);
