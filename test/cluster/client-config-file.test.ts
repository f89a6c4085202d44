import { describe, expect, it } from 'vitest';
import { clientConfigFromText, parseProperties } from '../../src/cluster/client-config-file.js';
import { connectionFromFlags, describeConnection } from '../../src/cluster/connection.js';
import { UserError } from '../../src/model/errors.js';

describe('client config file', () => {
  it('parses .properties syntax', () => {
    const p = parseProperties('# comment\n! also\nbootstrap.servers = a:9092,\\\n  b:9092\nacks: all\n');
    expect([...p]).toEqual([
      ['bootstrap.servers', 'a:9092,b:9092'],
      ['acks', 'all'],
    ]);
  });

  it('reads SASL_SSL with a JAAS line and keeps the password out of the flags', () => {
    const c = clientConfigFromText(
      [
        'bootstrap.servers=broker:9093',
        'security.protocol=SASL_SSL',
        'sasl.mechanism=SCRAM-SHA-512',
        'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops" password="s3cret";',
      ].join('\n'),
      'client.properties',
    );
    expect(c.flags).toEqual({ bootstrap: 'broker:9093', ssl: true, saslMechanism: 'scram-sha-512', saslUsername: 'ops' });
    expect(c.password).toBe('s3cret');
    const conn = connectionFromFlags({ ...c.flags, saslPasswordEnv: 'P' }, { P: c.password });
    expect(describeConnection(conn)).toBe('broker:9093 tls sasl=scram-sha-512 user=ops');
    expect(describeConnection(conn)).not.toContain('s3cret');
  });

  it('reads librdkafka-style names', () => {
    const c = clientConfigFromText('bootstrap.servers=b:9092\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanisms=SCRAM-SHA-256\nsasl.username=u\nsasl.password=p\nssl.ca.location=/ca.pem\n', 'f');
    expect(c).toEqual({ flags: { bootstrap: 'b:9092', sslCa: '/ca.pem', saslMechanism: 'scram-sha-256', saslUsername: 'u' }, password: 'p' });
  });

  it('refuses what it cannot use, saying why', () => {
    expect(() => clientConfigFromText('security.protocol=SASL_SSL\nsasl.mechanism=GSSAPI\n', 'f')).toThrow(UserError);
    expect(() => clientConfigFromText('ssl.truststore.location=/t.jks\n', 'f')).toThrow(/PEM/);
  });
});
