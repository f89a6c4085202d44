import { compareVersions, isVersionString } from '../../../../knowledge/catalog.js';
import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const pre3ProducerDefaults = configRule({
  meta: {
    id: 'version/pre-3-producer-defaults',
    severity: 'warning',
    summary: 'A Java producer before Kafka 3.0 that relies on the acks or idempotence defaults.',
    why: 'Kafka 3.0 changed the producer defaults to acks=all and enable.idempotence=true (KIP-679). Older clients default to acks=1 without idempotence, so a file that leaves them out loses records on leader failover and can duplicate or reorder on retry.',
    refs: [docRef('producer', 'enable.idempotence'), 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-679%3A+Producer+will+enable+the+strongest+delivery+guarantee+by+default'],
    fix: 'Set acks=all and enable.idempotence=true explicitly (or upgrade the client to 3.0+).',
    messages: {
      kafkaClientWithUnset: 'Kafka {{kafkaVersion}} client with {{missing}} unset: before 3.0 that means acks=1 and no idempotence',
    },
    kinds: ['producer'],
  },
  check(ctx) {
    if (ctx.family !== 'java' || !isVersionString(ctx.kafkaVersion) || compareVersions(ctx.kafkaVersion, '3.0') >= 0) return [];
    const missing = ['acks', 'enable.idempotence'].filter((n) => !ctx.explicit(n));
    return missing.length ? [{ messageId: 'kafkaClientWithUnset', data: { kafkaVersion: ctx.kafkaVersion, missing: missing.join(' and ') } }] : [];
  },
});
