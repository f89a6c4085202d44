import { SECURITY_DOCS } from '../../../../knowledge/security.js';
import type { DesignRule } from '../types.js';

export const unprotectedProduction: DesignRule = {
  id: 'security/unprotected-production',
  severity: 'error',
  summary: 'A production or staging design whose clients connect without encryption, without authentication, or without authorization.',
  why: 'Without TLS anyone on the network path reads records and credentials; without authentication every client is anonymous; without ACLs any client, or a leaked credential, can read, write or delete any topic.',
  fix: 'Use SASL_SSL (SCRAM, OAUTHBEARER, IAM or PLAIN API keys) or SSL with client certificates, and grant each service its ACLs (security.authentication, security.authorization in the requirements).',
  refs: [SECURITY_DOCS.overview, SECURITY_DOCS.authorization],
  check({ facts, design }) {
    const s = design.security;
    if (facts.environment === 'development' || !s) return [];
    const hits = [];
    const where = design.name;
    if (s.protocol === 'PLAINTEXT' || s.protocol === 'SASL_PLAINTEXT') {
      hits.push({ flow: where, message: `${facts.environment} clients connect with ${s.protocol}: traffic${s.protocol === 'SASL_PLAINTEXT' ? ' (and SASL exchanges)' : ''} is not encrypted` });
    }
    if (s.authentication === 'none' || (s.authentication === undefined && s.mechanism === null && s.protocol === 'PLAINTEXT')) {
      hits.push({ flow: where, message: `${facts.environment} clients do not authenticate: the broker sees every one of them as User:ANONYMOUS` });
    }
    if (s.authorization === 'none') {
      hits.push({ flow: where, message: `${facts.environment} design without ACLs: every client may read, write and delete every topic`, severity: 'warning' as const });
    }
    return hits;
  },
};
