import { STRIMZI_FORBIDDEN_BROKER_CONFIG, strimziForbiddenPrefix } from '../../../../knowledge/platforms.js';
import { configRule } from '../../engine.js';

/** A Strimzi Kafka resource sets in spec.kafka.config what the operator owns. */
export const strimziForbiddenConfig = configRule({
  meta: {
    id: 'platform/strimzi-forbidden-config',
    severity: 'error',
    summary: 'A Strimzi Kafka resource sets a broker property the operator sets itself.',
    why: "The Cluster Operator writes listeners, log directories, node ids and roles, security (sasl., ssl., authorizer.) and controller settings from the resource's own fields; it rejects those keys in spec.kafka.config (the resource reports them as forbidden and they never reach the brokers).",
    refs: [STRIMZI_FORBIDDEN_BROKER_CONFIG.source, 'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaClusterSpec-reference'],
    fix: "Use the resource's fields instead: spec.kafka.listeners (with their authentication and TLS), spec.kafka.authorization, storage on the node pools, spec.kafka.rack.",
    messages: {
      forbidden: '{{key}}: Strimzi owns broker properties under "{{prefix}}" and rejects them in {{where}}',
    },
    kinds: ['broker'],
  },
  check(ctx) {
    if (ctx.config.format !== 'strimzi') return [];
    return ctx.config.entries.flatMap((e) => {
      const prefix = strimziForbiddenPrefix(e.name);
      return prefix === undefined ? [] : [{ messageId: 'forbidden' as const, data: { key: e.key, prefix, where: `${ctx.config.label ?? 'the Kafka resource'} spec.kafka.config` }, setting: e.name }];
    });
  },
});
