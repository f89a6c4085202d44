// Security facts: how each platform lets clients authenticate, which one it suggests, and the
// SASL mechanism and protocol each authentication method uses. Facts only; the strategy decides.
import type { Authentication } from '../model/requirements.js';
import platforms from './data/platform-security.json' with { type: 'json' };

export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';

export interface PlatformSecurity {
  /** Authentication methods the platform offers to clients, the suggested one first. */
  authentications: readonly Exclude<Authentication, 'none'>[];
  /** The platform only accepts TLS connections, whatever the environment. */
  tlsAlways: boolean;
  /** How the platform authorizes clients when they authenticate with its suggested method. */
  authorizationNote: string;
  refs: readonly string[];
}

export const SECURITY_DOCS = {
  overview: 'https://kafka.apache.org/documentation/#security_overview',
  ssl: 'https://kafka.apache.org/documentation/#security_ssl',
  scram: 'https://kafka.apache.org/documentation/#security_sasl_scram',
  plain: 'https://kafka.apache.org/documentation/#security_sasl_plain',
  oauthbearer: 'https://kafka.apache.org/documentation/#security_sasl_oauthbearer',
  authorization: 'https://kafka.apache.org/documentation/#security_authz',
  aclOperations: 'https://kafka.apache.org/documentation/#operations_resources_and_protocols',
  quotas: 'https://kafka.apache.org/documentation/#design_quotas',
  kip679: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-679%3A+Producer+will+enable+the+strongest+delivery+guarantee+by+default',
  principalMapping: 'https://kafka.apache.org/documentation/#security_authz_ssl',
  mskIam: 'https://docs.aws.amazon.com/msk/latest/developerguide/iam-access-control.html',
  confluentCloudClients: 'https://docs.confluent.io/cloud/current/client-apps/config-client.html',
  strimziUsers: 'https://strimzi.io/docs/operators/latest/deploying#assembly-using-the-user-operator-str',
  aivenAuth: 'https://aiven.io/docs/products/kafka/concepts/auth-types',
  redpandaAuth: 'https://docs.redpanda.com/current/manage/security/authentication/',
} as const;

/** Each platform's client security (data/platform-security.json), its refs named by SECURITY_DOCS key. */
export const PLATFORM_SECURITY: Record<string, PlatformSecurity> = Object.fromEntries(
  Object.entries(platforms).map(([platform, p]) => [
    platform,
    { ...p, authentications: p.authentications as PlatformSecurity['authentications'], refs: p.refs.map((key) => SECURITY_DOCS[key as keyof typeof SECURITY_DOCS]) },
  ]),
);

export function platformSecurity(platform: string): PlatformSecurity {
  return PLATFORM_SECURITY[platform] ?? PLATFORM_SECURITY['self-managed']!;
}

/** The SASL mechanism an authentication method uses; null where it is not SASL (none, mTLS). */
export const SASL_MECHANISM: Record<Authentication, string | null> = {
  none: null,
  plain: 'PLAIN',
  // SCRAM-SHA-512 is the one every platform here accepts (Strimzi and MSK offer no other).
  scram: 'SCRAM-SHA-512',
  mtls: null,
  oauth: 'OAUTHBEARER',
  iam: 'AWS_MSK_IAM',
};

/** What a mechanism needs from the environment of the running program (names of variables). */
export const SECRET_VARIABLES = {
  username: 'KAFKA_SASL_USERNAME',
  password: 'KAFKA_SASL_PASSWORD',
  oauthClientId: 'KAFKA_OAUTH_CLIENT_ID',
  oauthClientSecret: 'KAFKA_OAUTH_CLIENT_SECRET',
  oauthTokenEndpoint: 'KAFKA_OAUTH_TOKEN_ENDPOINT_URL',
  caLocation: 'KAFKA_SSL_CA_LOCATION',
  certificateLocation: 'KAFKA_SSL_CERTIFICATE_LOCATION',
  keyLocation: 'KAFKA_SSL_KEY_LOCATION',
  keyPassword: 'KAFKA_SSL_KEY_PASSWORD',
  awsRegion: 'AWS_REGION',
} as const;

/** Kafka versions from which the idempotent producer needs no IdempotentWrite on the cluster (KIP-679). */
export const IDEMPOTENT_WRITE_IMPLIED_FROM = '3.0';

/** The Java client's OIDC login callback handler (KIP-768, Kafka 3.1); 3.4 moved it out of the "secured" package. */
export function oauthLoginCallbackHandler(kafkaVersion: string): string {
  const [major = 0, minor = 0] = kafkaVersion.split('.').map(Number);
  return major > 3 || (major === 3 && minor >= 4)
    ? 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler'
    : 'org.apache.kafka.common.security.oauthbearer.secured.OAuthBearerLoginCallbackHandler';
}
