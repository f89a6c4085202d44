// kafkajs option objects (JSON/YAML) -> canonical producer/consumer configurations. Accepts the
// client options with nested `producer`, `consumer`, `run`, `send`, `subscribe` objects, or one
// flat object of producer or consumer options. Values are turned into their Java spelling.
import { kafkajsOptions } from '../../../knowledge/catalog.js';
import type { ConfigEntry, ConfigKind, ConfigUnderReview } from '../config-model.js';
import { isRecord, type KeyLine, scalarText } from './yaml.js';

type Section = 'client' | 'producer' | 'consumer';
/** kafkajs sections (as the catalog names them) whose options apply to each configuration. */
const CATALOG_SECTIONS: Record<Section, string[]> = {
  client: ['client', 'retry'],
  producer: ['producer', 'producerSend', 'retry'],
  consumer: ['consumer', 'consumerRun', 'consumerSubscribe', 'retry'],
};
const NESTED: Record<string, Section> = { producer: 'producer', send: 'producer', consumer: 'consumer', run: 'consumer', subscribe: 'consumer' };
/** kafkajs CompressionTypes codes. */
const COMPRESSION = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

function javaName(option: string, section: Section): string | undefined {
  const sections = kafkajsOptions();
  for (const s of CATALOG_SECTIONS[section]) {
    const o = sections[s]?.find((x) => x.option === option);
    if (o) return o.javaProperty ?? undefined;
  }
  return undefined;
}

function javaValue(option: string, value: unknown): string {
  if (option === 'readUncommitted') return value ? 'read_uncommitted' : 'read_committed';
  if (option === 'fromBeginning') return value ? 'earliest' : 'latest';
  if (option === 'acks') return String(value) === '-1' ? 'all' : scalarText(value);
  if (option === 'compression' && typeof value === 'number') return COMPRESSION[value] ?? String(value);
  if (option === 'ssl') return value ? 'SSL' : 'PLAINTEXT';
  if (option === 'sasl' && isRecord(value)) return scalarText(value.mechanism);
  if (option === 'retry' && isRecord(value)) return scalarText(value.retries);
  return scalarText(value);
}

function entriesOf(obj: Record<string, unknown>, path: readonly string[], section: Section, keyLine: KeyLine, prefix: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  for (const [option, value] of Object.entries(obj)) {
    if (NESTED[option] || (option === 'admin' && isRecord(value))) continue;
    const line = keyLine(0, [...path, option]);
    const name = javaName(option, section) ?? option;
    out.push({ name, key: prefix + option, value: javaValue(option, value), ...(line !== undefined ? { line } : {}) });
  }
  return out;
}

/** True when most keys of the object are kafkajs option names or its nested sections. */
export function looksLikeKafkajs(obj: Record<string, unknown>): boolean {
  const known = new Set(
    Object.values(kafkajsOptions())
      .flat()
      .map((o) => o.option),
  );
  const keys = Object.keys(obj);
  const hits = keys.filter((k) => known.has(k) || NESTED[k] || k === 'admin').length;
  // kafkajs options never contain dots; dotted keys in a nested section mean librdkafka sections.
  const nestedKeys = keys.filter((k) => NESTED[k] && isRecord(obj[k])).flatMap((k) => Object.keys(obj[k] as Record<string, unknown>));
  return keys.length > 0 && hits * 2 >= keys.length && ![...keys, ...nestedKeys].some((k) => k.includes('.'));
}

function flatKind(obj: Record<string, unknown>): Section {
  const sections = kafkajsOptions();
  // Options both sides have (retry, maxInFlightRequests, metadataMaxAge) decide nothing.
  const inSection = (k: string, names: string[]) => names.some((s) => sections[s]?.some((o) => o.option === k));
  const producer = ['producer', 'producerSend'];
  const consumer = ['consumer', 'consumerRun', 'consumerSubscribe'];
  const keys = Object.keys(obj);
  const producerOnly = keys.filter((k) => inSection(k, producer) && !inSection(k, consumer)).length;
  const consumerOnly = keys.filter((k) => inSection(k, consumer) && !inSection(k, producer)).length;
  if (producerOnly > consumerOnly) return 'producer';
  if (consumerOnly > 0) return 'consumer';
  return 'client';
}

export function kafkajsConfigs(obj: Record<string, unknown>, file: string, keyLine: KeyLine): ConfigUnderReview[] {
  const base = { file, library: 'kafkajs', format: 'kafkajs' as const };
  const nested = Object.keys(obj).filter((k) => NESTED[k] && isRecord(obj[k]));
  if (nested.length === 0) {
    const section = flatKind(obj);
    const kind: ConfigKind = section === 'client' ? 'client' : section;
    return [{ ...base, kind, entries: entriesOf(obj, [], section, keyLine, '') }];
  }
  const client = entriesOf(obj, [], 'client', keyLine, '');
  const out: ConfigUnderReview[] = [];
  for (const section of ['producer', 'consumer'] as const) {
    const parts = nested.filter((k) => NESTED[k] === section);
    if (parts.length === 0) continue;
    const entries = [...client];
    for (const k of parts) entries.push(...entriesOf(obj[k] as Record<string, unknown>, [k], section, keyLine, `${k}.`));
    out.push({ ...base, kind: section, entries, label: section });
  }
  return out;
}
