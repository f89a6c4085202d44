import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

export const connectInternalTopicRf1 = configRule({
  meta: {
    id: 'connect/internal-topic-rf-1',
    severity: 'warning',
    summary: 'Kafka Connect internal topics with one replica.',
    why: "The offsets, configs and status topics are the Connect cluster's memory: with one replica, a broker loss forgets connector configs and source offsets, and connectors restart from scratch or duplicate. (MirrorMaker 2 files: see mirrormaker/replication-factor.)",
    refs: [docRef('connect', 'offset.storage.replication.factor'), 'https://kafka.apache.org/documentation/#georeplication'],
    fix: 'Set the *.replication.factor settings to 3 (or -1 for the broker default) outside single-broker development.',
    messages: {
      internalTopicsHaveA: '{{ones}} = 1: internal topics have a single replica',
    },
    kinds: ['connect'],
  },
  check(ctx) {
    const ones = ctx.config.entries.filter((e) => e.key.endsWith('replication.factor') && e.value.trim() === '1');
    return ones.length ? [{ messageId: 'internalTopicsHaveA', data: { ones: ones.map((e) => e.key).join(', ') }, setting: ones[0]!.name, severity: byEnvironment(ctx) }] : [];
  },
});
