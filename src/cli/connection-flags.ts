// The connection of a cluster command: flags and environment first, then --command-config
// (a Kafka client .properties file) for whatever the command line left unset.
import { Option, type Command } from 'commander';
import { clientConfigFromText } from '../cluster/client-config-file.js';
import { addConnectionOptions, connectionFromFlags, type ConnectionFlags, type ConnectionOptions } from '../cluster/connection.js';
import { readInput } from './io.js';

/** The environment entry through which a password read from the config file is handed over. */
const FILE_PASSWORD_ENV = 'KAFKA_SPECIALIST_COMMAND_CONFIG_PASSWORD';

export function addClusterOptions(cmd: Command): Command {
  return addConnectionOptions(cmd).addOption(new Option('--command-config <file>', 'Kafka client properties file (bootstrap.servers, security.protocol, sasl.*, ssl.*)'));
}

export function clusterConnection(cmd: Command, flags: ConnectionFlags & { commandConfig?: string }): ConnectionOptions {
  if (!flags.commandConfig) return connectionFromFlags(flags);
  const { text, file } = readInput(flags.commandConfig);
  const fromFile = clientConfigFromText(text, file);
  const merged: ConnectionFlags = { ...flags };
  for (const [key, value] of Object.entries(fromFile.flags) as Array<[keyof ConnectionFlags, never]>) {
    const source = cmd.getOptionValueSource(key);
    if (value !== undefined && (source === undefined || source === 'default')) merged[key] = value;
  }
  if (fromFile.password === undefined) return connectionFromFlags(merged);
  return connectionFromFlags({ ...merged, saslPasswordEnv: FILE_PASSWORD_ENV }, { ...process.env, [FILE_PASSWORD_ENV]: fromFile.password });
}
