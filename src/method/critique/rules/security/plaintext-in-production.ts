import { configRule } from '../../engine.js';
import { docRef } from '../support.js';

export const plaintextInProduction = configRule({
  meta: {
    id: 'security/plaintext-in-production',
    severity: 'error',
    summary: 'A production or staging client configured for PLAINTEXT or SASL_PLAINTEXT.',
    why: 'Without TLS the records, and with PLAINTEXT also the lack of any identity, are open to anyone on the network path; the broker cannot tell one service from another, so ACLs cannot protect anything.',
    refs: [docRef('producer', 'security.protocol'), 'https://kafka.apache.org/documentation/#security_overview'],
    fix: 'Use security.protocol=SASL_SSL with a SASL mechanism (SCRAM-SHA-512, OAUTHBEARER, AWS_MSK_IAM, PLAIN API keys) or SSL with a client certificate.',
    messages: {
      plaintext: '{{environment}} client with security.protocol=PLAINTEXT: neither encrypted nor authenticated',
      saslPlaintext: '{{environment}} client with security.protocol=SASL_PLAINTEXT: authenticated but not encrypted',
    },
    kinds: ['producer', 'consumer', 'admin', 'client', 'streams', 'connect'],
  },
  check(ctx) {
    const environment = ctx.intent.environment;
    if (environment !== 'production' && environment !== 'staging') return [];
    const protocol = ctx.explicit('security.protocol')?.value.trim().toUpperCase();
    if (protocol === 'PLAINTEXT') return [{ messageId: 'plaintext', data: { environment }, setting: 'security.protocol' }];
    if (protocol === 'SASL_PLAINTEXT') return [{ messageId: 'saslPlaintext', data: { environment }, setting: 'security.protocol' }];
    return [];
  },
});
