import { configRule } from '../../engine.js';
import { byEnvironment, docRef } from '../support.js';

export const connectInternalTopicRf1 = configRule({
  meta: {
    id: 'connect/internal-topic-rf-1',
    severity: 'warning',
    summary: 'Connect or MirrorMaker internal topics with one replica.',
    why: 'The offsets, configs and status topics (and MirrorMaker\'s checkpoints, heartbeats and offset-syncs) are the cluster\'s memory: with one replica, a broker loss forgets connector configs and source offsets, and connectors restart from scratch or duplicate.',
    fix: 'Set the *.replication.factor settings to 3 (or -1 for the broker default) outside single-broker development.',
    refs: [docRef('connect', 'offset.storage.replication.factor'), 'https://kafka.apache.org/documentation/#georeplication'],
    kinds: ['connect', 'mirrormaker'],
    messages: {
      internalTopicsHaveA: '{{ones}} = 1: internal topics have a single replica',
    },
  },
  check(ctx) {
    const ones = ctx.config.entries.filter((e) => e.key.endsWith('replication.factor') && e.value.trim() === '1');
    return ones.length ? [{ messageId: 'internalTopicsHaveA', data: { ones: ones.map((e) => e.key).join(', ') }, setting: ones[0]!.name, severity: byEnvironment(ctx) }] : [];
  },
});
