// How the specialist reaches a user's cluster: the connection options Kafka CLI users expect
// (bootstrap servers, TLS, SASL), read from flags or environment, never echoed back.
import { Option, type Command } from 'commander';
import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import { readTextFile } from '../edge/text-file.js';
import { echo, UserError } from '../model/errors.js';

export interface ConnectionOptions {
  bootstrap: string[];
  clientId?: string;
  ssl?: { ca?: string; cert?: string; key?: string; rejectUnauthorized?: boolean } | boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  /** Milliseconds to wait for a connection or a request before giving up. */
  timeoutMs?: number;
}

export interface ConnectionFlags {
  bootstrap?: string;
  saslMechanism?: string;
  saslUsername?: string;
  saslPasswordEnv?: string;
  ssl?: boolean;
  sslCa?: string;
  sslCert?: string;
  sslKey?: string;
  timeoutMs?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Adds --bootstrap, --sasl-*, --ssl* to a command (the flags every cluster command shares). */
export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--bootstrap <servers>', 'bootstrap servers, host:port[,host:port...]').env('KAFKA_BOOTSTRAP_SERVERS'))
    .addOption(new Option('--sasl-mechanism <mechanism>', 'SASL mechanism').choices(['plain', 'scram-sha-256', 'scram-sha-512']).env('KAFKA_SASL_MECHANISM'))
    .addOption(new Option('--sasl-username <name>', 'SASL user name').env('KAFKA_SASL_USERNAME'))
    .addOption(new Option('--sasl-password-env <var>', 'name of the environment variable that holds the SASL password').default('KAFKA_SASL_PASSWORD'))
    .addOption(new Option('--ssl', 'connect with TLS'))
    .addOption(new Option('--ssl-ca <file>', 'CA certificate (PEM) to trust'))
    .addOption(new Option('--ssl-cert <file>', 'client certificate (PEM)'))
    .addOption(new Option('--ssl-key <file>', 'client key (PEM)'))
    .addOption(new Option('--timeout-ms <ms>', 'connection and request timeout').default(String(DEFAULT_TIMEOUT_MS)));
}

/** Turns flags (and environment) into connection options; the password comes only from the environment. */
export function connectionFromFlags(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env): ConnectionOptions {
  if (!flags.bootstrap) {
    throw new UserError({ field: '--bootstrap', message: 'no cluster given', suggestion: 'pass --bootstrap host:9092 or set KAFKA_BOOTSTRAP_SERVERS' });
  }
  const bootstrap = flags.bootstrap
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const b of bootstrap) {
    if (!/^[^:\s]+:\d+$/.test(b)) throw new UserError({ field: '--bootstrap', message: `"${b}" is not host:port`, suggestion: 'e.g. --bootstrap localhost:9092' });
  }
  const timeoutMs = Number(flags.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // A timer holds at most about 24.8 days; past that Node fires it at once. Ten minutes is plenty.
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 600_000) {
    throw new UserError({ field: '--timeout-ms', message: 'expected a whole number of milliseconds from 100 to 600000', found: echo(String(flags.timeoutMs)) });
  }
  const options: ConnectionOptions = { bootstrap, timeoutMs };
  if (flags.ssl || flags.sslCa || flags.sslCert) {
    options.ssl =
      flags.sslCa || flags.sslCert
        ? {
            ca: flags.sslCa ? readTextFile(flags.sslCa, '--ssl-ca') : undefined,
            cert: flags.sslCert ? readTextFile(flags.sslCert, '--ssl-cert') : undefined,
            key: flags.sslKey ? readTextFile(flags.sslKey, '--ssl-key') : undefined,
          }
        : true;
  }
  if (flags.saslMechanism) {
    const passwordVar = flags.saslPasswordEnv ?? 'KAFKA_SASL_PASSWORD';
    const password = env[passwordVar];
    if (!flags.saslUsername || password === undefined) {
      throw new UserError({
        field: '--sasl-mechanism',
        message: 'SASL needs a user name and a password',
        suggestion: `pass --sasl-username and put the password in the environment variable ${passwordVar}`,
      });
    }
    options.sasl = { mechanism: flags.saslMechanism as NonNullable<ConnectionOptions['sasl']>['mechanism'], username: flags.saslUsername, password };
  }
  return options;
}

/** A kafkajs client for these options, quiet unless asked (its logs would leak into our output). */
export function kafkaClient(options: ConnectionOptions, logs = false): Kafka {
  const config: KafkaConfig = {
    clientId: options.clientId ?? 'kafka-specialist',
    brokers: options.bootstrap,
    connectionTimeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    requestTimeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logLevel: logs ? logLevel.WARN : logLevel.NOTHING,
    retry: { retries: 3, initialRetryTime: 200 },
  };
  if (options.ssl) config.ssl = options.ssl;
  if (options.sasl) config.sasl = options.sasl as SASLOptions;
  const kafka = new Kafka(config);
  const where = options.bootstrap.join(',');
  const admin = kafka.admin.bind(kafka);
  const consumer = kafka.consumer.bind(kafka);
  const producer = kafka.producer.bind(kafka);
  kafka.admin = (c) => closedOnFailedConnect(admin(c), where);
  kafka.consumer = (c) => closedOnFailedConnect(consumer(c), where);
  kafka.producer = (c) => closedOnFailedConnect(producer(c), where);
  // The cluster object snapshot.ts and read-records.ts take from kafkajs's private factory.
  const factory = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const target = kafka as unknown as Record<symbol, (o: object) => { connect(): Promise<void>; disconnect(): Promise<void> }>;
  const create = factory ? target[factory] : undefined;
  if (factory && typeof create === 'function') target[factory] = (o) => closedOnFailedConnect(create(o), where);
  return kafka;
}

/**
 * A kafkajs client whose failed connect() also disconnects and says where it tried: kafkajs
 * keeps the sockets it opened when connect fails (a port that speaks enough Kafka to pass the
 * probe, then errors), and those would keep the CLI from exiting and pile up in the MCP server.
 */
function closedOnFailedConnect<T extends { connect(): Promise<void>; disconnect(): Promise<void> }>(client: T, where: string): T {
  const connect = client.connect.bind(client);
  client.connect = async () => {
    try {
      await connect();
    } catch (e) {
      await client.disconnect().catch(() => undefined);
      if (e instanceof Error && e.name.startsWith('KafkaJS') && !e.message.includes(where)) e.message = `${e.message} (connecting to ${where})`;
      throw e;
    }
  };
  return client;
}

/** What may be shown of a connection: never the password. */
export function describeConnection(options: ConnectionOptions): string {
  const auth = options.sasl ? ` sasl=${options.sasl.mechanism} user=${options.sasl.username}` : '';
  return `${options.bootstrap.join(',')}${options.ssl ? ' tls' : ''}${auth}`;
}
