import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

export const streamsReplicationFactor1 = configRule({
  meta: {
    id: 'streams/replication-factor-1',
    severity: 'warning',
    summary: 'Kafka Streams internal topics with one replica.',
    why: 'Changelog and repartition topics hold the state stores and in-flight data of the application; with one replica a broker loss loses state and stops the application until it is rebuilt.',
    refs: [docRef('streams', 'replication.factor')],
    fix: 'Set replication.factor=3, or -1 to use the broker default.',
    messages: {
      replicationFactorChangelogAndRepartition: 'replication.factor=1: changelog and repartition topics have a single replica',
    },
    kinds: ['streams'],
  },
  check(ctx) {
    if (!ctx.explicit('replication.factor') || ctx.number('replication.factor') !== 1) return [];
    return [{ messageId: 'replicationFactorChangelogAndRepartition', setting: 'replication.factor', severity: byEnvironment(ctx) }];
  },
});
