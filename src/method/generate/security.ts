// Connection security in each client library's own names. Every program reads the protocol and
// mechanism from the environment (the design's choice is the fallback) and every secret from the
// environment only, so one build runs against a development broker and a production cluster.
import { oauthLoginCallbackHandler, SECRET_VARIABLES as V } from '../../knowledge/security.js';
import type { SecurityDesign } from '../../model/design.js';
import { lines, quote } from './files.js';
import { fill, TEMPLATES } from './templates.js';

const GO_SECURITY = TEMPLATES.go.security;
const TS_SECURITY = TEMPLATES.typescript.security;
const JAVA_SECURITY = TEMPLATES.java.security;

/** The secret variable placeholder of a knowledge-base key: VARIABLE_KEY_PASSWORD (or ENV_KEY_PASSWORD) for keyPassword. */
const placeholder = (prefix: string, key: string) => `${prefix}_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/**
 * The templates' placeholders for the knowledge base's secret variables: VARIABLE_* takes the name
 * as a quoted string, ENV_* the bare name, where the code spells it (`process.env.NAME`, messages).
 */
export const SECRET_PLACEHOLDERS: Record<string, string> = Object.fromEntries(
  Object.entries(V).flatMap(([key, name]) => [
    [placeholder('VARIABLE', key), quote(name)],
    [placeholder('ENV', key), name],
  ]),
);

/** The design's security, or plaintext for designs made before it had one. */
export function securityOf(security: SecurityDesign | null | undefined): { protocol: string; mechanism: string } {
  return { protocol: security?.protocol ?? 'PLAINTEXT', mechanism: security?.mechanism ?? 'SCRAM-SHA-512' };
}

/** The comment above every program's security code: the design's choice and what overrides it. */
export function headline(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return `Connection security: the design uses ${s.protocol}${security?.mechanism ? ` with ${security.mechanism}` : ''}. KAFKA_SECURITY_PROTOCOL and KAFKA_SASL_MECHANISM override it; secrets come only from the environment.`;
}

/** The environment variables the programs read for security, for READMEs. */
export const SECURITY_VARIABLES: Array<[string, string]> = [
  ['KAFKA_SECURITY_PROTOCOL', "PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL (default: the design's)"],
  ['KAFKA_SASL_MECHANISM', "PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512 | OAUTHBEARER | AWS_MSK_IAM (default: the design's)"],
  [V.username, 'SASL user name (PLAIN, SCRAM)'],
  [V.password, 'SASL password (PLAIN, SCRAM)'],
  [V.oauthClientId, 'OAuth client id (OAUTHBEARER)'],
  [V.oauthClientSecret, 'OAuth client secret (OAUTHBEARER)'],
  [V.oauthTokenEndpoint, 'OAuth token endpoint (OAUTHBEARER)'],
  [V.awsRegion, 'AWS region of the MSK cluster (AWS_MSK_IAM)'],
  [V.caLocation, "CA certificate (PEM) to trust, when not the system's"],
  [V.certificateLocation, 'client certificate (PEM), for mutual TLS'],
  [V.keyLocation, 'client private key (PEM), for mutual TLS'],
  [V.keyPassword, 'password of the private key, if it has one'],
];

/** kafkajs: the client's ssl and sasl options. */
export function typescriptSecurity(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return lines(`// ${headline(security)}`, fill(TS_SECURITY.securityOptions, {}, { ...SECRET_PLACEHOLDERS, DESIGN_PROTOCOL: quote(s.protocol), DESIGN_MECHANISM: quote(s.mechanism) }));
}

/** The Java client: a Security class whose settings() every program adds to its Properties. */
export function javaSecurity(security: SecurityDesign | null | undefined, pkg: string, kafkaVersion: string): string {
  const s = securityOf(security);
  // The package and the headline go in last, so nothing in them is taken for a placeholder.
  const names = {
    ...SECRET_PLACEHOLDERS,
    DESIGN_PROTOCOL: quote(s.protocol),
    DESIGN_MECHANISM: quote(s.mechanism),
    OAUTH_LOGIN_CALLBACK_HANDLER: quote(oauthLoginCallbackHandler(kafkaVersion)),
    PACKAGE: pkg,
    HEADLINE: headline(security),
  };
  return lines(fill(JAVA_SECURITY.securityFile, {}, names), '');
}

/** Go: a file beside each command's main.go (package main); confluent-kafka-go takes a ConfigMap, franz-go options. */
export function goSecurity(security: SecurityDesign | null | undefined, library: 'confluent-kafka-go' | 'franz-go'): string {
  const s = securityOf(security);
  const franz = library === 'franz-go';
  const imports = franz
    ? [
        'context',
        'crypto/tls',
        'crypto/x509',
        'encoding/json',
        'fmt',
        'net/http',
        'net/url',
        'os',
        'strings',
        '',
        'github.com/twmb/franz-go/pkg/kgo',
        'github.com/twmb/franz-go/pkg/sasl/aws',
        'github.com/twmb/franz-go/pkg/sasl/oauth',
        'github.com/twmb/franz-go/pkg/sasl/plain',
        'github.com/twmb/franz-go/pkg/sasl/scram',
      ]
    : ['os', 'strings', '', 'github.com/confluentinc/confluent-kafka-go/v2/kafka'];
  // The *Variable placeholders in the template take the knowledge base's variable names.
  const variables = Object.fromEntries(Object.entries(V).map(([key, name]) => [`${key}Variable`, quote(name)]));
  return lines(
    `// ${headline(security)}`,
    'package main',
    '',
    'import (',
    ...imports.map((i) => (i ? `\t${quote(i)}` : '')),
    ')',
    '',
    fill(GO_SECURITY.common, {}, { protocol: quote(s.protocol), mechanism: quote(s.mechanism) }),
    '',
    fill(franz ? GO_SECURITY.franz : GO_SECURITY.confluent, {}, variables),
    '',
  );
}
