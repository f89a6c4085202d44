import { compareVersions, resolveVersion } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';

export const zookeeperMode = configRule({
  meta: {
    id: 'broker/zookeeper-mode',
    severity: 'warning',
    summary: 'A cluster still run with ZooKeeper.',
    why: 'ZooKeeper mode is deprecated since Kafka 3.5 and removed in 4.0: a 4.x broker does not start with zookeeper.connect, and upgrading means migrating metadata to KRaft first (possible from 3.x only).',
    refs: ['https://kafka.apache.org/documentation/#kraft_zk_migration', 'https://kafka.apache.org/documentation/#zk_depr'],
    fix: 'Plan the migration to KRaft while on 3.x (3.9 is the last release with ZooKeeper and the bridge release for migration).',
    messages: {
      zooKeeperModeZookeeperConnectDeprecated: 'ZooKeeper mode (zookeeper.connect): deprecated since Kafka 3.5 and removed in 4.0, where this broker would not start (no Kafka version stated)',
      zooKeeperModeOnKafka: 'ZooKeeper mode on Kafka {{kafkaVersion}}: ZooKeeper support was removed in 4.0',
      zooKeeperModeIsDeprecated: 'ZooKeeper mode is deprecated in Kafka {{kafkaVersion}} and removed in 4.0',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (ctx.config.mode !== 'zookeeper') return [];
    const v = resolveVersion(ctx.kafkaVersion).documented;
    if (ctx.config.versionAssumed) return [{ messageId: 'zooKeeperModeZookeeperConnectDeprecated', setting: 'zookeeper.connect' }];
    if (compareVersions(v, '4.0') >= 0) return [{ messageId: 'zooKeeperModeOnKafka', data: { kafkaVersion: ctx.kafkaVersion }, setting: 'zookeeper.connect', severity: 'error' }];
    if (compareVersions(v, '3.5') >= 0) return [{ messageId: 'zooKeeperModeIsDeprecated', data: { kafkaVersion: ctx.kafkaVersion }, setting: 'zookeeper.connect' }];
    return [];
  },
});
