// Connection settings from a Kafka client config file (the .properties file Kafka's own tools
// take with --command-config), so that credentials need not sit on the command line.
import { guardInput } from '../model/input-guard.js';
import type { ConnectionFlags } from './connection.js';
import { UserError } from '../model/errors.js';

export interface ClientConfigFile {
  flags: ConnectionFlags;
  /** The SASL password, when the file holds one; handed over through a private env entry. */
  password?: string;
}

/** Parses .properties text: key=value or key: value, # and ! comments, backslash line joins. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

const MECHANISMS: Record<string, ConnectionFlags['saslMechanism']> = { PLAIN: 'plain', 'SCRAM-SHA-256': 'scram-sha-256', 'SCRAM-SHA-512': 'scram-sha-512' };

export function clientConfigFromText(text: string, file: string): ClientConfigFile {
  guardInput(text, file, 'properties');
  const p = parseProperties(text);
  const flags: ConnectionFlags = {};
  const bootstrap = p.get('bootstrap.servers');
  if (bootstrap) flags.bootstrap = bootstrap;
  const protocol = (p.get('security.protocol') ?? '').toUpperCase();
  if (protocol === 'SSL' || protocol === 'SASL_SSL') flags.ssl = true;
  const ca = p.get('ssl.ca.location') ?? p.get('ssl.truststore.location');
  if (ca) {
    if (/\.(jks|p12|pfx)$/i.test(ca))
      throw new UserError({
        file,
        field: 'ssl.truststore.location',
        message: 'Java key stores cannot be read here',
        suggestion: 'export the CA certificate to PEM and give it as ssl.ca.location (or --ssl-ca)',
      });
    flags.sslCa = ca;
  }
  if (p.get('ssl.certificate.location')) flags.sslCert = p.get('ssl.certificate.location');
  if (p.get('ssl.key.location')) flags.sslKey = p.get('ssl.key.location');
  let password: string | undefined;
  const named = p.get('sasl.mechanism') ?? p.get('sasl.mechanisms'); // Java, librdkafka
  if (protocol.startsWith('SASL') || named !== undefined) {
    const mechanism = (named ?? 'PLAIN').toUpperCase();
    flags.saslMechanism = MECHANISMS[mechanism];
    if (!flags.saslMechanism) throw new UserError({ file, field: 'sasl.mechanism', message: `unsupported SASL mechanism ${mechanism}`, expected: Object.keys(MECHANISMS).join(', ') });
    const jaas = p.get('sasl.jaas.config') ?? '';
    flags.saslUsername = p.get('sasl.username') ?? /username\s*=\s*"([^"]*)"/.exec(jaas)?.[1];
    password = p.get('sasl.password') ?? /password\s*=\s*"([^"]*)"/.exec(jaas)?.[1];
  }
  return password === undefined ? { flags } : { flags, password };
}
