// Connection security in each client library's own names. Every program reads the protocol and
// mechanism from the environment (the design's choice is the fallback) and every secret from the
// environment only, so one build runs against a development broker and a production cluster.
import { oauthLoginCallbackHandler, SECRET_VARIABLES as V } from '../../knowledge/security.js';
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

/**
 * security_config() of both Python libraries: protocol and mechanism from the environment, the
 * library's SASL branch (`sasl`, indented for its place), and the TLS files, in the library's
 * option names (CA, certificate, key, key password).
 */
function pythonSecurityConfig(s: { protocol: string; mechanism: string }, names: { protocol: string; tlsFiles: readonly [string, string, string, string] }, sasl: string[]): string[] {
  const [ca, certificate, key, password] = names.tlsFiles;
  return [
    'def security_config():',
    `    protocol = os.environ.get("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)}).upper()`,
    `    config = {"${names.protocol}": protocol}`,
    '    if protocol.startswith("SASL"):',
    `        mechanism = os.environ.get("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)}).upper()`,
    ...sasl,
    '    if protocol in ("SSL", "SASL_SSL"):',
    `        for name, variable in (("${ca}", "${V.caLocation}"), ("${certificate}", "${V.certificateLocation}"),`,
    `                               ("${key}", "${V.keyLocation}"), ("${password}", "${V.keyPassword}")):`,
    '            if os.environ.get(variable):',
    '                config[name] = os.environ[variable]',
    '    return config',
    '',
    '',
    'SECURITY_CONFIG = security_config()',
  ];
}

/** confluent-kafka (librdkafka) in Python: a dict built from the environment. */
export function pythonSecurity(security: SecurityDesign | null | undefined): string {
  const s = securityOf(security);
  return lines(
    `# ${headline(security)}`,
    pythonSecurityConfig(s, { protocol: 'security.protocol', tlsFiles: ['ssl.ca.location', 'ssl.certificate.location', 'ssl.key.location', 'ssl.key.password'] }, [
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
    ]),
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
    pythonSecurityConfig(s, { protocol: 'security_protocol', tlsFiles: ['ssl_cafile', 'ssl_certfile', 'ssl_keyfile', 'ssl_password'] }, [
      '        if mechanism in ("OAUTHBEARER", "AWS_MSK_IAM"):',
      '            config.update({"sasl_mechanism": "OAUTHBEARER", "sasl_oauth_token_provider": _TokenProvider(mechanism)})',
      '        else:',
      `            config.update({"sasl_mechanism": mechanism, "sasl_plain_username": os.environ["${V.username}"], "sasl_plain_password": os.environ["${V.password}"]})`,
    ]),
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

/** The Java client: a Security class whose settings() every program adds to its Properties. */
export function javaSecurity(security: SecurityDesign | null | undefined, pkg: string, kafkaVersion: string): string {
  const s = securityOf(security);
  return lines(
    `package ${pkg};`,
    '',
    'import java.io.IOException;',
    'import java.io.UncheckedIOException;',
    'import java.nio.file.Files;',
    'import java.nio.file.Path;',
    'import java.util.Properties;',
    '',
    '/**',
    ` * ${headline(security)}`,
    ' */',
    'final class Security {',
    '  private Security() {}',
    '',
    '  static Properties settings() {',
    '    Properties props = new Properties();',
    `    String protocol = env("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)}).toUpperCase();`,
    '    props.put("security.protocol", protocol);',
    '    if (protocol.startsWith("SASL")) {',
    `      String mechanism = env("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)}).toUpperCase();`,
    '      props.put("sasl.mechanism", mechanism);',
    '      if (mechanism.equals("AWS_MSK_IAM")) {',
    '        // Needs software.amazon.msk:aws-msk-iam-auth on the class path; the IAM role signs, no secret is stored.',
    '        props.put("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;");',
    '        props.put("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");',
    '      } else if (mechanism.equals("OAUTHBEARER")) {',
    `        props.put("sasl.login.callback.handler.class", ${quote(oauthLoginCallbackHandler(kafkaVersion))});`,
    `        props.put("sasl.oauthbearer.token.endpoint.url", required(${quote(V.oauthTokenEndpoint)}));`,
    `        props.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\\"" + required(${quote(V.oauthClientId)}) + "\\" clientSecret=\\"" + required(${quote(V.oauthClientSecret)}) + "\\";");`,
    '      } else {',
    '        String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule" : "org.apache.kafka.common.security.scram.ScramLoginModule";',
    `        props.put("sasl.jaas.config", module + " required username=\\"" + required(${quote(V.username)}) + "\\" password=\\"" + required(${quote(V.password)}) + "\\";");`,
    '      }',
    '    }',
    '    if (protocol.equals("SSL") || protocol.equals("SASL_SSL")) {',
    "      // PEM files, as the other libraries take them; the JVM's trust store is used when no CA is given.",
    `      String ca = System.getenv(${quote(V.caLocation)});`,
    '      if (ca != null && !ca.isEmpty()) {',
    '        props.put("ssl.truststore.type", "PEM");',
    '        props.put("ssl.truststore.location", ca);',
    '      }',
    `      String certificate = System.getenv(${quote(V.certificateLocation)});`,
    '      if (certificate != null && !certificate.isEmpty()) {',
    '        props.put("ssl.keystore.type", "PEM");',
    '        props.put("ssl.keystore.certificate.chain", read(certificate));',
    `        props.put("ssl.keystore.key", read(required(${quote(V.keyLocation)})));`,
    `        String keyPassword = System.getenv(${quote(V.keyPassword)});`,
    '        if (keyPassword != null && !keyPassword.isEmpty()) props.put("ssl.key.password", keyPassword);',
    '      }',
    '    }',
    '    return props;',
    '  }',
    '',
    '  private static String env(String name, String fallback) {',
    '    String value = System.getenv(name);',
    '    return value == null || value.isEmpty() ? fallback : value;',
    '  }',
    '',
    '  private static String required(String name) {',
    '    String value = System.getenv(name);',
    '    if (value == null || value.isEmpty()) throw new IllegalStateException(name + " is not set");',
    '    return value;',
    '  }',
    '',
    '  private static String read(String file) {',
    '    try {',
    '      return Files.readString(Path.of(file));',
    '    } catch (IOException e) {',
    '      throw new UncheckedIOException(e);',
    '    }',
    '  }',
    '}',
    '',
  );
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
  const common = [
    'func envOr(name, fallback string) string {',
    '\tif v := os.Getenv(name); v != "" {',
    '\t\treturn v',
    '\t}',
    '\treturn fallback',
    '}',
    '',
    `func securityProtocol() string { return strings.ToUpper(envOr("KAFKA_SECURITY_PROTOCOL", ${quote(s.protocol)})) }`,
    '',
    `func saslMechanism() string { return strings.ToUpper(envOr("KAFKA_SASL_MECHANISM", ${quote(s.mechanism)})) }`,
  ];
  const body = franz
    ? [
        '// securityOptions returns the client options for TLS and SASL.',
        'func securityOptions() []kgo.Opt {',
        '\tvar opts []kgo.Opt',
        '\tif p := securityProtocol(); p == "SSL" || p == "SASL_SSL" {',
        '\t\topts = append(opts, kgo.DialTLSConfig(tlsConfig()))',
        '\t}',
        '\tif !strings.HasPrefix(securityProtocol(), "SASL") {',
        '\t\treturn opts',
        '\t}',
        `\tuser, pass := os.Getenv(${quote(V.username)}), os.Getenv(${quote(V.password)})`,
        '\tswitch m := saslMechanism(); m {',
        '\tcase "PLAIN":',
        '\t\treturn append(opts, kgo.SASL(plain.Auth{User: user, Pass: pass}.AsMechanism()))',
        '\tcase "SCRAM-SHA-256":',
        '\t\treturn append(opts, kgo.SASL(scram.Auth{User: user, Pass: pass}.AsSha256Mechanism()))',
        '\tcase "SCRAM-SHA-512":',
        '\t\treturn append(opts, kgo.SASL(scram.Auth{User: user, Pass: pass}.AsSha512Mechanism()))',
        '\tcase "OAUTHBEARER":',
        '\t\treturn append(opts, kgo.SASL(oauth.Oauth(func(ctx context.Context) (oauth.Auth, error) {',
        '\t\t\ttoken, err := clientCredentialsToken(ctx)',
        '\t\t\treturn oauth.Auth{Token: token}, err',
        '\t\t})))',
        '\tcase "AWS_MSK_IAM":',
        '\t\t// Signed with the credentials of the IAM role the process runs as (standard AWS variables).',
        '\t\treturn append(opts, kgo.SASL(aws.ManagedStreamingIAM(func(context.Context) (aws.Auth, error) {',
        '\t\t\treturn aws.Auth{AccessKey: os.Getenv("AWS_ACCESS_KEY_ID"), SecretKey: os.Getenv("AWS_SECRET_ACCESS_KEY"), SessionToken: os.Getenv("AWS_SESSION_TOKEN")}, nil',
        '\t\t})))',
        '\tdefault:',
        '\t\tfmt.Fprintf(os.Stderr, "unsupported SASL mechanism %s\\n", m)',
        '\t\tos.Exit(1)',
        '\t\treturn nil',
        '\t}',
        '}',
        '',
        'func tlsConfig() *tls.Config {',
        '\tconfig := &tls.Config{MinVersion: tls.VersionTLS12}',
        `\tif ca := os.Getenv(${quote(V.caLocation)}); ca != "" {`,
        '\t\tpem, err := os.ReadFile(ca)',
        '\t\tif err != nil {',
        '\t\t\tfmt.Fprintln(os.Stderr, err)',
        '\t\t\tos.Exit(1)',
        '\t\t}',
        '\t\tpool := x509.NewCertPool()',
        '\t\tpool.AppendCertsFromPEM(pem)',
        '\t\tconfig.RootCAs = pool',
        '\t}',
        `\tif cert := os.Getenv(${quote(V.certificateLocation)}); cert != "" {`,
        `\t\tpair, err := tls.LoadX509KeyPair(cert, os.Getenv(${quote(V.keyLocation)}))`,
        '\t\tif err != nil {',
        '\t\t\tfmt.Fprintln(os.Stderr, err)',
        '\t\t\tos.Exit(1)',
        '\t\t}',
        '\t\tconfig.Certificates = []tls.Certificate{pair}',
        '\t}',
        '\treturn config',
        '}',
        '',
        'func clientCredentialsToken(ctx context.Context) (string, error) {',
        `\tform := url.Values{"grant_type": {"client_credentials"}, "client_id": {os.Getenv(${quote(V.oauthClientId)})}, "client_secret": {os.Getenv(${quote(V.oauthClientSecret)})}}`,
        `\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, os.Getenv(${quote(V.oauthTokenEndpoint)}), strings.NewReader(form.Encode()))`,
        '\tif err != nil {',
        '\t\treturn "", err',
        '\t}',
        '\treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")',
        '\tresp, err := http.DefaultClient.Do(req)',
        '\tif err != nil {',
        '\t\treturn "", err',
        '\t}',
        '\tdefer resp.Body.Close()',
        '\tvar body struct {',
        '\t\tAccessToken string `json:"access_token"`',
        '\t}',
        '\terr = json.NewDecoder(resp.Body).Decode(&body)',
        '\treturn body.AccessToken, err',
        '}',
      ]
    : [
        '// withSecurity adds TLS and SASL settings to a client configuration.',
        'func withSecurity(config kafka.ConfigMap) *kafka.ConfigMap {',
        '\tconfig["security.protocol"] = securityProtocol()',
        '\tif strings.HasPrefix(securityProtocol(), "SASL") {',
        '\t\tswitch m := saslMechanism(); m {',
        '\t\tcase "OAUTHBEARER":',
        '\t\t\tconfig["sasl.mechanism"] = m',
        '\t\t\tconfig["sasl.oauthbearer.method"] = "oidc"',
        `\t\t\tconfig["sasl.oauthbearer.client.id"] = os.Getenv(${quote(V.oauthClientId)})`,
        `\t\t\tconfig["sasl.oauthbearer.client.secret"] = os.Getenv(${quote(V.oauthClientSecret)})`,
        `\t\t\tconfig["sasl.oauthbearer.token.endpoint.url"] = os.Getenv(${quote(V.oauthTokenEndpoint)})`,
        '\t\tcase "AWS_MSK_IAM":',
        '\t\t\t// librdkafka has no AWS_MSK_IAM: MSK takes IAM-signed tokens over OAUTHBEARER. Fetch them with',
        '\t\t\t// github.com/aws/aws-msk-iam-sasl-signer-go and hand them over on each kafka.OAuthBearerTokenRefresh event.',
        '\t\t\tconfig["sasl.mechanism"] = "OAUTHBEARER"',
        '\t\tdefault:',
        '\t\t\tconfig["sasl.mechanism"] = m',
        `\t\t\tconfig["sasl.username"] = os.Getenv(${quote(V.username)})`,
        `\t\t\tconfig["sasl.password"] = os.Getenv(${quote(V.password)})`,
        '\t\t}',
        '\t}',
        '\tfor name, variable := range map[string]string{',
        `\t\t"ssl.ca.location":          ${quote(V.caLocation)},`,
        `\t\t"ssl.certificate.location": ${quote(V.certificateLocation)},`,
        `\t\t"ssl.key.location":         ${quote(V.keyLocation)},`,
        `\t\t"ssl.key.password":         ${quote(V.keyPassword)},`,
        '\t} {',
        '\t\tif v := os.Getenv(variable); v != "" {',
        '\t\t\tconfig[name] = v',
        '\t\t}',
        '\t}',
        '\treturn &config',
        '}',
      ];
  return lines(`// ${headline(security)}`, 'package main', '', 'import (', ...imports.map((i) => (i ? `\t${quote(i)}` : '')), ')', '', ...common, '', ...body, '');
}
