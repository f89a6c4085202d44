// Client libraries: which family each belongs to, and what a setting (by its canonical Java name)
// defaults to in that family. Families differ in names and defaults, and advice must follow them.
import { librdkafkaNamesFor } from './aliases.js';
import { compareVersions, defaultValue, franzGoFacts, kafkajsOptions, librdkafkaProperties, type Scope, setting } from './catalog.js';
import { pollLoopFacts } from './poll-loop.js';

export const LANGUAGES = ['typescript', 'python', 'java', 'go'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ClientFamily = 'java' | 'librdkafka' | 'kafkajs' | 'franz-go' | 'kafka-python' | 'sarama';

export interface ClientLibrary {
  id: string;
  family: ClientFamily;
  languages: Language[];
  /** Version whose defaults the catalog holds, when the catalog holds them. */
  factsVersion?: string;
}

export const CLIENT_LIBRARIES: readonly ClientLibrary[] = [
  { id: 'kafka-clients', family: 'java', languages: ['java'] },
  { id: 'confluent-kafka', family: 'librdkafka', languages: ['python'], factsVersion: 'librdkafka 2.15.1' },
  { id: 'confluent-kafka-go', family: 'librdkafka', languages: ['go'], factsVersion: 'librdkafka 2.15.1' },
  { id: 'confluent-kafka-javascript', family: 'librdkafka', languages: ['typescript'], factsVersion: 'librdkafka 2.15.1' },
  { id: 'node-rdkafka', family: 'librdkafka', languages: ['typescript'], factsVersion: 'librdkafka 2.15.1' },
  { id: 'librdkafka', family: 'librdkafka', languages: ['python', 'go', 'typescript'], factsVersion: 'librdkafka 2.15.1' },
  { id: 'kafkajs', family: 'kafkajs', languages: ['typescript'], factsVersion: 'kafkajs 2.2.4' },
  { id: 'franz-go', family: 'franz-go', languages: ['go'], factsVersion: 'franz-go 1.21.5' },
  { id: 'sarama', family: 'sarama', languages: ['go'] },
  { id: 'kafka-python', family: 'kafka-python', languages: ['python'] },
];

/** The library a team on `language` most likely uses when they do not say. */
export const DEFAULT_LIBRARY: Record<Language, string> = {
  java: 'kafka-clients',
  python: 'confluent-kafka',
  go: 'confluent-kafka-go',
  typescript: 'kafkajs',
};

export function clientLibrary(id: string): ClientLibrary | undefined {
  return CLIENT_LIBRARIES.find((l) => l.id === id);
}

export interface ClientDefault {
  /** The default in the Java client's value format (e.g. librdkafka's -1 for acks becomes "all"). */
  value: string | null;
  /** The property or option name in that library, when it has one. */
  clientName: string | null;
  /** Where the fact comes from, e.g. "Kafka 3.9 producer configs" or "librdkafka 2.15.1". */
  source: string;
}

/** Java-side spellings of values that librdkafka and kafkajs write differently. */
function toJavaValue(name: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  if (name === 'acks' && s === '-1') return 'all';
  if (name === 'auto.offset.reset') return ({ smallest: 'earliest', beginning: 'earliest', largest: 'latest', end: 'latest' } as Record<string, string>)[s] ?? s;
  return s;
}

function librdkafkaDefault(name: string): ClientDefault | undefined {
  const props = librdkafkaProperties();
  // The Java name, else librdkafka's own spelling of it (fetch.max.wait.ms -> fetch.wait.max.ms).
  const direct = librdkafkaNamesFor(name)
    .map((n) => props.find((p) => p.name === n && p.scope === 'global') ?? props.find((p) => p.name === n))
    .find((p) => p !== undefined);
  if (!direct) return undefined;
  const target = direct.aliasOf ? (props.find((p) => p.name === direct.aliasOf) ?? direct) : direct;
  return { value: toJavaValue(name, target.default), clientName: direct.name, source: 'librdkafka 2.15.1 CONFIGURATION.md' };
}

function kafkajsDefault(name: string): ClientDefault | undefined {
  for (const options of Object.values(kafkajsOptions())) {
    const o = options.find((x) => x.javaProperty === name);
    if (!o) continue;
    // kafkajs states isolation as a boolean flag and assignors as a list.
    const value = o.option === 'readUncommitted' ? (o.default ? 'read_uncommitted' : 'read_committed') : Array.isArray(o.default) ? o.default.join(',') : o.default;
    return { value: toJavaValue(name, value), clientName: o.option, source: 'kafkajs 2.2.4 source' };
  }
  return undefined;
}

function franzGoDefault(name: string): ClientDefault | undefined {
  const { version, options } = franzGoFacts();
  const o = options.find((x) => x.javaProperty === name);
  if (!o) return undefined;
  return { value: o.javaValue ?? o.default, clientName: o.option, source: `franz-go ${version} kgo defaults` };
}

/**
 * The default a client of `libraryId` applies for the Java-named setting `name`. For libraries
 * whose defaults the catalog does not hold, the Java client's default for `kafkaVersion` is
 * returned and the source says so; callers should then set what matters explicitly.
 */
export function clientDefault(scope: Extract<Scope, 'producer' | 'consumer' | 'admin'>, name: string, kafkaVersion: string, libraryId: string): ClientDefault {
  const family = clientLibrary(libraryId)?.family ?? 'java';
  const loop = scope === 'consumer' ? pollLoopFacts(family, libraryId, kafkaVersion) : undefined;
  const notRead = loop?.notForClassicConsumer[name];
  if (notRead) return { value: null, clientName: null, source: notRead };
  if (loop?.liveness.setting === name && loop.liveness.default !== undefined) {
    return { value: String(loop.liveness.default), clientName: loop.liveness.dialect, source: `${libraryId} default` };
  }
  if (family === 'librdkafka') {
    const d = librdkafkaDefault(name);
    if (d) return d;
    return { value: null, clientName: null, source: 'librdkafka 2.15.1 has no such property' };
  }
  if (family === 'kafkajs') {
    const d = kafkajsDefault(name);
    if (d) return d;
    return { value: null, clientName: null, source: 'kafkajs 2.2.4 has no such option' };
  }
  if (family === 'franz-go') {
    const d = franzGoDefault(name);
    if (d) return d;
    return { value: null, clientName: null, source: `franz-go ${franzGoFacts().version} has no such option` };
  }
  const facts = setting(scope, name, kafkaVersion);
  const source = `Kafka ${facts?.documentedVersion ?? kafkaVersion} ${scope} configs${family === 'java' ? '' : ` (Java client; ${libraryId} defaults are not in the catalog)`}`;
  return { value: defaultValue(scope, name, kafkaVersion), clientName: family === 'java' ? name : null, source };
}

/** True when two values of `name` mean the same to Kafka ("-1" and "all" for acks, case of booleans). */
export function sameSettingValue(name: string, a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == b;
  const norm = (v: string) => {
    const t = v.trim().toLowerCase();
    return name === 'acks' && t === '-1' ? 'all' : t;
  };
  return norm(a) === norm(b);
}

/** Client features whose availability depends on the library's release. */
export type ClientFeature = 'consumer-group-protocol' | 'idempotence' | 'transactions' | 'zstd';

export interface FeatureFloor {
  /** First release of the library with the feature ready for production; null: not available. */
  since: string | null;
  note: string;
}

/** Feature floors per library family, from each library's release notes. */
const FEATURE_FLOORS: Partial<Record<ClientFamily, Record<ClientFeature, FeatureFloor>>> = {
  java: {
    'consumer-group-protocol': { since: '4.0.0', note: 'KIP-848 is generally available in the Java consumer from 4.0 (early access 3.7, preview 3.8-3.9)' },
    idempotence: { since: '0.11.0', note: 'idempotent producer since 0.11; on by default since 3.0' },
    transactions: { since: '0.11.0', note: 'transactions since 0.11; KIP-447 producer per instance needs 2.5' },
    zstd: { since: '2.1.0', note: 'zstd (KIP-110) since 2.1, for clients and brokers' },
  },
  librdkafka: {
    'consumer-group-protocol': { since: '2.12.0', note: 'KIP-848 is generally available in librdkafka from 2.12.0 (preview before)' },
    idempotence: { since: '1.0.0', note: 'idempotent producer since librdkafka 1.0.0; off by default (enable.idempotence=false)' },
    transactions: { since: '1.4.0', note: 'transactional producer since librdkafka 1.4.0' },
    zstd: { since: '1.0.0', note: 'zstd since librdkafka 1.0.0, when built with libzstd' },
  },
  kafkajs: {
    'consumer-group-protocol': {
      since: null,
      note: 'kafkajs has only the classic protocol with eager rebalancing, and is unmaintained since 2023; @confluentinc/kafka-javascript (librdkafka) is the supported path',
    },
    idempotence: { since: '1.0.0', note: 'kafkajs marks its idempotent producer experimental and allows it with one request in flight only' },
    transactions: { since: '1.0.0', note: 'kafkajs transactions, experimental, one request in flight' },
    zstd: { since: null, note: 'kafkajs has no built-in zstd: it needs a codec plugin such as @kafkajs/zstd' },
  },
  'franz-go': {
    'consumer-group-protocol': {
      since: null,
      note: 'franz-go 1.21 has KIP-848 only as a hidden beta (a context key opts in); the classic protocol with the cooperative-sticky balancer is its default',
    },
    idempotence: { since: '1.0.0', note: 'franz-go writes idempotently by default' },
    transactions: { since: '1.0.0', note: 'franz-go supports transactions (GroupTransactSession)' },
    zstd: { since: '1.0.0', note: 'franz-go compresses with zstd natively (preference list, e.g. zstd then snappy)' },
  },
};

export interface FeatureSupport {
  feature: ClientFeature;
  /** yes: the stated version has it; no: it does not (or the library never had it); unknown: version not stated. */
  available: 'yes' | 'no' | 'unknown';
  floor: FeatureFloor;
}

/**
 * Whether `libraryId` at `libraryVersion` (null: not stated) has `feature`. Libraries without a
 * floor table are taken to have it (their defaults are Java's, which the version checks cover).
 */
export function featureSupport(libraryId: string, libraryVersion: string | null, feature: ClientFeature): FeatureSupport {
  const family = clientLibrary(libraryId)?.family ?? 'java';
  const floor = FEATURE_FLOORS[family]?.[feature] ?? { since: '0.0.0', note: `${libraryId}: no floor recorded` };
  if (floor.since === null) return { feature, available: 'no', floor };
  if (libraryVersion === null) return { feature, available: 'unknown', floor };
  return { feature, available: compareVersions(libraryVersion.replace(/^v/, '').replace(/[-+].*$/, ''), floor.since) >= 0 ? 'yes' : 'no', floor };
}
