import { configRule } from '../../engine.js';
import { BROKER_CONNECTION_KINDS, byEnvironment, docRef } from '../support.js';

/** Mechanisms that send the password itself (PLAIN) or a replayable exchange without TLS. */
const CLEARTEXT = ['PLAIN'];

export const saslWithoutTls = configRule({
  meta: {
    id: 'security/sasl-without-tls',
    severity: 'warning',
    summary: 'SASL/PLAIN over a connection without TLS.',
    why: 'SASL_PLAINTEXT with the PLAIN mechanism sends the user name and password in clear text on every connection; anyone on the network path can read them and the data.',
    refs: [docRef('producer', 'security.protocol'), 'https://kafka.apache.org/documentation/#security_sasl_plain'],
    fix: 'Use SASL_SSL (TLS) for SASL/PLAIN, or a mechanism that does not send the password (SCRAM, OAUTHBEARER) together with TLS.',
    messages: {
      listenerSUseSASL: 'listener(s) {{used}} use SASL_PLAINTEXT with the PLAIN mechanism enabled: passwords cross the network in clear text',
      securityProtocolSASLPLAINTEXTWith: 'security.protocol=SASL_PLAINTEXT with sasl.mechanism=PLAIN: the password is sent in clear text',
    },
    kinds: BROKER_CONNECTION_KINDS,
  },
  check(ctx) {
    if (ctx.config.kind === 'broker') {
      const plainListeners = (ctx.value('listener.security.protocol.map') ?? '')
        .split(',')
        .filter((p) => p.trim().toUpperCase().endsWith(':SASL_PLAINTEXT'))
        .map((p) => p.split(':')[0]!.trim());
      const mechanisms = (ctx.value('sasl.enabled.mechanisms') ?? '')
        .toUpperCase()
        .split(',')
        .map((m) => m.trim());
      const used = plainListeners.filter((l) => (ctx.value('listeners') ?? '').toUpperCase().includes(`${l.toUpperCase()}://`));
      if (used.length === 0 || !mechanisms.some((m) => CLEARTEXT.includes(m))) return [];
      return [{ messageId: 'listenerSUseSASL', data: { used: used.join(', ') }, setting: 'listener.security.protocol.map', severity: byEnvironment(ctx, 'error', 'warning', 'info') }];
    }
    const protocol = (ctx.value('security.protocol') ?? '').toUpperCase();
    const mechanism = (ctx.value('sasl.mechanism') ?? '').toUpperCase();
    if (protocol !== 'SASL_PLAINTEXT' || !CLEARTEXT.includes(mechanism)) return [];
    return [{ messageId: 'securityProtocolSASLPLAINTEXTWith', setting: 'security.protocol', severity: byEnvironment(ctx, 'error', 'warning', 'info') }];
  },
});
