import { ruleTables } from '../tester.js';

ruleTables('security', [
  {
    rule: 'security/sasl-without-tls',
    valid: [{ text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=x required;' }],
    invalid: [
      { text: 'acks=all\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=x required;', severity: 'warning' },
      { text: 'listeners=SASL_PLAINTEXT://:9093\nsasl.enabled.mechanisms=PLAIN', intent: { environment: 'production' }, severity: 'error' },
    ],
  },
  {
    rule: 'security/cleartext-secret',
    valid: [{ text: 'acks=all\nssl.keystore.password=${file:/etc/kafka/secrets.properties:ks}' }],
    invalid: [{ text: 'acks=all\nssl.keystore.password=hunter22', severity: 'info', message: /values not shown/ }],
  },
  {
    rule: 'security/endpoint-identification-off',
    valid: [{ text: 'acks=all\nsecurity.protocol=SSL' }],
    invalid: [{ text: 'acks=all\nsecurity.protocol=SSL\nssl.endpoint.identification.algorithm=' }],
  },
  {
    rule: 'security/old-tls-protocol',
    valid: [{ text: 'acks=all\nssl.enabled.protocols=TLSv1.3,TLSv1.2' }],
    invalid: [{ text: 'acks=all\nssl.enabled.protocols=TLSv1.2,TLSv1.1', message: /TLSv1\.1/ }],
  },
  {
    rule: 'security/allow-everyone',
    valid: [{ text: 'log.dirs=/d\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer' }],
    invalid: [{ text: 'log.dirs=/d\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true' }],
  },
  {
    rule: 'security/sasl-without-credentials',
    valid: [{ text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=x required;' }],
    invalid: [
      { text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512' },
      { text: 'security.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nacks=all', file: 'client.config', message: /sasl\.username/ },
    ],
  },
  {
    rule: 'security/plaintext-in-production',
    valid: [
      { text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=x required;', intent: { environment: 'production' } },
      { text: 'acks=all\nsecurity.protocol=PLAINTEXT', intent: { environment: 'development' } },
      { text: 'acks=all\nsecurity.protocol=PLAINTEXT' },
    ],
    invalid: [
      { text: 'acks=all\nsecurity.protocol=PLAINTEXT', intent: { environment: 'production' }, severity: 'error', message: /neither encrypted nor authenticated/ },
      { text: 'acks=all\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=x required;', intent: { environment: 'staging' }, message: /not encrypted/ },
    ],
  },
]);
