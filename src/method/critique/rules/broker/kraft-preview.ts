import { compareVersions, resolveVersion } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { docRef, SERVER_KINDS } from '../support.js';

export const kraftPreview = configRule({
  meta: {
    id: 'broker/kraft-preview',
    severity: 'warning',
    summary: 'KRaft mode on a Kafka version where it was not production-ready.',
    why: 'KRaft was a preview before 3.3: several features (ACL authorizer, SCRAM, JBOD, migration from ZooKeeper) were missing, and upgrades from preview clusters were not supported.',
    refs: [docRef('broker', 'process.roles'), 'https://kafka.apache.org/documentation/#kraft'],
    fix: 'Run KRaft on Kafka 3.3 or later (3.9 or 4.x for dynamic quorums), or ZooKeeper mode on older versions.',
    messages: {
      kRaftProcessRolesOnKafka: 'KRaft (process.roles) on Kafka {{kafkaVersion}} is a preview; production-ready from 3.3',
    },
    kinds: SERVER_KINDS,
  },
  check(ctx) {
    if (ctx.config.mode !== 'kraft' || compareVersions(resolveVersion(ctx.kafkaVersion).documented, '3.3') >= 0) return [];
    return [{ messageId: 'kRaftProcessRolesOnKafka', data: { kafkaVersion: ctx.kafkaVersion }, setting: 'process.roles' }];
  },
});
