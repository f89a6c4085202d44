// The consumer settings the lag diagnosis reads, each with where its value came from: the user's
// file (with its line) or the default of their client library and Kafka version in the catalog.
import { clientDefault, clientLibrary, type ClientFamily } from '../../knowledge/clients.js';
import { UserError } from '../../model/errors.js';
import type { ConfigEntry } from '../critique/config-model.js';
import { readConfigFile } from '../critique/inputs/index.js';

export const DIAGNOSIS_SETTINGS = [
  'max.poll.records',
  'max.poll.interval.ms',
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'partition.assignment.strategy',
  'group.instance.id',
  'group.protocol',
] as const;
export type DiagnosisSetting = (typeof DIAGNOSIS_SETTINGS)[number];

export interface ResolvedSetting {
  /** Canonical (Java) name. */
  name: string;
  /** The name in the user's library, when it has one. */
  clientName: string | null;
  value: string | null;
  /** "consumer.properties:4" or "default (Kafka 3.9 consumer configs)". */
  from: string;
}

export interface ConsumerSettings {
  library: string;
  family: ClientFamily;
  kafkaVersion: string;
  settings: Record<DiagnosisSetting, ResolvedSetting>;
}

const NUMERIC: ReadonlySet<string> = new Set(['max.poll.records', 'max.poll.interval.ms', 'session.timeout.ms', 'heartbeat.interval.ms']);

/** `entries` carry canonical (Java) names, as the config readers of critique produce them. */
export function resolveConsumerSettings(entries: readonly ConfigEntry[], library: string, kafkaVersion: string, file?: string): ConsumerSettings {
  const family = clientLibrary(library)?.family ?? 'java';
  const written = new Map<string, ConfigEntry>();
  for (const e of entries) written.set(e.name, e); // the last occurrence wins
  const settings = {} as Record<DiagnosisSetting, ResolvedSetting>;
  for (const name of DIAGNOSIS_SETTINGS) {
    const d = clientDefault('consumer', name, kafkaVersion, library);
    const e = written.get(name);
    if (e && NUMERIC.has(name) && !(Number(e.value) > 0)) {
      throw new UserError({ file, line: e.line, field: e.key, message: `${e.key} must be a positive number`, found: e.value });
    }
    settings[name] = e
      ? { name, clientName: e.key, value: e.value, from: e.line !== undefined ? `${file ?? 'consumer config'}:${e.line}` : (file ?? 'consumer config') }
      : { name, clientName: d.clientName, value: d.value, from: `default (${d.source})` };
  }
  return { library, family, kafkaVersion, settings };
}

/** A numeric setting's value, or null when the library has no such setting. */
export function numericSetting(s: ConsumerSettings, name: DiagnosisSetting): number | null {
  const v = s.settings[name].value;
  return v === null || v.trim() === '' ? null : Number(v);
}

/**
 * Settings from a consumer config in any form critique reads (.properties, a librdkafka or kafkajs
 * object in JSON/YAML, a section named `consumer`); the library is detected when not given.
 */
export function consumerSettingsFromText(text: string, file: string, library: string | undefined, kafkaVersion: string): ConsumerSettings {
  const configs = readConfigFile(text, file, { kind: 'consumer', ...(library ? { library } : {}) });
  const config = configs.find((c) => c.label === 'consumer') ?? configs[0];
  if (!config) throw new UserError({ file, message: 'no consumer settings found', suggestion: 'pass a consumer .properties file or a client config object' });
  return resolveConsumerSettings(config.entries, library ?? config.library ?? 'kafka-clients', kafkaVersion, file);
}
