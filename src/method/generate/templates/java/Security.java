// Connection security of the Java programs, the whole Security.java: settings() builds the client's
// properties from the environment. Upper-case placeholders are filled in by the generator: PACKAGE
// and HEADLINE as words, the design's fallbacks (DESIGN_PROTOCOL, DESIGN_MECHANISM), the OIDC login
// handler for the Kafka version (OAUTH_LOGIN_CALLBACK_HANDLER) and the knowledge base's variable
// names (VARIABLE_USERNAME, ...) as quoted strings. Parsed with java-parser in the tests.
// @section securityFile
package PACKAGE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * HEADLINE
 */
final class Security {
  private Security() {}

  static Properties settings() {
    Properties props = new Properties();
    String protocol = env("KAFKA_SECURITY_PROTOCOL", DESIGN_PROTOCOL).toUpperCase();
    props.put("security.protocol", protocol);
    if (protocol.startsWith("SASL")) {
      String mechanism = env("KAFKA_SASL_MECHANISM", DESIGN_MECHANISM).toUpperCase();
      props.put("sasl.mechanism", mechanism);
      if (mechanism.equals("AWS_MSK_IAM")) {
        // Needs software.amazon.msk:aws-msk-iam-auth on the class path; the IAM role signs, no secret is stored.
        props.put("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;");
        props.put("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
      } else if (mechanism.equals("OAUTHBEARER")) {
        props.put("sasl.login.callback.handler.class", OAUTH_LOGIN_CALLBACK_HANDLER);
        props.put("sasl.oauthbearer.token.endpoint.url", required(VARIABLE_OAUTH_TOKEN_ENDPOINT));
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\"" + required(VARIABLE_OAUTH_CLIENT_ID) + "\" clientSecret=\"" + required(VARIABLE_OAUTH_CLIENT_SECRET) + "\";");
      } else {
        String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule" : "org.apache.kafka.common.security.scram.ScramLoginModule";
        props.put("sasl.jaas.config", module + " required username=\"" + required(VARIABLE_USERNAME) + "\" password=\"" + required(VARIABLE_PASSWORD) + "\";");
      }
    }
    if (protocol.equals("SSL") || protocol.equals("SASL_SSL")) {
      // PEM files, as the other libraries take them; the JVM's trust store is used when no CA is given.
      String ca = System.getenv(VARIABLE_CA_LOCATION);
      if (ca != null && !ca.isEmpty()) {
        props.put("ssl.truststore.type", "PEM");
        props.put("ssl.truststore.location", ca);
      }
      String certificate = System.getenv(VARIABLE_CERTIFICATE_LOCATION);
      if (certificate != null && !certificate.isEmpty()) {
        props.put("ssl.keystore.type", "PEM");
        props.put("ssl.keystore.certificate.chain", read(certificate));
        props.put("ssl.keystore.key", read(required(VARIABLE_KEY_LOCATION)));
        String keyPassword = System.getenv(VARIABLE_KEY_PASSWORD);
        if (keyPassword != null && !keyPassword.isEmpty()) props.put("ssl.key.password", keyPassword);
      }
    }
    return props;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) throw new IllegalStateException(name + " is not set");
    return value;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
// @end
