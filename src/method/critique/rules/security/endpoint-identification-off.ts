import { configRule } from '../../engine.js';
import { BROKER_CONNECTION_KINDS, byEnvironment, docRef } from '../support.js';

export const endpointIdentificationOff = configRule({
  meta: {
    id: 'security/endpoint-identification-off',
    severity: 'warning',
    summary: 'TLS host name verification turned off.',
    why: 'With ssl.endpoint.identification.algorithm empty the client accepts any certificate signed by a trusted CA for any host, so a man in the middle with such a certificate can read and alter the traffic.',
    refs: [docRef('producer', 'ssl.endpoint.identification.algorithm')],
    fix: 'Remove the setting (the default is https) and give brokers certificates whose names match their advertised host names.',
    messages: {
      isEmptyThePeer: `{{key}} is empty: the peer's certificate is not checked against its host name`,
    },
    kinds: BROKER_CONNECTION_KINDS,
  },
  check(ctx) {
    const e = ctx.explicit('ssl.endpoint.identification.algorithm');
    if (!e || e.value.trim() !== '') return [];
    return [{ messageId: 'isEmptyThePeer', data: { key: e.key }, setting: e.name, severity: byEnvironment(ctx, 'error', 'warning', 'info') }];
  },
});
