"""Connection security of the Python programs: security_config() builds the client's options from
the environment. Upper-case placeholders take the library's option names (PROTOCOL_OPTION,
SASL_USERNAME_OPTION, ...), the design's fallbacks (DESIGN_PROTOCOL, DESIGN_MECHANISM) and the
knowledge base's variable names (VARIABLE_USERNAME, ...), each filled in as a quoted string.
The `if ...: pass` before `# @slot tokens` stands in for the library's token mechanisms (an
if/elif chain); the `else` after it, user and password, is the rest.
Checked by the tests with python3's own parser."""

# @section securityConfig
def security_config():
    protocol = os.environ.get("KAFKA_SECURITY_PROTOCOL", DESIGN_PROTOCOL).upper()
    config = {PROTOCOL_OPTION: protocol}
    if protocol.startswith("SASL"):
        mechanism = os.environ.get("KAFKA_SASL_MECHANISM", DESIGN_MECHANISM).upper()
        if mechanism == "OAUTHBEARER": pass  # @slot tokens
        else:
            config.update({MECHANISM_OPTION: mechanism, SASL_USERNAME_OPTION: os.environ[VARIABLE_USERNAME], SASL_PASSWORD_OPTION: os.environ[VARIABLE_PASSWORD]})
    if protocol in ("SSL", "SASL_SSL"):
        for name, variable in ((CA_FILE_OPTION, VARIABLE_CA_LOCATION), (CERTIFICATE_FILE_OPTION, VARIABLE_CERTIFICATE_LOCATION),
                               (KEY_FILE_OPTION, VARIABLE_KEY_LOCATION), (KEY_PASSWORD_OPTION, VARIABLE_KEY_PASSWORD)):
            if os.environ.get(variable):
                config[name] = os.environ[variable]
    return config


SECURITY_CONFIG = security_config()

# @end

# @section confluentKafkaTokens
if mechanism == "AWS_MSK_IAM":
    # librdkafka has no AWS_MSK_IAM; MSK takes the same IAM signature as an OAUTHBEARER token.
    from aws_msk_iam_sasl_signer import MSKAuthTokenProvider

    def msk_token(_oauth_config):
        token, expiry_ms = MSKAuthTokenProvider.generate_auth_token(os.environ[VARIABLE_AWS_REGION])
        return token, expiry_ms / 1000

    config.update({"sasl.mechanism": "OAUTHBEARER", "oauth_cb": msk_token})
elif mechanism == "OAUTHBEARER":
    config.update({
        "sasl.mechanism": mechanism,
        "sasl.oauthbearer.method": "oidc",
        "sasl.oauthbearer.client.id": os.environ[VARIABLE_OAUTH_CLIENT_ID],
        "sasl.oauthbearer.client.secret": os.environ[VARIABLE_OAUTH_CLIENT_SECRET],
        "sasl.oauthbearer.token.endpoint.url": os.environ[VARIABLE_OAUTH_TOKEN_ENDPOINT],
    })

# @end

# @section kafkaPythonTokens
if mechanism in ("OAUTHBEARER", "AWS_MSK_IAM"):
    config.update({"sasl_mechanism": "OAUTHBEARER", "sasl_oauth_token_provider": _TokenProvider(mechanism)})

# @end

# @section kafkaPythonTokenProvider
class _TokenProvider:
    """OAUTHBEARER tokens for kafka-python: an IAM-signed MSK token, or an OAuth client-credentials grant."""

    def __init__(self, mechanism):
        self.mechanism = mechanism

    def token(self):
        if self.mechanism == "AWS_MSK_IAM":
            from aws_msk_iam_sasl_signer import MSKAuthTokenProvider
            return MSKAuthTokenProvider.generate_auth_token(os.environ[VARIABLE_AWS_REGION])[0]
        import urllib.parse
        import urllib.request
        body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": os.environ[VARIABLE_OAUTH_CLIENT_ID], "client_secret": os.environ[VARIABLE_OAUTH_CLIENT_SECRET]}).encode()
        with urllib.request.urlopen(os.environ[VARIABLE_OAUTH_TOKEN_ENDPOINT], data=body) as response:
            return json.load(response)["access_token"]

# @end
