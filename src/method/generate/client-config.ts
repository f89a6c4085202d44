// Translates the design's Java-named settings into each client library's names and value
// formats. librdkafka, kafkajs, franz-go and kafka-python all spell settings differently; what a
// library cannot express comes back as `untranslated`, with the reason, so the code says so.
import { clientLibrary } from '../../knowledge/clients.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';
import { librdkafkaNamesFor } from '../../knowledge/aliases.js';
import { kafkajsOptions } from '../../knowledge/catalog.js';
import { splitTransactionalId } from '../../model/transactional-id.js';
import { FRANZ_GO_BALANCERS, FRANZ_GO_OPTIONS, type FranzArgument } from '../../knowledge/franz-go.js';

/** One setting as the design states it: canonical Java name, string value, and why it is set. */
export interface Setting {
  name: string;
  value: string;
  why: string;
}

/** A value in the target language: a plain literal, or code already written in that language. */
export type Literal = string | number | boolean | { code: string };

export interface ClientSetting {
  javaName: string;
  /** The library's name for the setting (a property, an option field, or a kgo function). */
  name: string;
  value: Literal;
  why: string;
}

export interface UntranslatedSetting extends Setting {
  reason: string;
}

export interface Translation<S extends ClientSetting = ClientSetting> {
  settings: S[];
  untranslated: UntranslatedSetting[];
}

/** Where a kafkajs option goes: kafka.producer(), producer.send(), kafka.consumer(), consumer.subscribe() or consumer.run(). */
export type KafkajsPlace = 'client' | 'producer' | 'send' | 'consumer' | 'subscribe' | 'run';
export interface KafkajsSetting extends ClientSetting {
  place: KafkajsPlace;
}

function typed(value: string): string | number | boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return value;
}

/** Simple class names from a Java assignor list such as "org.apache...CooperativeStickyAssignor". */
function assignorNames(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim().split('.').pop() ?? '')
    .filter(Boolean);
}

function untranslated(s: Setting, reason: string): UntranslatedSetting {
  return { ...s, reason };
}

/** The Java client takes every setting as it is named in the design. */
export function javaClientConfig(settings: readonly Setting[]): Translation {
  return { settings: settings.map((s) => ({ javaName: s.name, name: s.name, value: s.value, why: s.why })), untranslated: [] };
}

const LIBRDKAFKA_ASSIGNORS: Record<string, string> = {
  RangeAssignor: 'range',
  RoundRobinAssignor: 'roundrobin',
  CooperativeStickyAssignor: 'cooperative-sticky',
};

/** librdkafka (confluent-kafka for Python and Go): its property names, typed values. */
export function librdkafkaConfig(settings: readonly Setting[]): Translation {
  const out: Translation = { settings: [], untranslated: [] };
  for (const s of settings) {
    const notRead = pollLoopFacts('librdkafka', 'librdkafka').notForClassicConsumer[s.name];
    if (notRead) {
      out.untranslated.push(untranslated(s, `${notRead}; the program asks for the design's batch per call`));
      continue;
    }
    if (s.name === 'partition.assignment.strategy') {
      const names = assignorNames(s.value).map((n) => LIBRDKAFKA_ASSIGNORS[n]);
      if (names.some((n) => n === undefined)) out.untranslated.push(untranslated(s, 'librdkafka has no equivalent of this assignor; it offers range, roundrobin and cooperative-sticky'));
      else out.settings.push({ javaName: s.name, name: s.name, value: names.join(','), why: s.why });
      continue;
    }
    const name = librdkafkaNamesFor(s.name)[0];
    if (!name) {
      out.untranslated.push(untranslated(s, 'librdkafka has no such property'));
      continue;
    }
    out.settings.push({ javaName: s.name, name, value: typed(s.value), why: s.why });
  }
  return out;
}

/** kafka-python's keyword arguments are the Java names with underscores, for the settings it supports. */
const KAFKA_PYTHON_SUPPORTED = new Set([
  'acks',
  'compression.type',
  'retries',
  'batch.size',
  'linger.ms',
  'buffer.memory',
  'max.block.ms',
  'max.request.size',
  'metadata.max.age.ms',
  'retry.backoff.ms',
  'request.timeout.ms',
  'max.in.flight.requests.per.connection',
  'client.id',
  'fetch.min.bytes',
  'fetch.max.wait.ms',
  'fetch.max.bytes',
  'max.partition.fetch.bytes',
  'auto.offset.reset',
  'enable.auto.commit',
  'auto.commit.interval.ms',
  'max.poll.records',
  'max.poll.interval.ms',
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'connections.max.idle.ms',
]);

export function kafkaPythonConfig(settings: readonly Setting[]): Translation {
  const out: Translation = { settings: [], untranslated: [] };
  const idempotenceAsked = settings.some((s) => s.name === 'enable.idempotence' && s.value === 'true');
  for (const s of settings) {
    if (idempotenceAsked && s.name === 'max.in.flight.requests.per.connection') continue;
    if (idempotenceAsked && s.name === 'enable.idempotence') {
      out.untranslated.push(untranslated(s, 'kafka-python 2.0 has no idempotent producer, so a retry can write a record twice'));
      // Without idempotence, one request in flight is what keeps a retry from reordering a key's records.
      out.settings.push({
        javaName: 'max.in.flight.requests.per.connection',
        name: 'max_in_flight_requests_per_connection',
        value: 1,
        why: 'without idempotence, a retried request overtaken by the next one would reorder records of a key',
      });
      continue;
    }
    if (!KAFKA_PYTHON_SUPPORTED.has(s.name)) {
      out.untranslated.push(untranslated(s, 'kafka-python 2.0 has no such option'));
      continue;
    }
    const value = s.name === 'acks' && s.value !== 'all' ? Number(s.value) : typed(s.value);
    out.settings.push({ javaName: s.name, name: s.name.replace(/\./g, '_'), value, why: s.why });
  }
  return out;
}

const KAFKAJS_SECTION_PLACE: Record<string, KafkajsPlace> = {
  producer: 'producer',
  producerSend: 'send',
  consumer: 'consumer',
  consumerSubscribe: 'subscribe',
  consumerRun: 'run',
  client: 'client',
};

/** kafkajs options for one Java setting, in the order a producer or consumer should prefer them. */
function kafkajsOptionFor(javaName: string, role: 'producer' | 'consumer'): { option: string; place: KafkajsPlace } | undefined {
  const sections = role === 'producer' ? ['producer', 'producerSend', 'client'] : ['consumer', 'consumerSubscribe', 'consumerRun', 'client'];
  const all = kafkajsOptions();
  for (const section of sections) {
    const o = (all[section] ?? []).find((x) => x.javaProperty === javaName && x.option !== 'retry');
    if (o) return { option: o.option, place: KAFKAJS_SECTION_PLACE[section]! };
  }
  return undefined;
}

const KAFKAJS_COMPRESSION: Record<string, string | undefined> = { none: 'CompressionTypes.None', gzip: 'CompressionTypes.GZIP' };

/** kafkajs: option names, numbers and booleans where kafkajs wants them, and its inverted flags. */
export function kafkajsConfig(settings: readonly Setting[], role: 'producer' | 'consumer'): Translation<KafkajsSetting> {
  const out: Translation<KafkajsSetting> = { settings: [], untranslated: [] };
  const idempotent = role === 'producer' && settings.some((s) => s.name === 'enable.idempotence' && s.value === 'true');
  if (idempotent) {
    // kafkajs's own default is no limit at all; its idempotent producer keeps order only with one request in flight.
    const asked = settings.find((s) => s.name === 'max.in.flight.requests.per.connection');
    out.settings.push({
      javaName: 'max.in.flight.requests.per.connection',
      name: 'maxInFlightRequests',
      value: 1,
      place: 'producer',
      why:
        asked && asked.value !== '1'
          ? `kafkajs's idempotent producer keeps order only with one request in flight (the design asked for ${asked.value}: ${asked.why})`
          : (asked?.why ?? "kafkajs's idempotent producer keeps order only with one request in flight; its default is no limit"),
    });
  }
  for (const s of settings) {
    if (idempotent && s.name === 'max.in.flight.requests.per.connection') continue;
    if (s.name === 'retries' && role === 'producer') {
      out.settings.push({ javaName: s.name, name: 'retry', value: { code: `{ retries: ${Number(s.value)} }` }, why: s.why, place: 'producer' });
      continue;
    }
    const target = kafkajsOptionFor(s.name, role);
    if (!target) {
      out.untranslated.push(untranslated(s, 'kafkajs has no option for this'));
      continue;
    }
    const add = (value: Literal) => out.settings.push({ javaName: s.name, name: target.option, value, why: s.why, place: target.place });
    switch (target.option) {
      case 'acks':
        add(s.value === 'all' ? -1 : Number(s.value));
        break;
      case 'readUncommitted':
        add(s.value === 'read_uncommitted');
        break;
      case 'fromBeginning':
        if (s.value === 'earliest' || s.value === 'latest') add(s.value === 'earliest');
        else out.untranslated.push(untranslated(s, 'kafkajs can only start from the beginning or the end'));
        break;
      case 'compression': {
        const code = KAFKAJS_COMPRESSION[s.value];
        if (code) add({ code });
        else out.untranslated.push(untranslated(s, `kafkajs needs an extra codec package for ${s.value}; register one with CompressionCodecs to use it`));
        break;
      }
      case 'partitionAssigners': {
        const names = assignorNames(s.value);
        if (names.length === 1 && names[0] === 'RoundRobinAssignor') add({ code: '[PartitionAssigners.roundRobin]' });
        else out.untranslated.push(untranslated(s, 'kafkajs ships only a round-robin assigner'));
        break;
      }
      case 'createPartitioner':
        out.untranslated.push(untranslated(s, "kafkajs's DefaultPartitioner already hashes keys like the Java client (murmur2)"));
        break;
      default:
        add(typed(s.value));
    }
  }
  return out;
}

function goDuration(ms: string): string {
  return `${Number(ms)} * time.Millisecond`;
}

function franzArgument(argument: FranzArgument, value: string): string | undefined {
  switch (argument) {
    case 'duration-ms':
      return goDuration(value);
    case 'int32':
      return `int32(${Number(value)})`;
    case 'int':
      return String(Number(value));
    // The generated Go program's env helper reads a placeholder's variable at start.
    case 'string': {
      const variable = environmentVariableOf(value);
      return variable ? `env(${JSON.stringify(variable)}, "")` : JSON.stringify(value);
    }
    case 'acks':
      return ({ all: 'kgo.AllISRAcks()', '-1': 'kgo.AllISRAcks()', '1': 'kgo.LeaderAck()', '0': 'kgo.NoAck()' } as Record<string, string>)[value];
    case 'compression':
      return ({ none: 'kgo.NoCompression()', gzip: 'kgo.GzipCompression()', snappy: 'kgo.SnappyCompression()', lz4: 'kgo.Lz4Compression()', zstd: 'kgo.ZstdCompression()' } as Record<string, string>)[
        value
      ];
    case 'offset-reset':
      return ({ earliest: 'kgo.NewOffset().AtStart()', latest: 'kgo.NewOffset().AtEnd()' } as Record<string, string>)[value];
    case 'isolation':
      return ({ read_committed: 'kgo.ReadCommitted()', read_uncommitted: 'kgo.ReadUncommitted()' } as Record<string, string>)[value];
    case 'balancers': {
      const names = assignorNames(value).map((n) => FRANZ_GO_BALANCERS[n]);
      return names.every(Boolean) ? names.map((n) => `kgo.${n}()`).join(', ') : undefined;
    }
    case 'enable-when-false':
      return undefined;
  }
}

/** franz-go: each setting becomes a kgo option call such as kgo.RequiredAcks(kgo.AllISRAcks()). */
export function franzGoConfig(settings: readonly Setting[]): Translation {
  const out: Translation = { settings: [], untranslated: [] };
  for (const s of settings) {
    const o = FRANZ_GO_OPTIONS[s.name];
    if (!o) {
      const notRead = pollLoopFacts('franz-go', 'franz-go').notForClassicConsumer[s.name];
      out.untranslated.push(untranslated(s, notRead ? `${notRead}; the program passes the design's batch to PollRecords` : 'franz-go has no option for this'));
      continue;
    }
    if (o.argument === 'enable-when-false') {
      if (s.value === 'false') out.settings.push({ javaName: s.name, name: o.option, value: { code: `kgo.${o.option}()` }, why: s.why });
      else out.untranslated.push(untranslated(s, o.note ?? 'franz-go does this by default'));
      continue;
    }
    const arg = franzArgument(o.argument, s.value);
    if (arg === undefined) out.untranslated.push(untranslated(s, `franz-go has no equivalent of ${s.value}`));
    else out.settings.push({ javaName: s.name, name: o.option, value: { code: `kgo.${o.option}(${arg})` }, why: s.why });
  }
  return out;
}

/** A design value the running program reads from its environment, e.g. client.rack = "${CLIENT_RACK}". */
const ENV_PLACEHOLDER = /^\$\{([A-Z][A-Z0-9_]*)\}$/;

export function environmentVariableOf(value: string): string | undefined {
  return ENV_PLACEHOLDER.exec(value)?.[1];
}

/**
 * Settings whose design value is an environment placeholder become code that reads the variable
 * when the program starts (`code` writes that expression in the language); written as a literal,
 * the client would send the text "${CLIENT_RACK}" itself and rack-aware fetching would do nothing.
 */
export function valuesFromEnvironment<S extends ClientSetting>(t: Translation<S>, code: (variable: string) => string): Translation<S> {
  return {
    ...t,
    settings: t.settings.map((s) => {
      const variable = typeof s.value === 'string' ? environmentVariableOf(s.value) : undefined;
      return variable ? { ...s, value: { code: code(variable) }, why: `${s.why} (read from the environment variable ${variable})` } : s;
    }),
  };
}

/** The literal text before and after the instance id in a design's transactional.id (a "-" suffix when it has no placeholder). */
export function splitInstanceId(transactionalId: string): [string, string] {
  const [prefix, suffix] = splitTransactionalId(transactionalId);
  return suffix === null ? [`${prefix}-`, ''] : [prefix, suffix];
}

/**
 * Every running instance needs its own transactional.id (the broker fences a second writer with
 * the same id), stable across its restarts. The design's "${INSTANCE_ID}" placeholder (or, when
 * it has none, a "-" suffix) becomes the language's instance id; `code` writes that expression
 * from the literal text around it.
 */
export function perInstanceTransactionalId<S extends ClientSetting>(t: Translation<S>, code: (prefix: string, suffix: string) => string): Translation<S> {
  return {
    ...t,
    settings: t.settings.map((s) => {
      if (s.javaName !== 'transactional.id' || typeof s.value !== 'string') return s;
      const [prefix, suffix] = splitInstanceId(s.value);
      return { ...s, value: { code: code(prefix, suffix) }, why: `${s.why} (one id per instance, from INSTANCE_ID)` };
    }),
  };
}

/** A Literal as a reader sees it in a settings listing. */
function shown(value: Literal): string {
  return typeof value === 'object' ? value.code : String(value);
}

/**
 * A design's Java-named config as the user of `library` writes it (confluent-kafka:
 * partition.assignment.strategy=cooperative-sticky, never a Java class), for text a user reads.
 * What the library cannot express is listed with its reason.
 */
export function configInDialect(library: string, role: 'producer' | 'consumer', config: Readonly<Record<string, string>>): { entries: Array<[string, string]>; untranslated: UntranslatedSetting[] } {
  const family = clientLibrary(library)?.family ?? 'java';
  const notRead = role === 'consumer' ? pollLoopFacts(family, library).notForClassicConsumer : {};
  const all = Object.entries(config).map(([name, value]) => ({ name, value, why: '' }));
  const settings = all.filter((s) => !notRead[s.name]);
  const dropped = all.filter((s) => notRead[s.name]).map((s) => untranslated(s, notRead[s.name]!));
  const t: Translation =
    family === 'librdkafka'
      ? librdkafkaConfig(settings)
      : family === 'kafkajs'
        ? kafkajsConfig(settings, role)
        : family === 'franz-go'
          ? franzGoConfig(settings)
          : family === 'kafka-python'
            ? kafkaPythonConfig(settings)
            : javaClientConfig(settings);
  return { entries: t.settings.map((s) => [s.name, shown(s.value)]), untranslated: [...dropped, ...t.untranslated] };
}

/** One setting in the user's dialect, `name=value`, or the Java form when the library cannot express it. */
export function settingInDialect(library: string, role: 'producer' | 'consumer', name: string, value: string): string {
  const [entry] = configInDialect(library, role, { [name]: value }).entries;
  return entry ? `${entry[0]}=${entry[1]}` : `${name}=${value}`;
}
