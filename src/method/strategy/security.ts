// How clients connect: encryption (TLS), authentication (SASL mechanism or client certificates)
// and authorization, by environment and platform. What the requirements leave out is a stated
// assumption; a development profile says what changes on the way to production.
import { platformSecurity, SASL_MECHANISM, SECURITY_DOCS, type SecurityProtocol } from '../../knowledge/security.js';
import type { Acl, Assumption, Quota, Rationale, SecurityDesign } from '../../model/design.js';
import type { Authentication, Authorization } from '../../model/requirements.js';
import type { Facts } from '../deconstruct/normalize.js';
import { deriveAcls, principalOf, type DesignParts } from './acls.js';
import { planQuotas } from './quotas.js';

export interface SecurityDecision {
  authentication: Authentication;
  authorization: Authorization;
  /** Traffic is encrypted with TLS. */
  encrypted: boolean;
  security: SecurityDesign;
  assumptions: Assumption[];
  questions: string[];
}

const AUTH_WORDS: Record<Authentication, string> = {
  none: 'no authentication',
  plain: 'SASL/PLAIN (user name and password, e.g. API keys)',
  scram: 'SASL/SCRAM-SHA-512 (salted challenge-response; the password never crosses the wire)',
  mtls: 'mutual TLS (each service presents its own client certificate)',
  oauth: 'SASL/OAUTHBEARER (short-lived tokens from your identity provider)',
  iam: "AWS IAM (SASL mechanism AWS_MSK_IAM, signed with the service's IAM role)",
};

const AUTH_REFS: Record<Authentication, string> = {
  none: SECURITY_DOCS.overview,
  plain: SECURITY_DOCS.plain,
  scram: SECURITY_DOCS.scram,
  mtls: SECURITY_DOCS.ssl,
  oauth: SECURITY_DOCS.oauthbearer,
  iam: SECURITY_DOCS.mskIam,
};

/** The protocol for an authentication method, with or without TLS. */
export function protocolFor(authentication: Authentication, encrypted: boolean): SecurityProtocol {
  if (authentication === 'mtls') return 'SSL';
  if (authentication === 'none') return encrypted ? 'SSL' : 'PLAINTEXT';
  return encrypted ? 'SASL_SSL' : 'SASL_PLAINTEXT';
}

export function decideSecurity(facts: Facts): SecurityDecision {
  const platform = platformSecurity(facts.platform);
  const production = facts.environment !== 'development';
  const suggested = platform.authentications[0]!;
  const assumptions: Assumption[] = [];
  const questions: string[] = [];

  const stated = facts.security.authentication;
  let authentication: Authentication;
  if (stated !== null) {
    authentication = stated;
  } else if (production || platform.tlsAlways) {
    authentication = suggested;
    assumptions.push({
      field: 'security.authentication',
      value: authentication,
      why: `not stated; ${facts.environment} clients must prove who they are, and ${facts.platform} suggests ${AUTH_WORDS[authentication]}${platform.authentications.length > 1 ? ` (it also offers ${platform.authentications.slice(1).join(', ')})` : ''}`,
    });
  } else {
    authentication = 'none';
    assumptions.push({
      field: 'security.authentication',
      value: 'none',
      why: `not stated; a local development cluster runs without authentication. Production on ${facts.platform} would use ${AUTH_WORDS[suggested]}`,
    });
  }
  if (authentication !== 'none' && !platform.authentications.includes(authentication)) {
    questions.push(`${facts.platform} does not offer ${AUTH_WORDS[authentication]} to clients; it offers ${platform.authentications.join(', ')}. Which should the services use?`);
  }

  const authorization: Authorization = facts.security.authorization ?? (production ? 'acls' : 'none');
  if (facts.security.authorization === null) {
    assumptions.push({
      field: 'security.authorization',
      value: authorization,
      why: production
        ? "not stated; each service gets only the operations it needs (least privilege), so a bug or a leaked credential touches one service's topics"
        : 'not stated; a development cluster grants everything. Production grants each service only its own topics and groups (the ACLs this design lists)',
    });
  }
  if (authorization === 'acls' && authentication === 'none') {
    questions.push('ACLs are asked for but clients do not authenticate: every client is User:ANONYMOUS, so ACLs cannot tell services apart. Which authentication should the services use?');
  }

  // AWS_MSK_IAM works only over TLS; mTLS is TLS by definition.
  const encrypted = production || platform.tlsAlways || authentication === 'iam' || authentication === 'mtls';
  const protocol = protocolFor(authentication, encrypted);
  const mechanism = SASL_MECHANISM[authentication];
  return {
    authentication,
    authorization,
    encrypted,
    security: { protocol, mechanism, authentication, authorization, rationale: rationale(facts, authentication, authorization, encrypted, protocol, mechanism) },
    assumptions,
    questions,
  };
}

function rationale(facts: Facts, authentication: Authentication, authorization: Authorization, encrypted: boolean, protocol: SecurityProtocol, mechanism: string | null): Rationale[] {
  const platform = platformSecurity(facts.platform);
  const why: Rationale[] = [];
  const encryption = encrypted
    ? `TLS encrypts every connection${platform.tlsAlways ? ` (${facts.platform} accepts only TLS)` : ''}, so records and credentials cannot be read on the network path.`
    : 'No TLS: acceptable only on a development machine, where nothing sensitive crosses a network.';
  why.push({ setting: 'security.protocol', why: `${protocol}: ${encryption} Authentication: ${AUTH_WORDS[authentication]}.`, refs: [SECURITY_DOCS.overview, AUTH_REFS[authentication]] });
  if (mechanism) {
    const secrets =
      authentication === 'iam'
        ? 'The service signs with its IAM role (no password to store).'
        : authentication === 'oauth'
          ? 'The client fetches tokens with its client id and secret, read from the environment.'
          : 'The user name and password are read from the environment (KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD), never written into files.';
    why.push({ setting: 'sasl.mechanism', why: `${mechanism}. ${secrets}`, refs: [AUTH_REFS[authentication]] });
  }
  if (authentication === 'mtls') {
    why.push({
      setting: 'ssl.client.auth',
      why: "required on the broker listener: a client without a certificate signed by the cluster's CA cannot connect. The principal is the certificate's distinguished name; map it to the service name with ssl.principal.mapping.rules (e.g. RULE:^CN=([^,]+),.*$/$1/,DEFAULT) so ACLs name User:<service>. Key and certificate paths come from the environment.",
      refs: [SECURITY_DOCS.ssl, SECURITY_DOCS.principalMapping],
    });
  }
  why.push({
    setting: 'authorization',
    why:
      authorization === 'acls'
        ? `One principal per service with only the operations it needs (see acls). ${platform.authorizationNote}`
        : 'None: every client may do everything. Fine for a development cluster only.',
    refs: [...new Set([SECURITY_DOCS.authorization, ...platform.refs])],
  });
  if (facts.environment === 'development') {
    const prodAuth = platform.authentications.includes(authentication as never) ? authentication : platform.authentications[0]!;
    const prodProtocol = protocolFor(prodAuth, true);
    if (prodProtocol !== protocol || authorization !== 'acls') {
      why.push({
        setting: 'production',
        why: `On the way to production: ${prodProtocol}${SASL_MECHANISM[prodAuth] ? ` with ${SASL_MECHANISM[prodAuth]}` : ' with client certificates'} instead of ${protocol}, credentials per service from a secret store, and ACLs per service instead of open access. The generated programs read the protocol and secrets from the environment, so only their environment changes.`,
        refs: [SECURITY_DOCS.overview],
      });
    }
  }
  return why;
}

export interface SecurityPlan {
  security: SecurityDesign;
  acls: Acl[];
  quotas: Quota[];
  assumptions: Assumption[];
  questions: string[];
}

/** Security for a whole design: how clients connect, what each service may do, and its quotas. */
export function planSecurity(facts: Facts, parts: DesignParts): SecurityPlan {
  const decision = decideSecurity(facts);
  const acls = decision.authorization === 'acls' ? deriveAcls(facts, parts) : [];
  const connect = principalOf(`${parts.name}-connect`);
  const quotas = planQuotas({
    facts,
    topics: parts.topics,
    producers: parts.producers,
    producerPrincipal: (p) => (parts.connectors?.some((c) => c.flow === p.flow && c.kind === 'source') ? connect : principalOf(p.source)),
  });
  return { security: decision.security, acls, quotas, assumptions: decision.assumptions, questions: decision.questions };
}
