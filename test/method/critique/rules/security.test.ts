import { ruleTables } from '../tester.js';

ruleTables('security', [
  {
    rule: 'security/sasl-without-tls',
    valid: [{ text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=x required;' }],
    invalid: [
      {
        text: 'acks=all\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=x required;',
        errors: [{ messageId: 'securityProtocolSASLPLAINTEXTWith', line: 2, setting: 'security.protocol' }],
      },
      {
        text: 'listeners=SASL_PLAINTEXT://:9093\nsasl.enabled.mechanisms=PLAIN',
        intent: { environment: 'production' },
        errors: [{ messageId: 'listenerSUseSASL', severity: 'error', setting: 'listener.security.protocol.map' }],
      },
    ],
  },
  {
    rule: 'security/cleartext-secret',
    valid: [{ text: 'acks=all\nssl.keystore.password=${file:/etc/kafka/secrets.properties:ks}' }],
    invalid: [{ text: 'acks=all\nssl.keystore.password=hunter22', message: /values not shown/, errors: [{ messageId: 'secretValuesWrittenIn', line: 2, setting: 'ssl.keystore.password' }] }],
  },
  {
    rule: 'security/endpoint-identification-off',
    valid: [{ text: 'acks=all\nsecurity.protocol=SSL' }],
    invalid: [
      { text: 'acks=all\nsecurity.protocol=SSL\nssl.endpoint.identification.algorithm=', errors: [{ messageId: 'isEmptyThePeer', line: 3, setting: 'ssl.endpoint.identification.algorithm' }] },
    ],
  },
  {
    rule: 'security/old-tls-protocol',
    valid: [{ text: 'acks=all\nssl.enabled.protocols=TLSv1.3,TLSv1.2' }],
    invalid: [{ text: 'acks=all\nssl.enabled.protocols=TLSv1.2,TLSv1.1', message: /TLSv1\.1/, errors: [{ messageId: 'enables', line: 2, setting: 'ssl.enabled.protocols' }] }],
  },
  {
    rule: 'security/allow-everyone',
    valid: [{ text: 'log.dirs=/d\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer' }],
    invalid: [
      {
        text: 'log.dirs=/d\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nallow.everyone.if.no.acl.found=true',
        errors: [{ messageId: 'allowEveryoneIfNoAclFoundTrueResourcesWithout', line: 3, setting: 'allow.everyone.if.no.acl.found' }],
      },
    ],
  },
  {
    rule: 'security/sasl-without-credentials',
    valid: [{ text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=x required;' }],
    invalid: [
      { text: 'acks=all\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512', errors: [{ messageId: 'securityProtocolWithButNo', line: 2, setting: 'security.protocol' }] },
      {
        text: 'security.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nacks=all',
        file: 'client.config',
        message: /sasl\.username/,
        errors: [{ messageId: 'securityProtocolWithButNo', line: 1, setting: 'security.protocol' }],
      },
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
      {
        text: 'acks=all\nsecurity.protocol=PLAINTEXT',
        intent: { environment: 'production' },
        message: /neither encrypted nor authenticated/,
        errors: [{ messageId: 'plaintext', severity: 'error', line: 2, setting: 'security.protocol' }],
      },
      {
        text: 'acks=all\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=x required;',
        intent: { environment: 'staging' },
        message: /not encrypted/,
        errors: [{ messageId: 'saslPlaintext', line: 2, setting: 'security.protocol' }],
      },
    ],
  },
]);
