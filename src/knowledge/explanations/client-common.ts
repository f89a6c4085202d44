// Settings every Kafka client (producer, consumer, admin, streams, connect) shares: where the
// cluster is, how connections behave, TLS and SASL. Written once, in our words.
import type { ExplanationTable } from './index.js';

const OAUTH_ASSERTION_441 = 'Added in Kafka 4.1 (KIP-1139, OAuth jwt-bearer client assertions).';

export const CLIENT_COMMON: ExplanationTable = {
  'bootstrap.servers': {
    what: 'A few broker addresses the client contacts first to learn the whole cluster; not the full list it will use.',
    whenToChange: 'Always set it; list two or three brokers (or one load-balanced name) so startup survives one broker being down.',
    interactsWith: ['client.dns.lookup', 'security.protocol', 'metadata.recovery.strategy'],
  },
  'client.id': {
    what: 'Name the client sends with each request, seen in broker logs, metrics and quotas.',
    whenToChange: 'Set it to the service name so quotas and request logs can be traced to an application.',
    interactsWith: [],
  },
  'client.dns.lookup': {
    what: 'Whether the client connects to every IP a broker hostname resolves to, or only the first.',
    whenToChange: 'Keep use_all_dns_ips; it lets clients fail over across the addresses behind one name.',
    interactsWith: ['bootstrap.servers'],
  },
  'connections.max.idle.ms': {
    what: 'The client closes connections idle for this long.',
    whenToChange: 'Lower it below a load balancer or NAT idle timeout that would otherwise cut connections silently.',
    interactsWith: ['request.timeout.ms'],
  },
  'receive.buffer.bytes': {
    what: 'TCP receive buffer size the client asks the OS for (-1 keeps the OS default).',
    whenToChange: 'Raise it for high-bandwidth links with long round trips (cross-region).',
    interactsWith: ['send.buffer.bytes'],
  },
  'send.buffer.bytes': {
    what: 'TCP send buffer size the client asks the OS for (-1 keeps the OS default).',
    whenToChange: 'Raise it for high-bandwidth links with long round trips (cross-region).',
    interactsWith: ['receive.buffer.bytes'],
  },
  'request.timeout.ms': {
    what: 'How long the client waits for a broker response before retrying or failing the request.',
    whenToChange: 'Raise it on slow or overloaded clusters; keep it below delivery.timeout.ms on producers.',
    interactsWith: ['delivery.timeout.ms', 'default.api.timeout.ms', 'retries'],
  },
  'socket.connection.setup.timeout.ms': {
    what: 'How long the client waits for a new TCP (and TLS) connection before giving up on that attempt.',
    whenToChange: 'Raise it across slow or high-latency networks where connection setup legitimately takes longer.',
    interactsWith: ['socket.connection.setup.timeout.max.ms', 'reconnect.backoff.ms'],
  },
  'socket.connection.setup.timeout.max.ms': {
    what: 'Cap for the connection setup timeout, which grows exponentially after repeated failures.',
    whenToChange: 'Rarely; raise it together with the base timeout on very slow networks.',
    interactsWith: ['socket.connection.setup.timeout.ms'],
  },
  'reconnect.backoff.ms': {
    what: 'Initial pause before reconnecting to a broker after a connection fails.',
    whenToChange: 'Raise it when many clients hammer a recovering broker with reconnects.',
    interactsWith: ['reconnect.backoff.max.ms'],
  },
  'reconnect.backoff.max.ms': {
    what: 'Upper bound of the exponentially growing reconnect pause.',
    whenToChange: 'Raise it for large fleets of clients so reconnect storms spread out.',
    interactsWith: ['reconnect.backoff.ms'],
  },
  'retry.backoff.ms': {
    what: 'Initial pause before retrying a failed request.',
    whenToChange: 'Raise it when retries arrive faster than the cluster can recover (leader elections).',
    interactsWith: ['retry.backoff.max.ms', 'retries', 'delivery.timeout.ms'],
    notes: ['Since Kafka 3.7 (KIP-580) the pause grows exponentially up to retry.backoff.max.ms.'],
  },
  'retry.backoff.max.ms': {
    what: 'Upper bound of the exponentially growing retry pause.',
    whenToChange: 'Lower it when quick recovery matters more than load on a struggling cluster.',
    interactsWith: ['retry.backoff.ms'],
    notes: ['Added in Kafka 3.7 (KIP-580).'],
  },
  'metadata.recovery.strategy': {
    what: 'What the client does when it can reach none of the brokers it knows: give up on them (none) or go back to bootstrap.servers (rebootstrap).',
    whenToChange: 'Keep rebootstrap when brokers can be replaced with new addresses (Kubernetes, cloud).',
    interactsWith: ['bootstrap.servers', 'metadata.recovery.rebootstrap.trigger.ms'],
    notes: ['Added in Kafka 3.8 (KIP-899) with default none; the default became rebootstrap in 4.0.'],
  },
  'metadata.recovery.rebootstrap.trigger.ms': {
    what: 'How long the client goes without usable metadata before it rebootstraps.',
    whenToChange: 'Lower it where brokers move often and a faster return to bootstrap.servers is wanted.',
    interactsWith: ['metadata.recovery.strategy'],
    notes: ['Added in Kafka 4.0 (KIP-1102).'],
  },
  'security.protocol': {
    what: 'How the client talks to brokers: PLAINTEXT, SSL (TLS), SASL_PLAINTEXT or SASL_SSL.',
    whenToChange: 'Match the broker listener; use SASL_SSL or SSL outside a trusted network.',
    interactsWith: ['sasl.mechanism', 'sasl.jaas.config', 'ssl.truststore.location', 'bootstrap.servers'],
  },
  'sasl.mechanism': {
    what: 'SASL mechanism for authentication: PLAIN, SCRAM-SHA-256/512, GSSAPI (Kerberos) or OAUTHBEARER.',
    whenToChange: 'Match what the broker listener enables; prefer SCRAM or OAUTHBEARER over PLAIN.',
    interactsWith: ['security.protocol', 'sasl.jaas.config'],
  },
  'sasl.jaas.config': {
    what: 'Login module and credentials for SASL, in JAAS syntax.',
    whenToChange: 'Set it whenever SASL is used; keep secrets out of files in version control (use config providers).',
    interactsWith: ['sasl.mechanism', 'security.protocol', 'config.providers'],
    notes: ['librdkafka uses sasl.username/sasl.password instead; kafkajs a sasl object.'],
  },
  'sasl.client.callback.handler.class': {
    what: 'Class that supplies SASL credentials programmatically instead of via JAAS config.',
    whenToChange: 'When credentials come from a vault or rotate at run time.',
    interactsWith: ['sasl.mechanism', 'sasl.jaas.config'],
  },
  'sasl.login.callback.handler.class': {
    what: 'Class that performs the SASL login step, e.g. fetching an OAuth token.',
    whenToChange: 'For OAUTHBEARER against an identity provider the built-in handler does not cover.',
    interactsWith: ['sasl.mechanism', 'sasl.oauthbearer.token.endpoint.url'],
  },
  'sasl.login.class': {
    what: 'Class implementing the SASL login (the Login interface).',
    whenToChange: 'Almost never; only for custom Kerberos or token login flows.',
    interactsWith: ['sasl.login.callback.handler.class'],
  },
  'sasl.kerberos.service.name': {
    what: 'Kerberos principal name the brokers run as.',
    whenToChange: 'Set it when using GSSAPI; it must match the broker principal.',
    interactsWith: ['sasl.mechanism', 'sasl.jaas.config'],
  },
  'sasl.login.connect.timeout.ms': {
    what: 'Connect timeout when the SASL login fetches a token from an external provider.',
    whenToChange: 'Raise it when the identity provider is slow to accept connections.',
    interactsWith: ['sasl.login.read.timeout.ms', 'sasl.oauthbearer.token.endpoint.url'],
  },
  'sasl.login.read.timeout.ms': {
    what: 'Read timeout when the SASL login fetches a token from an external provider.',
    whenToChange: 'Raise it when the identity provider is slow to answer.',
    interactsWith: ['sasl.login.connect.timeout.ms'],
  },
  'sasl.login.retry.backoff.ms': {
    what: 'Initial pause between attempts to fetch a login token.',
    whenToChange: 'Raise it when an identity provider rate-limits token requests.',
    interactsWith: ['sasl.login.retry.backoff.max.ms'],
  },
  'sasl.login.retry.backoff.max.ms': {
    what: 'Upper bound of the pause between token fetch attempts.',
    whenToChange: 'Raise it when an identity provider rate-limits token requests.',
    interactsWith: ['sasl.login.retry.backoff.ms'],
  },
  'ssl.key.password': {
    what: 'Password of the private key inside the keystore (or of the PEM key).',
    whenToChange: 'Set it when the client authenticates with a TLS certificate whose key is encrypted.',
    interactsWith: ['ssl.keystore.location', 'ssl.keystore.key'],
  },
  'ssl.keystore.location': {
    what: "File with this side's private key and certificate, for mutual TLS.",
    whenToChange: 'Set it when brokers require client certificates (mTLS).',
    interactsWith: ['ssl.keystore.password', 'ssl.keystore.type', 'ssl.key.password'],
  },
  'ssl.keystore.password': {
    what: 'Password of the keystore file.',
    whenToChange: 'Set it with ssl.keystore.location; keep it out of version control.',
    interactsWith: ['ssl.keystore.location'],
  },
  'ssl.keystore.type': {
    what: 'Keystore file format: JKS, PKCS12 or PEM.',
    whenToChange: 'Set PEM when certificates come as PEM text (cert-manager, cloud consoles).',
    interactsWith: ['ssl.keystore.location', 'ssl.keystore.key', 'ssl.keystore.certificate.chain'],
  },
  'ssl.keystore.key': {
    what: 'Private key given inline as PEM text instead of a keystore file.',
    whenToChange: 'When secrets are injected as PEM strings rather than files.',
    interactsWith: ['ssl.keystore.certificate.chain', 'ssl.keystore.type', 'ssl.key.password'],
  },
  'ssl.keystore.certificate.chain': {
    what: 'Certificate chain given inline as PEM text, paired with ssl.keystore.key.',
    whenToChange: 'When secrets are injected as PEM strings rather than files.',
    interactsWith: ['ssl.keystore.key', 'ssl.keystore.type'],
  },
  'ssl.truststore.location': {
    what: 'File with the CA certificates used to verify brokers.',
    whenToChange: 'Set it when brokers use a private CA not trusted by the JVM by default.',
    interactsWith: ['ssl.truststore.password', 'ssl.truststore.type', 'ssl.endpoint.identification.algorithm'],
  },
  'ssl.truststore.password': {
    what: 'Password of the truststore file.',
    whenToChange: 'Set it with ssl.truststore.location when the file is protected.',
    interactsWith: ['ssl.truststore.location'],
  },
  'ssl.truststore.type': {
    what: 'Truststore format: JKS, PKCS12 or PEM.',
    whenToChange: 'Set PEM when CA certificates come as PEM text.',
    interactsWith: ['ssl.truststore.location', 'ssl.truststore.certificates'],
  },
  'ssl.truststore.certificates': {
    what: 'Trusted CA certificates given inline as PEM text.',
    whenToChange: 'When the CA is injected as a PEM string rather than a file.',
    interactsWith: ['ssl.truststore.type'],
  },
  'ssl.enabled.protocols': {
    what: 'TLS versions the client will negotiate.',
    whenToChange: 'Restrict it to TLSv1.3 (or 1.2 and 1.3) when policy forbids older versions.',
    interactsWith: ['ssl.protocol'],
    notes: ['Its documented default depends on the JVM that generated the docs (TLSv1.2 in some releases); not a behaviour change between Kafka versions.'],
  },
  'ssl.protocol': {
    what: 'TLS protocol used to build the SSL context.',
    whenToChange: 'Rarely; set TLSv1.2 only for old JVMs without TLSv1.3.',
    interactsWith: ['ssl.enabled.protocols'],
    notes: ['Its documented default depends on the JVM that generated the docs; not a behaviour change between Kafka versions.'],
  },
  'ssl.provider': {
    what: 'Security provider for TLS; unset means the JVM default.',
    whenToChange: 'Only for FIPS or hardware-backed providers.',
    interactsWith: ['security.providers'],
  },
  'ssl.endpoint.identification.algorithm': {
    what: 'Whether the client checks that the broker certificate matches the hostname (https) or not (empty).',
    whenToChange: 'Keep https; disabling it allows man-in-the-middle attacks.',
    interactsWith: ['ssl.truststore.location'],
  },
  'ssl.cipher.suites': {
    what: 'TLS cipher suites the client may use; unset means the JVM defaults.',
    whenToChange: 'Only when security policy requires a restricted cipher list.',
    interactsWith: ['ssl.enabled.protocols'],
  },
  'sasl.oauthbearer.token.endpoint.url': {
    what: 'OAuth token endpoint the client calls to obtain access tokens.',
    whenToChange: 'Set it for OAUTHBEARER with the built-in OIDC login.',
    interactsWith: ['sasl.mechanism', 'sasl.jaas.config', 'sasl.oauthbearer.scope'],
  },
  'sasl.oauthbearer.jwks.endpoint.url': {
    what: 'Where the public keys that verify OAuth tokens are published (JWKS).',
    whenToChange: 'Set it wherever OAuth tokens are validated (mainly brokers).',
    interactsWith: ['sasl.oauthbearer.expected.issuer', 'sasl.oauthbearer.expected.audience'],
  },
  'sasl.oauthbearer.expected.audience': {
    what: 'Audiences a valid OAuth token must name.',
    whenToChange: 'Set it so tokens issued for other services are rejected.',
    interactsWith: ['sasl.oauthbearer.jwks.endpoint.url', 'sasl.oauthbearer.expected.issuer'],
  },
  'sasl.oauthbearer.expected.issuer': {
    what: 'Issuer a valid OAuth token must name.',
    whenToChange: "Set it so only your identity provider's tokens are accepted.",
    interactsWith: ['sasl.oauthbearer.jwks.endpoint.url', 'sasl.oauthbearer.expected.audience'],
  },
  'sasl.oauthbearer.scope': {
    what: 'OAuth scope requested with the client credentials grant.',
    whenToChange: 'Set it when the identity provider requires a scope for Kafka access.',
    interactsWith: ['sasl.oauthbearer.token.endpoint.url'],
    notes: ['Added as a property in Kafka 4.1 (KIP-1139); earlier it went in the JAAS config.'],
  },
  'sasl.oauthbearer.client.credentials.client.id': {
    what: 'OAuth client id for the client credentials grant.',
    whenToChange: 'Set it for OAUTHBEARER with client credentials.',
    interactsWith: ['sasl.oauthbearer.client.credentials.client.secret', 'sasl.oauthbearer.token.endpoint.url'],
    notes: ['Added as a property in Kafka 4.1 (KIP-1139); earlier it went in the JAAS config.'],
  },
  'sasl.oauthbearer.client.credentials.client.secret': {
    what: 'OAuth client secret for the client credentials grant.',
    whenToChange: 'Set it with the client id; load it through a config provider.',
    interactsWith: ['sasl.oauthbearer.client.credentials.client.id', 'config.providers'],
    notes: ['Added as a property in Kafka 4.1 (KIP-1139).'],
  },
  'sasl.oauthbearer.jwt.retriever.class': {
    what: 'Class that obtains the JWT: client credentials, jwt-bearer assertion or a file.',
    whenToChange: 'Pick the jwt-bearer or file retriever when client secrets are not allowed.',
    interactsWith: ['sasl.oauthbearer.jwt.validator.class', 'sasl.oauthbearer.assertion.file'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.jwt.validator.class': {
    what: 'Class that validates the JWT the client obtained before using it.',
    whenToChange: 'Rarely; swap it when tokens are opaque or validated elsewhere.',
    interactsWith: ['sasl.oauthbearer.jwt.retriever.class'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.algorithm': {
    what: 'Signing algorithm for the client-built JWT assertion (RS256 or ES256).',
    whenToChange: 'Match the key type registered with the identity provider.',
    interactsWith: ['sasl.oauthbearer.assertion.private.key.file'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.aud': {
    what: 'Audience claim put in the client-built JWT assertion.',
    whenToChange: 'Set it to what the identity provider expects, usually its token endpoint.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.iss'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.iss': {
    what: 'Issuer claim put in the client-built JWT assertion.',
    whenToChange: 'Set it to the client identity registered with the identity provider.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.sub'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.sub': {
    what: 'Subject claim put in the client-built JWT assertion.',
    whenToChange: 'Set it to the identity the provider should issue the token for.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.iss'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.jti.include': {
    what: 'Whether the client-built JWT assertion carries a unique id (jti) against replay.',
    whenToChange: 'Turn it on when the identity provider requires jti.',
    interactsWith: ['sasl.oauthbearer.assertion.algorithm'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.exp.seconds': {
    what: 'Lifetime of the client-built JWT assertion.',
    whenToChange: 'Shorten it when the identity provider caps assertion lifetimes.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.nbf.seconds'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.claim.nbf.seconds': {
    what: 'How far back the not-before time of the client-built assertion is set, to absorb clock skew.',
    whenToChange: 'Raise it when clocks between client and identity provider drift.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.exp.seconds'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.file': {
    what: 'File holding a ready-made JWT assertion to exchange for a token.',
    whenToChange: 'When another process (a workload identity agent) writes the assertion for you.',
    interactsWith: ['sasl.oauthbearer.jwt.retriever.class'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.private.key.file': {
    what: 'Private key the client signs its JWT assertion with.',
    whenToChange: 'Set it for private_key_jwt client authentication.',
    interactsWith: ['sasl.oauthbearer.assertion.private.key.passphrase', 'sasl.oauthbearer.assertion.algorithm'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.private.key.passphrase': {
    what: 'Passphrase of the assertion signing key.',
    whenToChange: 'Set it when that key file is encrypted.',
    interactsWith: ['sasl.oauthbearer.assertion.private.key.file'],
    notes: [OAUTH_ASSERTION_441],
  },
  'sasl.oauthbearer.assertion.template.file': {
    what: 'Template with extra header and claims for the client-built JWT assertion.',
    whenToChange: 'When the identity provider needs claims the other assertion settings do not cover.',
    interactsWith: ['sasl.oauthbearer.assertion.claim.aud'],
    notes: [OAUTH_ASSERTION_441],
  },
  'config.providers': {
    what: 'Plugins that resolve ${provider:path:key} placeholders in the config, e.g. from files, env or a vault.',
    whenToChange: 'Use it to keep passwords and secrets out of the config file itself.',
    interactsWith: ['sasl.jaas.config', 'ssl.keystore.password'],
  },
  'enable.metrics.push': {
    what: 'Lets the client push its metrics to the broker when the cluster asks for them (KIP-714).',
    whenToChange: 'Turn it off if client telemetry must not leave the application.',
    interactsWith: ['metric.reporters'],
    notes: ['Added in Kafka 3.7.'],
  },
  'metric.reporters': {
    what: "Classes that receive the client's metrics.",
    whenToChange: 'Add a reporter to ship metrics to your monitoring system.',
    interactsWith: ['auto.include.jmx.reporter'],
    notes: ['From 4.0 the JMX reporter is listed here by default, replacing auto.include.jmx.reporter.'],
  },
  'auto.include.jmx.reporter': {
    what: 'Whether JMX metrics are exposed even when metric.reporters does not list the JMX reporter.',
    whenToChange: 'Migrate to listing the JMX reporter in metric.reporters; this setting is gone in 4.0.',
    interactsWith: ['metric.reporters'],
    notes: ['Deprecated in 3.4 (KIP-830) and removed in 4.0.'],
  },
  'interceptor.classes': {
    what: 'Classes that see every record on its way in or out (and producer acknowledgements), for tracing or auditing.',
    whenToChange: "Add one for tracing or auditing; keep it fast, it runs on the client's hot path.",
    interactsWith: [],
  },
  'metadata.max.age.ms': {
    what: 'How often the client refreshes cluster metadata even without errors, picking up new partitions and leaders.',
    whenToChange: 'Lower it when partitions are added often and clients must see them quickly (pattern subscriptions too).',
    interactsWith: ['metadata.max.idle.ms'],
    notes: ['librdkafka calls it topic.metadata.refresh.interval.ms; kafkajs metadataMaxAge.'],
  },
  'metrics.recording.level': {
    what: "How detailed the client's metrics are: INFO, DEBUG or TRACE.",
    whenToChange: 'Raise it briefly when diagnosing; DEBUG costs some CPU.',
    interactsWith: ['metric.reporters'],
  },
  'security.providers': {
    what: 'Extra Java security providers to register, e.g. for custom SASL mechanisms.',
    whenToChange: 'Only for custom authentication plugins.',
    interactsWith: ['ssl.provider'],
  },
  'bootstrap.controllers': {
    what: 'KRaft controller addresses an admin client talks to directly, instead of going through brokers.',
    whenToChange: 'Only for admin tools that manage the controller quorum itself; use bootstrap.servers otherwise.',
    interactsWith: ['bootstrap.servers'],
    notes: ['Added in 3.7 (KIP-919).'],
  },
};
