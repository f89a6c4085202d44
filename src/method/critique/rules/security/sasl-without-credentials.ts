import { configRule } from '../../engine.js';
import { docRef, LIBRDKAFKA_CONFIGURATION } from '../support.js';

const PASSWORD_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

export const saslWithoutCredentials = configRule({
  meta: {
    id: 'security/sasl-without-credentials',
    severity: 'warning',
    summary: 'A SASL password mechanism without credentials in the client configuration.',
    why: 'With SASL_SSL or SASL_PLAINTEXT and PLAIN/SCRAM the client needs a user and password (sasl.jaas.config for Java, sasl.username/sasl.password for librdkafka); without them it fails to connect unless a JVM-wide JAAS file supplies them.',
    refs: [docRef('producer', 'sasl.jaas.config'), LIBRDKAFKA_CONFIGURATION],
    fix: 'Add sasl.jaas.config (Java) or sasl.username and sasl.password (librdkafka), ideally through a config provider.',
    messages: {
      securityProtocolWithButNo: 'security.protocol={{protocol}} with {{mechanism}} but no {{detail}}',
    },
    kinds: ['producer', 'consumer', 'admin', 'client', 'streams'],
  },
  check(ctx) {
    const protocol = (ctx.value('security.protocol') ?? '').toUpperCase();
    const mechanism = (ctx.value('sasl.mechanism') ?? ctx.config.entries.find((e) => e.key === 'sasl.mechanisms')?.value ?? '').toUpperCase();
    if (!protocol.startsWith('SASL_') || !PASSWORD_MECHANISMS.includes(mechanism)) return [];
    const has = ctx.family === 'librdkafka' ? ctx.config.entries.some((e) => e.key === 'sasl.username') : !!ctx.explicit('sasl.jaas.config');
    if (has || ctx.family === 'kafkajs') return [];
    return [
      { messageId: 'securityProtocolWithButNo', data: { protocol, mechanism, detail: ctx.family === 'librdkafka' ? 'sasl.username/sasl.password' : 'sasl.jaas.config' }, setting: 'security.protocol' },
    ];
  },
});
