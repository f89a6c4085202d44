import { compareVersions, resolveVersion } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const consumerProtocolVersion = configRule({
  meta: {
    id: 'group/consumer-protocol-version',
    severity: 'warning',
    summary: 'group.protocol=consumer on a Kafka version where the new protocol is absent or not production-ready.',
    why: 'The consumer group protocol (KIP-848) arrived as early access in 3.7, was a preview in 3.8 and 3.9, and became generally available in 4.0. Before 3.7 the value is rejected; before 4.0 brokers need it switched on and it is not meant for production.',
    refs: [docRef('consumer', 'group.protocol'), 'https://kafka.apache.org/documentation/#consumer_rebalance_protocol'],
    fix: 'Use group.protocol=classic on clusters before 4.0, or upgrade.',
    messages: {
      groupProtocolConsumerDoesNot: 'group.protocol=consumer does not exist in Kafka {{kafkaVersion}} (added in 3.7)',
      groupProtocolConsumerIsEarly: 'group.protocol=consumer is early access/preview in Kafka {{kafkaVersion}} (generally available from 4.0)',
    },
    kinds: ['consumer'],
  },
  check(ctx) {
    const v = ctx.explicit('group.protocol');
    if (!v || v.value.trim().toLowerCase() !== 'consumer') return [];
    const version = resolveVersion(ctx.kafkaVersion).documented;
    if (compareVersions(version, '3.7') < 0) return [{ messageId: 'groupProtocolConsumerDoesNot', data: { kafkaVersion: ctx.kafkaVersion }, setting: 'group.protocol', severity: 'error' }];
    if (compareVersions(version, '4.0') < 0) return [{ messageId: 'groupProtocolConsumerIsEarly', data: { kafkaVersion: ctx.kafkaVersion }, setting: 'group.protocol' }];
    return [];
  },
});
