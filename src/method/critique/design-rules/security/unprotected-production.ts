import { SECURITY_DOCS } from '../../../../knowledge/security.js';
import { type DesignHit, designRule } from '../types.js';

export const unprotectedProduction = designRule({
  meta: {
    id: 'security/unprotected-production',
    severity: 'error',
    summary: 'A production or staging design whose clients connect without encryption, without authentication, or without authorization.',
    why: 'Without TLS anyone on the network path reads records and credentials; without authentication every client is anonymous; without ACLs any client, or a leaked credential, can read, write or delete any topic.',
    refs: [SECURITY_DOCS.overview, SECURITY_DOCS.authorization],
    fix: 'Use SASL_SSL (SCRAM, OAUTHBEARER, IAM or PLAIN API keys) or SSL with client certificates, and grant each service its ACLs (security.authentication, security.authorization in the requirements).',
    messages: {
      unencrypted: '{{environment}} clients connect with {{protocol}}: traffic is not encrypted',
      anonymous: '{{environment}} clients do not authenticate: the broker sees every one of them as User:ANONYMOUS',
      unauthorized: '{{environment}} design without ACLs: every client may read, write and delete every topic',
    },
  },
  check({ facts, design }) {
    const s = design.security;
    if (facts.environment === 'development' || !s) return [];
    const data = { environment: facts.environment, protocol: s.protocol };
    const hits: Array<Omit<DesignHit, 'dependsOn'>> = [];
    if (s.protocol === 'PLAINTEXT' || s.protocol === 'SASL_PLAINTEXT') hits.push({ flow: design.name, messageId: 'unencrypted', data });
    if (s.authentication === 'none' || (s.authentication === undefined && s.protocol === 'PLAINTEXT')) hits.push({ flow: design.name, messageId: 'anonymous', data });
    if (s.authorization === 'none') hits.push({ flow: design.name, messageId: 'unauthorized', data, severity: 'warning' });
    // Production is the default when nobody says: the finding then rests on that assumption.
    return hits.map((h) => ({ ...h, dependsOn: ['environment'] }));
  },
});
