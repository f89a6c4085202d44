// The config model: one configuration as written (its entries, kind, file, what the file says about
// its cluster) and the effective value of any setting in it: written, else the default for this
// kind, Kafka version and client library (a topic falls back to its cluster's server default, a
// connector to its class's default). Rules, diagnosis and the design's self-critique read configs
// through it.
import { defaultValue, type Scope, setting } from '../../knowledge/catalog.js';
import { clientDefault } from '../../knowledge/clients.js';
import { connectorDefault } from '../../knowledge/connectors.js';

/**
 * What a configuration configures. Client kinds take client defaults; the rest take broker/topic
 * defaults. `client` is a file shared by several client kinds (a Confluent Cloud template);
 * `controller` is a KRaft controller-only node; `mirrormaker` a MirrorMaker 2 file; `connector` one
 * Kafka Connect connector's configuration (REST JSON or a Strimzi KafkaConnector).
 */
export const CONFIG_KINDS = ['producer', 'consumer', 'admin', 'client', 'streams', 'connect', 'mirrormaker', 'broker', 'controller', 'topic', 'connector'] as const;
export type ConfigKind = (typeof CONFIG_KINDS)[number];

export interface ConfigEntry {
  /** Canonical (Java) name, after alias resolution. */
  name: string;
  /** The key as written in the file (a librdkafka alias or kafkajs option may differ from name). */
  key: string;
  value: string;
  line?: number;
}

export interface ConfigUnderReview {
  kind: ConfigKind;
  entries: ConfigEntry[];
  file?: string;
  /** Client library id (kafka-clients, confluent-kafka, kafkajs, ...); Java when unknown. */
  library?: string;
  /** A label for messages, e.g. the topic or resource name. */
  label?: string;
  /** The Kafka version the file itself states (a Strimzi resource's spec.kafka.version). */
  statedVersion?: string;
  /** Brokers in the cluster, when the file says (a Strimzi resource's replicas or node pools). */
  brokers?: number;
  /** KRaft controllers, when the file says (Strimzi controller node pools). */
  controllers?: number;
  /** The line findings about the whole configuration point at (a resource's or topic's own line). */
  line?: number;
  /** The broker configuration that governs this one (the cluster of a topic, a client's cluster). */
  cluster?: ConfigUnderReview;
  /** A topic's partition count and replication factor, when stated (kafka-topics flags, KafkaTopic spec). */
  partitions?: number;
  replicationFactor?: number;
  /** How the cluster keeps its metadata, when known (process.roles, zookeeper.connect, a Strimzi zookeeper section). */
  mode?: 'kraft' | 'zookeeper';
  /** The Strimzi cluster a resource belongs to (strimzi.io/cluster label), for pairing across files. */
  clusterName?: string;
  /** The file format it was read from; absent for configurations built in code (the design command). */
  format?: 'properties' | 'librdkafka' | 'kafkajs' | 'strimzi' | 'topic-command' | 'compose' | 'connect-rest';
  /** The process adds defaults of its own (a container image's base config), so unwritten settings are unknown. */
  defaultsUnknown?: boolean;
  /** Nobody stated the Kafka version: it is the newest documented one, so version verdicts are softer. */
  versionAssumed?: boolean;
}

const CLIENT_SCOPES: Partial<Record<ConfigKind, 'producer' | 'consumer' | 'admin'>> = { producer: 'producer', consumer: 'consumer', admin: 'admin' };
/** Where the defaults of the other kinds come from (a controller is a broker process). */
const DEFAULT_SCOPES: Partial<Record<ConfigKind, Scope>> = { streams: 'streams', connect: 'connect', broker: 'broker', controller: 'broker', topic: 'topic' };

/** A template value ({{ X }}, ${X}, $X, <X>): set, but its value is not known until deployment. */
export function isPlaceholder(value: string): boolean {
  return /\{\{.*\}\}|\$\{[^}]*\}|^<[^>]+>$|^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value.trim());
}

/** Defaults per (kind, library, version, name): the same few hundred answers serve every file. */
const defaultsCache = new Map<string, string | null>();

/** A configuration's settings as rules read them. */
export interface EffectiveSettings {
  /** The entry as written, if it was. */
  explicit(name: string): ConfigEntry | undefined;
  /** The effective value: written, else the default for this kind, Kafka version and client. */
  value(name: string): string | null;
  /** Effective value as a number (NaN when absent or not numeric). */
  number(name: string): number;
  /** Effective value as a boolean (undefined when absent). */
  bool(name: string): boolean | undefined;
  /** The line to point at for `name` (its own line when written). */
  line(name: string): number | undefined;
}

/** The settings of `config` for `kafkaVersion`; `cluster` supplies a topic's server defaults. */
export function effectiveSettings(config: ConfigUnderReview, kafkaVersion: string, cluster?: Pick<EffectiveSettings, 'value'>): EffectiveSettings {
  const library = config.library ?? 'kafka-clients';
  const byName = new Map<string, ConfigEntry>();
  for (const e of config.entries) byName.set(e.name, e); // the last occurrence wins, as in a .properties file
  const clientScope = CLIENT_SCOPES[config.kind];
  const defaultScope = DEFAULT_SCOPES[config.kind];
  const value = (name: string): string | null => {
    const e = byName.get(name);
    if (e) return isPlaceholder(e.value) ? null : e.value;
    if (config.defaultsUnknown) return null;
    if (clientScope) {
      const key = `${clientScope}|${library}|${kafkaVersion}|${name}`;
      if (!defaultsCache.has(key)) defaultsCache.set(key, clientDefault(clientScope, name, kafkaVersion, library).value);
      return defaultsCache.get(key)!;
    }
    // A topic without its own value takes the cluster's (min.insync.replicas, retention, ...).
    const serverProperty = config.kind === 'topic' && cluster ? setting('topic', name, kafkaVersion)?.serverDefaultProperty : undefined;
    if (serverProperty && cluster) return cluster.value(serverProperty);
    if (config.kind === 'connector') {
      const cls = byName.get('connector.class')?.value;
      return cls ? connectorDefault(cls, name) : null;
    }
    return defaultScope ? defaultValue(defaultScope, name, kafkaVersion) : null;
  };
  return {
    explicit: (name) => byName.get(name),
    value,
    number: (name) => {
      const v = value(name);
      return v === null || v.trim() === '' ? NaN : Number(v);
    },
    bool: (name) => {
      const v = value(name);
      return v === null ? undefined : v.trim().toLowerCase() === 'true';
    },
    line: (name) => byName.get(name)?.line,
  };
}
