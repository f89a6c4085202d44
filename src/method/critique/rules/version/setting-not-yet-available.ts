import { configRule } from '../../engine.js';
import { availability } from './availability.js';

export const settingNotYetAvailable = configRule({
  meta: {
    id: 'version/setting-not-yet-available',
    severity: 'warning',
    summary: 'A setting introduced in a later Kafka version than the one under review.',
    why: 'An older client or broker does not know the setting, logs it as unknown and ignores it, so the behaviour it was meant to switch on does not happen.',
    refs: ['https://kafka.apache.org/documentation/#upgrade'],
    fix: 'Upgrade to the version that introduced the setting, or achieve the behaviour another way on this version.',
    messages: {
      firstAppearsInKafka: '{{entryKey}} first appears in Kafka {{version}}; Kafka {{kafkaVersion}} ignores it{{detail}}',
    },
    kinds: ['producer', 'consumer', 'admin', 'client', 'streams', 'connect', 'broker', 'controller', 'topic'],
  },
  check(ctx) {
    return availability(ctx)
      .filter((a) => a.when === 'later')
      .map((a) => ({
        messageId: 'firstAppearsInKafka',
        data: { entryKey: a.entry.key, version: a.version, kafkaVersion: ctx.kafkaVersion, detail: ctx.config.versionAssumed ? ' (no Kafka version stated; pass --kafka-version)' : '' },
        setting: a.entry.name,
        ...(ctx.config.versionAssumed ? { severity: 'info' as const } : {}),
      }));
  },
});
