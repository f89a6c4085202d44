// The live read-only commands: `topics`, `groups`, `read`, `registry`, `clusters`. Each maps its
// flags onto its capability's input (capabilities/<name>.ts) and reaches the cluster of the
// connection flags; the MCP tools reach the clusters named at server start instead.
import { Option, type Command } from 'commander';
import { clusters } from '../../capabilities/clusters.js';
import { groups } from '../../capabilities/groups.js';
import { readRecords } from '../../capabilities/read-records.js';
import { registry } from '../../capabilities/registry.js';
import { topics } from '../../capabilities/topics.js';
import { readClustersFile } from '../../cluster/clusters-file.js';
import type { ConnectionFlags } from '../../cluster/connection.js';
import { registryOptions } from '../../cluster/schema-registry.js';
import { UserError } from '../../model/errors.js';
import { cliIo, numberFlag, runCapability } from '../capability.js';
import { addClusterOptions, clusterConnection } from '../connection-flags.js';
import { formatOption } from '../io.js';
import { describedCommand } from './index.js';

type ClusterFlags = ConnectionFlags & { commandConfig?: string; format: 'text' | 'json' };

const registryOption = (what: string) => new Option('--registry <url>', `${what} (credentials: SCHEMA_REGISTRY_USER_INFO=user:password)`).env('SCHEMA_REGISTRY_URL');

const withCluster = (cmd: Command, flags: ClusterFlags) => cliIo({ cluster: () => clusterConnection(cmd, flags) });

export function registerTopics(program: Command): void {
  const cmd = describedCommand(program, 'topics')
    .argument('[topic]', 'describe this topic')
    .option('--include-internal', 'list internal topics too')
    .addOption(formatOption(['text', 'json']));
  addClusterOptions(cmd).action((topic: string | undefined, flags: ClusterFlags & { includeInternal?: boolean }) =>
    runCapability(topics, {
      format: flags.format,
      input: () => ({ topic, include_internal: flags.includeInternal }),
      flags: { topic: '<topic>' },
      io: withCluster(cmd, flags),
    }),
  );
}

export function registerGroups(program: Command): void {
  const cmd = describedCommand(program, 'groups')
    .argument('[group]', 'describe this group')
    .addOption(new Option('--topic <name>', 'with a group: read its offsets of this topic only (repeatable)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .option('--sample <ms>', 'with a group: read offsets twice this far apart to give time lag in seconds')
    .addOption(formatOption(['text', 'json']));
  addClusterOptions(cmd).action((group: string | undefined, flags: ClusterFlags & { topic?: string[]; sample?: string }) =>
    runCapability(groups, {
      format: flags.format,
      input: () => ({ group, topics: flags.topic, sample_ms: numberFlag('--sample', flags.sample) }),
      flags: { group: '<group>', topics: '--topic', sample_ms: '--sample' },
      io: withCluster(cmd, flags),
    }),
  );
}

/** A time as the user wrote it: milliseconds since the epoch, or an ISO date. */
function timestampFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(ms)) throw new UserError({ field: '--timestamp', message: 'not a time', found: value, expected: 'milliseconds since the epoch or an ISO date such as 2026-01-02T03:04:05Z' });
  return ms;
}

function headerFlag(value: string | undefined): { name: string; value: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf('=');
  if (at <= 0) throw new UserError({ field: '--header', message: 'expected name=value', found: value });
  return { name: value.slice(0, at), value: value.slice(at + 1) };
}

export function registerRead(program: Command): void {
  const cmd = describedCommand(program, 'read')
    .argument('<topic>', 'the topic to read')
    .option('--partition <n>', 'one partition (default: all; needed with --offset)')
    .option('--offset <n>', 'start at this offset of --partition')
    .option('--timestamp <time>', 'start at the first record at or after this time (ms or ISO date)')
    .option('--last <n>', 'the last N records of each partition')
    .option('--key <key>', 'only records with this key')
    .option('--header <name=value>', 'only records with this header value')
    .option('--max-records <n>', 'records returned at most')
    .option('--max-bytes <n>', 'bytes of keys and values returned at most')
    .option('--scan-limit <n>', 'records looked at per partition at most')
    .addOption(registryOption("decode Schema Registry framed keys and values with this registry's schemas"))
    .addOption(formatOption(['text', 'json']));
  type ReadFlags = ClusterFlags & {
    partition?: string;
    offset?: string;
    timestamp?: string;
    last?: string;
    key?: string;
    header?: string;
    maxRecords?: string;
    maxBytes?: string;
    scanLimit?: string;
    registry?: string;
  };
  addClusterOptions(cmd).action((topic: string, flags: ReadFlags) =>
    runCapability(readRecords, {
      format: flags.format,
      input: () => ({
        topic,
        partition: numberFlag('--partition', flags.partition),
        offset: numberFlag('--offset', flags.offset),
        timestamp_ms: timestampFlag(flags.timestamp),
        last: numberFlag('--last', flags.last),
        key: flags.key,
        header: headerFlag(flags.header),
        max_records: numberFlag('--max-records', flags.maxRecords),
        max_bytes: numberFlag('--max-bytes', flags.maxBytes),
        scan_limit: numberFlag('--scan-limit', flags.scanLimit),
      }),
      flags: { topic: '<topic>', timestamp_ms: '--timestamp' },
      io: cliIo({ cluster: () => clusterConnection(cmd, flags), ...(flags.registry ? { registry: () => registryOptions(flags.registry!) } : {}) }),
    }),
  );
}

export function registerRegistry(program: Command): void {
  describedCommand(program, 'registry')
    .argument('[subject]', 'e.g. orders-value')
    .option('--version <n>', 'with a subject: also show this version\'s schema ("latest" works)')
    .addOption(registryOption('Schema Registry URL'))
    .addOption(formatOption(['text', 'json']))
    .action((subject: string | undefined, flags: { version?: string; registry?: string; format: 'text' | 'json' }) =>
      runCapability(registry, {
        format: flags.format,
        input: () => ({ subject, version: flags.version === 'latest' ? ('latest' as const) : numberFlag('--version', flags.version) }),
        flags: { subject: '<subject>' },
        io: cliIo({ ...(flags.registry ? { registry: () => registryOptions(flags.registry!) } : {}) }),
      }),
    );
}

export function registerClusters(program: Command): void {
  describedCommand(program, 'clusters')
    .argument('<file>', 'the clusters YAML file')
    .addOption(formatOption(['text', 'json']))
    .action((file: string, flags: { format: 'text' | 'json' }) =>
      runCapability(clusters, {
        format: flags.format,
        input: () => ({}),
        io: { ...cliIo(), clusterNames: () => Object.keys(readClustersFile(file)) },
      }),
    );
}
