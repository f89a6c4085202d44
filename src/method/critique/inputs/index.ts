// Text of one file -> the configurations it holds. The format is chosen from the extension, then
// from the content; the kind from the keys. Flags (--kind, --client) override what is detected.
import { UserError } from '../../../model/errors.js';
import { guardInput } from '../../../model/input-guard.js';
import type { ConfigKind, ConfigUnderReview } from '../config-model.js';
import { composeConfigs, envFileConfig, isComposeWithKafka, isKafkaEnvFile } from './compose.js';
import { connectorRestConfig, isConnectorRestDoc } from './connector.js';
import { configMapFiles } from './configmap.js';
import { detectJavaKind, kindFromFileName } from './detect.js';
import { kafkajsConfigs, looksLikeKafkajs } from './kafkajs.js';
import { librdkafkaEntries, librdkafkaKind } from './librdkafka.js';
import { isLibrdkafkaOnlyName, librdkafkaProperty, scopesOf } from './names.js';
import { parseProperties, type RawEntry } from './properties.js';
import { isStrimziDoc, strimziConfigs } from './strimzi.js';
import { looksLikeTopicCommand, parseTopicCommand } from './topics-cli.js';
import { isRecord, readYaml, scalarText, type YamlSource } from './yaml.js';

export interface ReadOptions {
  kind?: ConfigKind;
  /** Client library id (kafka-clients, confluent-kafka, kafkajs, ...). */
  library?: string;
}

const YAML_EXTENSIONS = /\.(ya?ml|json)$/i;

function isStructured(text: string, file: string): boolean {
  if (YAML_EXTENSIONS.test(file)) return true;
  if (/\.(properties|config|conf|cfg|env)$/i.test(file)) return false;
  const first =
    text
      .split('\n')
      .find((l) => l.trim() !== '' && !l.trim().startsWith('#'))
      ?.trim() ?? '';
  return first.startsWith('{') || first === '---' || /^apiVersion:\s/m.test(text);
}

/** More librdkafka-only names than Java-only ones: one stray sasl.mechanisms does not turn a Java file into a librdkafka one. */
function writtenForLibrdkafka(raw: readonly RawEntry[]): boolean {
  const librdkafkaOnly = raw.filter((r) => isLibrdkafkaOnlyName(r.key)).length;
  const javaOnly = raw.filter((r) => scopesOf(r.key).size > 0 && !librdkafkaProperty(r.key)).length;
  return librdkafkaOnly > javaOnly;
}

/** `nameHint`: the file (or ConfigMap data key) whose name is evidence of the kind. */
function fromKeyValues(raw: RawEntry[], file: string, options: ReadOptions, nameHint: string = file): ConfigUnderReview {
  const named = kindFromFileName(nameHint);
  const library = options.library ?? (named !== 'broker' && named !== 'controller' && writtenForLibrdkafka(raw) ? 'librdkafka' : undefined);
  const librdkafka = library !== undefined && library !== 'kafka-clients' && library !== 'kafkajs';
  if (librdkafka) return { kind: options.kind ?? named ?? librdkafkaKind(raw), file, library, format: 'librdkafka', entries: librdkafkaEntries(raw) };
  const entries = raw.map((r) => ({ name: r.key, key: r.key, value: r.value, line: r.line }));
  const kind =
    options.kind ??
    named ??
    detectJavaKind(
      raw.map((r) => r.key),
      new Map(raw.map((r) => [r.key, r.value])),
    );
  const mode =
    kind === 'broker' || kind === 'controller'
      ? raw.some((r) => r.key === 'process.roles')
        ? ('kraft' as const)
        : raw.some((r) => r.key === 'zookeeper.connect')
          ? ('zookeeper' as const)
          : undefined
      : undefined;
  return { kind, file, entries, format: 'properties', ...(library ? { library } : {}), ...(mode ? { mode } : {}) };
}

/** A file's configurations, or its Strimzi resources, which are read together with other files'. */
type Parsed = { configs: ConfigUnderReview[] } | { strimzi: YamlSource };

function fromStructured(text: string, file: string, options: ReadOptions): Parsed {
  const source = readYaml(text, file);
  if (source.docs.some(isStrimziDoc)) return { strimzi: source };
  return { configs: fromDict(source, text, file, options) };
}

function fromDict(source: YamlSource, text: string, file: string, options: ReadOptions): ConfigUnderReview[] {
  if (isComposeWithKafka(source.docs[0])) return composeConfigs(source, text, file);
  if (source.docs.length === 1 && isConnectorRestDoc(source.docs[0])) return [connectorRestConfig(source.docs[0], file, source.keyLine)];
  const embedded = configMapFiles(source);
  if (embedded.length > 0) return embedded.map((e) => ({ ...fromKeyValues(e.raw, file, options, e.name), label: `ConfigMap ${e.name}` }));
  const doc = source.docs[0];
  if (source.docs.length !== 1 || !isRecord(doc)) {
    throw new UserError({
      file,
      line: 1,
      message: 'expected one mapping of settings (a librdkafka or kafkajs config object) or Strimzi resources',
      found: source.docs.length === 0 ? 'an empty document' : 'something else',
      suggestion: 'pass a .properties file, a JSON/YAML object of settings, or a Strimzi Kafka/KafkaTopic manifest',
    });
  }
  if (options.library === 'kafkajs' || (!options.library && looksLikeKafkajs(doc))) {
    return kafkajsConfigs(doc, file, source.keyLine).map((c) => (options.kind ? { ...c, kind: options.kind } : c));
  }
  const isSetting = (k: string) => scopesOf(k).size > 0 || !!librdkafkaProperty(k);
  // Dicts are librdkafka unless told otherwise: that is how confluent-kafka clients take their config.
  const asLibrdkafka = { ...options, library: options.library ?? 'librdkafka' };
  if (!Object.keys(doc).some(isSetting)) {
    // Settings grouped under names (producer:, consumer:, or one per application): one config each.
    const sections = Object.entries(doc).filter(([, v]) => isRecord(v) && Object.keys(v).some(isSetting));
    if (sections.length > 0) {
      return sections.map(([name, v]) => {
        const raw = Object.entries(v as Record<string, unknown>).map(([key, value]) => ({ key, value: scalarText(value), line: source.keyLine(0, [name, key]) ?? 1 }));
        const kind = options.kind ?? (['producer', 'consumer', 'admin'].includes(name) ? (name as ConfigKind) : undefined);
        return { ...fromKeyValues(raw, file, { ...asLibrdkafka, ...(kind ? { kind } : {}) }), label: name };
      });
    }
    throw new UserError({
      file,
      line: 1,
      message: 'no Kafka setting found in this object',
      found: `keys ${Object.keys(doc).slice(0, 5).join(', ')}`,
      suggestion: 'pass a librdkafka or kafkajs config object, a .properties file, or a Strimzi manifest; --client kafkajs forces kafkajs',
    });
  }
  const raw = Object.entries(doc).map(([key, value]) => ({ key, value: scalarText(value), line: source.keyLine(0, [key]) ?? 1 }));
  return [fromKeyValues(raw, file, asLibrdkafka)];
}

function parseFile(text: string, file: string, options: ReadOptions): Parsed {
  guardInput(text, file, 'properties');
  if (text.includes('\u0000')) throw new UserError({ file, message: 'this is a binary file, not a configuration', suggestion: 'pass a .properties, .config, JSON or YAML file' });
  if (isStructured(text, file)) return fromStructured(text, file, options);
  if (looksLikeTopicCommand(text)) {
    const t = parseTopicCommand(text);
    return {
      configs: [
        {
          kind: options.kind ?? 'topic',
          file,
          entries: t.entries,
          format: 'topic-command',
          ...(t.name ? { label: `topic ${t.name}` } : {}),
          ...(t.line !== undefined ? { line: t.line } : {}),
          ...(Number.isFinite(t.partitions) ? { partitions: t.partitions } : {}),
          ...(Number.isFinite(t.replicationFactor) ? { replicationFactor: t.replicationFactor } : {}),
        },
      ],
    };
  }
  const raw = parseProperties(text);
  if (!options.kind && isKafkaEnvFile(raw)) return { configs: [envFileConfig(raw, file)] };
  return { configs: [fromKeyValues(raw, file, options)] };
}

/** The configurations one file holds (several for a multi-document Strimzi file or a kafkajs object). */
export function readConfigFile(text: string, file: string, options: ReadOptions = {}): ConfigUnderReview[] {
  const parsed = parseFile(text, file, options);
  return 'configs' in parsed ? parsed.configs : strimziConfigs([{ source: parsed.strimzi, file }]);
}

/** The configurations of files critiqued together, in file order, topics and clients paired with their cluster. */
export function readConfigFiles(files: ReadonlyArray<{ text: string; file: string; kind?: ConfigKind }>, options: ReadOptions = {}): ConfigUnderReview[] {
  // A file that knows its kind (a live topic's configs) keeps it; the rest follow the options or detection.
  const parsed = files.map((f) => ({ file: f.file, parsed: parseFile(f.text, f.file, f.kind ? { ...options, kind: f.kind } : options) }));
  const strimzi = strimziConfigs(parsed.flatMap((p) => ('strimzi' in p.parsed ? [{ source: p.parsed.strimzi, file: p.file }] : [])));
  return pairWithClusters(parsed.flatMap((p) => ('configs' in p.parsed ? p.parsed.configs : strimzi.filter((c) => c.file === p.file))));
}

/**
 * Files critiqued together: a topic or client without a cluster of its own reads the one broker
 * configuration among them (or the Strimzi Kafka resource its label names).
 */
export function pairWithClusters(configs: ConfigUnderReview[]): ConfigUnderReview[] {
  const brokers = configs.filter((c) => c.kind === 'broker');
  const byName = new Map(brokers.filter((b) => b.label?.startsWith('Kafka ')).map((b) => [b.label!.slice('Kafka '.length), b]));
  return configs.map((c) => {
    if (c.kind === 'broker' || c.kind === 'controller' || c.cluster) return c;
    const cluster = (c.clusterName && byName.get(c.clusterName)) || (brokers.length === 1 ? brokers[0] : undefined);
    return cluster ? { ...c, cluster } : c;
  });
}
