import { configRule } from '../../engine.js';
import { availabilityHits } from './availability.js';
import { SETTING_TABLE_KINDS } from '../support.js';

export const settingRemoved = configRule({
  meta: {
    id: 'version/setting-removed',
    severity: 'warning',
    summary: 'A setting that no longer exists in the Kafka version under review.',
    why: 'Removed settings are ignored (clients) or rejected (some broker settings after the ZooKeeper removal in 4.0); the file suggests a behaviour the cluster no longer has.',
    refs: ['https://kafka.apache.org/documentation/#upgrade'],
    fix: 'Remove the setting, or replace it with its successor named in the upgrade notes.',
    messages: {
      wasLastDocumentedIn: '{{entryKey}} was last documented in Kafka {{version}} and is gone in {{kafkaVersion}}{{detail}}',
    },
    kinds: SETTING_TABLE_KINDS,
  },
  check: (ctx) => availabilityHits(ctx, 'earlier', 'wasLastDocumentedIn'),
});
