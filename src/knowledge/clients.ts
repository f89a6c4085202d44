// Client libraries: which family each belongs to, and what a setting (by its canonical Java name)
// defaults to in that family. Families differ in names and defaults, and advice must follow them.
import { defaultValue, kafkajsOptions, librdkafkaProperties, type Scope, setting } from './catalog.js';
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
  { id: 'franz-go', family: 'franz-go', languages: ['go'] },
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
  const direct = props.find((p) => p.name === name && p.scope === 'global') ?? props.find((p) => p.name === name);
  if (!direct) return undefined;
  const target = direct.aliasOf ? props.find((p) => p.name === direct.aliasOf) ?? direct : direct;
  return { value: toJavaValue(name, target.default), clientName: direct.name, source: 'librdkafka 2.15.1 CONFIGURATION.md' };
}

function kafkajsDefault(name: string): ClientDefault | undefined {
  for (const options of Object.values(kafkajsOptions())) {
    const o = options.find((x) => x.javaProperty === name);
    if (!o) continue;
    // kafkajs states isolation as a boolean flag and assignors as a list.
    const value = o.option === 'readUncommitted' ? (o.default ? 'read_uncommitted' : 'read_committed')
      : Array.isArray(o.default) ? o.default.join(',') : o.default;
    return { value: toJavaValue(name, value), clientName: o.option, source: 'kafkajs 2.2.4 source' };
  }
  return undefined;
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
