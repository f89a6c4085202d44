// Connection security for the Python programs: security_config() builds the client's options from
// the environment, in confluent-kafka's (librdkafka) or kafka-python's option names.
import { SECRET_VARIABLES as V } from '../../knowledge/security.js';
import type { SecurityDesign } from '../../model/design.js';
import { lines, quote } from './files.js';
import { headline, securityOf } from './security.js';

/** A Python library's option names for connection security: protocol, SASL mechanism and user/password, then the TLS files (CA, certificate, key, key password). */
interface PythonSecurityNames {
  protocol: string;
  mechanism: string;
  credentials: readonly [string, string];
  tlsFiles: readonly [string, string, string, string];
}

/**
 * The security block of both Python libraries: `preamble` (helpers the library needs), then
 * security_config(): protocol and mechanism from the environment, the library's token branches
 * (`tokens`, indented for their place) before user and password, and the TLS files.
 */
function pythonSecurityConfig(security: SecurityDesign | null | undefined, names: PythonSecurityNames, preamble: string[], tokens: string[]): string {
  const s = securityOf(security);
  const [ca, certificate, key, password] = names.tlsFiles;
  const [user, secret] = names.credentials;
  return lines(
    `# ${headline(security)}`,
    ...preamble,
    'def security_config():',
    `    protocol = os.environ.get("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)}).upper()`,
    `    config = {"${names.protocol}": protocol}`,
    '    if protocol.startswith("SASL"):',
    `        mechanism = os.environ.get("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)}).upper()`,
    ...tokens,
    '        else:',
    `            config.update({"${names.mechanism}": mechanism, "${user}": os.environ["${V.username}"], "${secret}": os.environ["${V.password}"]})`,
    '    if protocol in ("SSL", "SASL_SSL"):',
    `        for name, variable in (("${ca}", "${V.caLocation}"), ("${certificate}", "${V.certificateLocation}"),`,
    `                               ("${key}", "${V.keyLocation}"), ("${password}", "${V.keyPassword}")):`,
    '            if os.environ.get(variable):',
    '                config[name] = os.environ[variable]',
    '    return config',
    '',
    '',
    'SECURITY_CONFIG = security_config()',
  );
}

/** confluent-kafka (librdkafka) in Python: a dict built from the environment. */
export function pythonSecurity(security: SecurityDesign | null | undefined): string {
  return pythonSecurityConfig(
    security,
    {
      protocol: 'security.protocol',
      mechanism: 'sasl.mechanism',
      credentials: ['sasl.username', 'sasl.password'],
      tlsFiles: ['ssl.ca.location', 'ssl.certificate.location', 'ssl.key.location', 'ssl.key.password'],
    },
    [],
    [
      '        if mechanism == "AWS_MSK_IAM":',
      '            # librdkafka has no AWS_MSK_IAM; MSK takes the same IAM signature as an OAUTHBEARER token.',
      '            from aws_msk_iam_sasl_signer import MSKAuthTokenProvider',
      '',
      '            def msk_token(_oauth_config):',
      `                token, expiry_ms = MSKAuthTokenProvider.generate_auth_token(os.environ["${V.awsRegion}"])`,
      '                return token, expiry_ms / 1000',
      '',
      '            config.update({"sasl.mechanism": "OAUTHBEARER", "oauth_cb": msk_token})',
      '        elif mechanism == "OAUTHBEARER":',
      '            config.update({',
      '                "sasl.mechanism": mechanism,',
      '                "sasl.oauthbearer.method": "oidc",',
      `                "sasl.oauthbearer.client.id": os.environ["${V.oauthClientId}"],`,
      `                "sasl.oauthbearer.client.secret": os.environ["${V.oauthClientSecret}"],`,
      `                "sasl.oauthbearer.token.endpoint.url": os.environ["${V.oauthTokenEndpoint}"],`,
      '            })',
    ],
  );
}

/** kafka-python: keyword arguments; OAUTHBEARER takes a token provider object. */
export function kafkaPythonSecurity(security: SecurityDesign | null | undefined): string {
  return pythonSecurityConfig(
    security,
    {
      protocol: 'security_protocol',
      mechanism: 'sasl_mechanism',
      credentials: ['sasl_plain_username', 'sasl_plain_password'],
      tlsFiles: ['ssl_cafile', 'ssl_certfile', 'ssl_keyfile', 'ssl_password'],
    },
    [
      'class _TokenProvider:',
      '    """OAUTHBEARER tokens for kafka-python: an IAM-signed MSK token, or an OAuth client-credentials grant."""',
      '',
      '    def __init__(self, mechanism):',
      '        self.mechanism = mechanism',
      '',
      '    def token(self):',
      '        if self.mechanism == "AWS_MSK_IAM":',
      '            from aws_msk_iam_sasl_signer import MSKAuthTokenProvider',
      `            return MSKAuthTokenProvider.generate_auth_token(os.environ["${V.awsRegion}"])[0]`,
      '        import urllib.parse',
      '        import urllib.request',
      `        body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": os.environ["${V.oauthClientId}"], "client_secret": os.environ["${V.oauthClientSecret}"]}).encode()`,
      `        with urllib.request.urlopen(os.environ["${V.oauthTokenEndpoint}"], data=body) as response:`,
      '            return json.load(response)["access_token"]',
      '',
      '',
    ],
    ['        if mechanism in ("OAUTHBEARER", "AWS_MSK_IAM"):', '            config.update({"sasl_mechanism": "OAUTHBEARER", "sasl_oauth_token_provider": _TokenProvider(mechanism)})'],
  );
}
