import { configRule } from '../../engine.js';
import { availabilityHits } from './availability.js';
import { SETTING_TABLE_KINDS } from '../support.js';

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
    kinds: SETTING_TABLE_KINDS,
  },
  check: (ctx) => availabilityHits(ctx, 'later', 'firstAppearsInKafka'),
});
