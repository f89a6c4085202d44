// Connection security of the kafkajs programs: securityOptions() builds the client's ssl and sasl
// options from the environment. Upper-case placeholders take the design's fallbacks
// (DESIGN_PROTOCOL, DESIGN_MECHANISM) and the knowledge base's variable names, as a quoted string
// (VARIABLE_USERNAME, ...) or as the bare name where the code spells it (ENV_KEY_PASSWORD, ...).
// Parsed by the TypeScript compiler in the tests (syntax only: the names come from the program).
// @section securityOptions
function securityOptions(): Pick<KafkaConfig, "ssl" | "sasl"> {
  const protocol = (process.env.KAFKA_SECURITY_PROTOCOL ?? DESIGN_PROTOCOL).toUpperCase();
  const options: Pick<KafkaConfig, "ssl" | "sasl"> = {};
  if (protocol === "SSL" || protocol === "SASL_SSL") {
    const file = (name: string) => (process.env[name] ? readFileSync(process.env[name]!, "utf8") : undefined);
    const ca = file(VARIABLE_CA_LOCATION);
    const cert = file(VARIABLE_CERTIFICATE_LOCATION);
    const key = file(VARIABLE_KEY_LOCATION);
    options.ssl = ca || cert ? { ...(ca ? { ca: [ca] } : {}), ...(cert ? { cert, key, passphrase: process.env.ENV_KEY_PASSWORD } : {}) } : true;
  }
  if (protocol.startsWith("SASL")) {
    const mechanism = (process.env.KAFKA_SASL_MECHANISM ?? DESIGN_MECHANISM).toUpperCase();
    const required = (name: string) => process.env[name] ?? fail(`${name} is not set`);
    if (mechanism === "AWS_MSK_IAM" || mechanism === "OAUTHBEARER") {
      options.sasl = { mechanism: "oauthbearer", oauthBearerProvider: async () => ({ value: await oauthToken(mechanism) }) };
    } else if (mechanism === "PLAIN" || mechanism === "SCRAM-SHA-256" || mechanism === "SCRAM-SHA-512") {
      const credentials = { username: required(VARIABLE_USERNAME), password: required(VARIABLE_PASSWORD) };
      options.sasl = mechanism === "PLAIN" ? { mechanism: "plain", ...credentials } : mechanism === "SCRAM-SHA-256" ? { mechanism: "scram-sha-256", ...credentials } : { mechanism: "scram-sha-512", ...credentials };
    } else {
      fail(`kafkajs cannot authenticate with ${mechanism}`);
    }
  }
  return options;
}

function fail(message: string): never {
  throw new Error(message);
}

/** An IAM-signed MSK token (MSK takes it over OAUTHBEARER) or an OAuth client-credentials token. */
async function oauthToken(mechanism: string): Promise<string> {
  if (mechanism === "AWS_MSK_IAM") {
    const signer = "aws-msk-iam-sasl-signer-js"; // loaded only when asked for: an optional dependency
    const { generateAuthToken } = (await import(signer)) as { generateAuthToken: (o: { region: string }) => Promise<{ token: string }> };
    return (await generateAuthToken({ region: process.env.ENV_AWS_REGION ?? fail("ENV_AWS_REGION is not set") })).token;
  }
  const response = await fetch(process.env.ENV_OAUTH_TOKEN_ENDPOINT ?? fail("ENV_OAUTH_TOKEN_ENDPOINT is not set"), {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: process.env.ENV_OAUTH_CLIENT_ID ?? "", client_secret: process.env.ENV_OAUTH_CLIENT_SECRET ?? "" }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
// @end
