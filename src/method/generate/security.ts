// Connection security in each client library's own names. Every program reads the protocol and
// mechanism from the environment (the design's choice is the fallback) and every secret from the
// environment only, so one build runs against a development broker and a production cluster.
import { SECRET_VARIABLES as V } from '../../knowledge/security.js';
import type { SecurityDesign } from '../../model/design.js';
import { lines, quote } from './files.js';

/** The design's security, or plaintext for designs made before it had one. */
export function securityOf(security: SecurityDesign | null | undefined): { protocol: string; mechanism: string } {
  return { protocol: security?.protocol ?? 'PLAINTEXT', mechanism: security?.mechanism ?? 'SCRAM-SHA-512' };
}

function headline(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return `Connection security: the design uses ${s.protocol}${security?.mechanism ? ` with ${security.mechanism}` : ''}. KAFKA_SECURITY_PROTOCOL and KAFKA_SASL_MECHANISM override it; secrets come only from the environment.`;
}

/** The environment variables the programs read for security, for READMEs. */
export const SECURITY_VARIABLES: Array<[string, string]> = [
  ['KAFKA_SECURITY_PROTOCOL', 'PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL (default: the design\'s)'],
  ['KAFKA_SASL_MECHANISM', 'PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512 | OAUTHBEARER | AWS_MSK_IAM (default: the design\'s)'],
  [V.username, 'SASL user name (PLAIN, SCRAM)'],
  [V.password, 'SASL password (PLAIN, SCRAM)'],
  [V.oauthClientId, 'OAuth client id (OAUTHBEARER)'],
  [V.oauthClientSecret, 'OAuth client secret (OAUTHBEARER)'],
  [V.oauthTokenEndpoint, 'OAuth token endpoint (OAUTHBEARER)'],
  [V.awsRegion, 'AWS region of the MSK cluster (AWS_MSK_IAM)'],
  [V.caLocation, 'CA certificate (PEM) to trust, when not the system\'s'],
  [V.certificateLocation, 'client certificate (PEM), for mutual TLS'],
  [V.keyLocation, 'client private key (PEM), for mutual TLS'],
  [V.keyPassword, 'password of the private key, if it has one'],
];

/** confluent-kafka (librdkafka) in Python: a dict built from the environment. */
export function pythonSecurity(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return lines(
    `# ${headline(security)}`,
    'def security_config():',
    `    protocol = os.environ.get("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)}).upper()`,
    '    config = {"security.protocol": protocol}',
    '    if protocol.startswith("SASL"):',
    `        mechanism = os.environ.get("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)}).upper()`,
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
    '        else:',
    `            config.update({"sasl.mechanism": mechanism, "sasl.username": os.environ["${V.username}"], "sasl.password": os.environ["${V.password}"]})`,
    '    if protocol in ("SSL", "SASL_SSL"):',
    `        for name, variable in (("ssl.ca.location", "${V.caLocation}"), ("ssl.certificate.location", "${V.certificateLocation}"),`,
    `                               ("ssl.key.location", "${V.keyLocation}"), ("ssl.key.password", "${V.keyPassword}")):`,
    '            if os.environ.get(variable):',
    '                config[name] = os.environ[variable]',
    '    return config',
    '',
    '',
    'SECURITY_CONFIG = security_config()',
  );
}

/** kafka-python: keyword arguments; OAUTHBEARER takes a token provider object. */
export function kafkaPythonSecurity(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return lines(
    `# ${headline(security)}`,
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
    'def security_config():',
    `    protocol = os.environ.get("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)}).upper()`,
    '    config = {"security_protocol": protocol}',
    '    if protocol.startswith("SASL"):',
    `        mechanism = os.environ.get("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)}).upper()`,
    '        if mechanism in ("OAUTHBEARER", "AWS_MSK_IAM"):',
    '            config.update({"sasl_mechanism": "OAUTHBEARER", "sasl_oauth_token_provider": _TokenProvider(mechanism)})',
    '        else:',
    `            config.update({"sasl_mechanism": mechanism, "sasl_plain_username": os.environ["${V.username}"], "sasl_plain_password": os.environ["${V.password}"]})`,
    '    if protocol in ("SSL", "SASL_SSL"):',
    `        for name, variable in (("ssl_cafile", "${V.caLocation}"), ("ssl_certfile", "${V.certificateLocation}"),`,
    `                               ("ssl_keyfile", "${V.keyLocation}"), ("ssl_password", "${V.keyPassword}")):`,
    '            if os.environ.get(variable):',
    '                config[name] = os.environ[variable]',
    '    return config',
    '',
    '',
    'SECURITY_CONFIG = security_config()',
  );
}

/** kafkajs: the client's ssl and sasl options. */
export function typescriptSecurity(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return lines(
    `// ${headline(security)}`,
    'function securityOptions(): Pick<KafkaConfig, "ssl" | "sasl"> {',
    `  const protocol = (process.env.KAFKA_SECURITY_PROTOCOL ?? ${quote(s.protocol)}).toUpperCase();`,
    '  const options: Pick<KafkaConfig, "ssl" | "sasl"> = {};',
    '  if (protocol === "SSL" || protocol === "SASL_SSL") {',
    '    const file = (name: string) => (process.env[name] ? readFileSync(process.env[name]!, "utf8") : undefined);',
    `    const ca = file(${quote(V.caLocation)});`,
    `    const cert = file(${quote(V.certificateLocation)});`,
    `    const key = file(${quote(V.keyLocation)});`,
    `    options.ssl = ca || cert ? { ...(ca ? { ca: [ca] } : {}), ...(cert ? { cert, key, passphrase: process.env.${V.keyPassword} } : {}) } : true;`,
    '  }',
    '  if (protocol.startsWith("SASL")) {',
    `    const mechanism = (process.env.KAFKA_SASL_MECHANISM ?? ${quote(s.mechanism)}).toUpperCase();`,
    `    const required = (name: string) => process.env[name] ?? fail(\`\${name} is not set\`);`,
    '    if (mechanism === "AWS_MSK_IAM" || mechanism === "OAUTHBEARER") {',
    '      options.sasl = { mechanism: "oauthbearer", oauthBearerProvider: async () => ({ value: await oauthToken(mechanism) }) };',
    '    } else if (mechanism === "PLAIN" || mechanism === "SCRAM-SHA-256" || mechanism === "SCRAM-SHA-512") {',
    `      const credentials = { username: required(${quote(V.username)}), password: required(${quote(V.password)}) };`,
    '      options.sasl = mechanism === "PLAIN" ? { mechanism: "plain", ...credentials } : mechanism === "SCRAM-SHA-256" ? { mechanism: "scram-sha-256", ...credentials } : { mechanism: "scram-sha-512", ...credentials };',
    '    } else {',
    '      fail(`kafkajs cannot authenticate with ${mechanism}`);',
    '    }',
    '  }',
    '  return options;',
    '}',
    '',
    'function fail(message: string): never {',
    '  throw new Error(message);',
    '}',
    '',
    '/** An IAM-signed MSK token (MSK takes it over OAUTHBEARER) or an OAuth client-credentials token. */',
    'async function oauthToken(mechanism: string): Promise<string> {',
    '  if (mechanism === "AWS_MSK_IAM") {',
    '    const signer = "aws-msk-iam-sasl-signer-js"; // loaded only when asked for: an optional dependency',
    `    const { generateAuthToken } = (await import(signer)) as { generateAuthToken: (o: { region: string }) => Promise<{ token: string }> };`,
    `    return (await generateAuthToken({ region: process.env.${V.awsRegion} ?? fail("${V.awsRegion} is not set") })).token;`,
    '  }',
    `  const response = await fetch(process.env.${V.oauthTokenEndpoint} ?? fail("${V.oauthTokenEndpoint} is not set"), {`,
    '    method: "POST",',
    `    body: new URLSearchParams({ grant_type: "client_credentials", client_id: process.env.${V.oauthClientId} ?? "", client_secret: process.env.${V.oauthClientSecret} ?? "" }),`,
    '  });',
    '  return ((await response.json()) as { access_token: string }).access_token;',
    '}',
  );
}
