import { platformFacts } from '../../../../knowledge/platforms.js';
import { fmtBytes } from '../../../../model/units.js';
import { configRule } from '../../engine.js';
import { TOPIC_LEVEL_KINDS } from '../support.js';

type Message = 'noBrokerConfig' | 'fixedTopicConfig' | 'maxMessageBytes' | 'tierForMessageBytes';

/** Where the platform owns the broker, or fixes and caps topic settings, a file that sets them does nothing or is refused. */
export const managedConfig = configRule({
  meta: {
    id: 'platform/managed-config',
    severity: 'error',
    summary:
      "A configuration sets what the platform does not let users set: broker properties on Confluent Cloud or Redpanda, a topic setting Confluent Cloud fixes, a max.message.bytes above the cluster type's cap.",
    why: 'Confluent Cloud runs the brokers itself and exposes only topic settings, some of them fixed (compression.type) and some capped per cluster type (max.message.bytes); Redpanda is not Apache Kafka and has no Kafka broker properties (its cluster properties have other names). Such a file fails at topic creation or changes nothing.',
    refs: [
      'https://docs.confluent.io/cloud/current/topics/manage.html',
      'https://docs.confluent.io/cloud/current/clusters/cluster-types.html',
      'https://docs.redpanda.com/current/reference/properties/cluster-properties/',
    ],
    fix: 'Keep to the topic settings the platform lets you edit, within its caps, and set the rest where the platform takes it.',
    messages: {
      noBrokerConfig: '{{platform}} takes no Apache Kafka broker configuration: the {{count}} setting(s) in {{file}} have no effect there',
      fixedTopicConfig: '{{key}}={{value}}: {{platform}} does not let topics change it (it stays {{fixed}})',
      maxMessageBytes: 'max.message.bytes {{wanted}} is above what any {{platform}} cluster type allows (at most {{largest}})',
      tierForMessageBytes: 'max.message.bytes {{wanted}}: on {{platform}} only {{allowing}} clusters allow it ({{capping}} cap it at {{cap}})',
    },
    kinds: TOPIC_LEVEL_KINDS,
  },
  check(ctx) {
    if (!ctx.intent.platform) return [];
    const platform = platformFacts(ctx.intent.platform);
    if (ctx.config.kind === 'broker') {
      if (platform.brokerConfigs !== 'none' || ctx.config.entries.length === 0) return [];
      const fix =
        platform.id === 'redpanda'
          ? 'Set Redpanda cluster properties with rpk cluster config set (their own names, e.g. log_segment_size, default_topic_replications) and topic properties with rpk topic alter-config.'
          : "Set topic settings per topic (Cloud Console, confluent kafka topic update, the Kafka admin API or Terraform); the broker side is the service's.";
      return [{ messageId: 'noBrokerConfig' as Message, data: { platform: platform.name, count: ctx.config.entries.length, file: ctx.config.label ?? ctx.config.file ?? 'the file' }, fix }];
    }
    const hits = [];
    for (const [name, fixed] of Object.entries(platform.fixedTopicConfigs ?? {})) {
      const e = ctx.explicit(name);
      if (e && e.value.trim() !== fixed) hits.push({ messageId: 'fixedTopicConfig' as Message, data: { key: e.key, value: e.value, platform: platform.name, fixed }, setting: name });
    }
    const tiers = platform.tiers ?? [];
    const wanted = Number(ctx.explicit('max.message.bytes')?.value);
    if (tiers.length > 0 && Number.isFinite(wanted)) {
      const allowing = tiers.filter((t) => t.maxMessageBytes >= wanted);
      const capping = tiers.filter((t) => t.maxMessageBytes < wanted);
      if (allowing.length === 0) {
        const largest = tiers.reduce((a, b) => (b.maxMessageBytes > a.maxMessageBytes ? b : a));
        hits.push({
          messageId: 'maxMessageBytes' as Message,
          data: { wanted: fmtBytes(wanted), platform: platform.name, largest: `${fmtBytes(largest.maxMessageBytes)} on ${largest.name}` },
          setting: 'max.message.bytes',
          fix: 'Send large payloads through a claim check (object storage plus a reference record).',
        });
      } else if (capping.length > 0) {
        const cap = Math.max(...capping.map((t) => t.maxMessageBytes));
        hits.push({
          messageId: 'tierForMessageBytes' as Message,
          severity: 'warning' as const,
          setting: 'max.message.bytes',
          data: { wanted: fmtBytes(wanted), platform: platform.name, allowing: allowing.map((t) => t.name).join(', '), capping: capping.map((t) => t.name).join(', '), cap: fmtBytes(cap) },
          fix: `Run the topic on a ${allowing[0]!.name} cluster, or keep records under ${fmtBytes(cap)} with a claim check.`,
        });
      }
    }
    return hits;
  },
});
