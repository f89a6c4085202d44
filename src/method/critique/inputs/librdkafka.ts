// librdkafka-style configuration (confluent-kafka-python/go/javascript dicts in JSON or YAML, and
// Confluent's key=value .config templates) -> canonical entries. Names map to their Java
// counterparts; values stay as written (rules compare them through sameSettingValue).
import { javaNameForLibrdkafka } from '../../../knowledge/aliases.js';
import type { ConfigEntry, ConfigKind } from '../config-model.js';
import { librdkafkaProperty } from './names.js';
import type { RawEntry } from './properties.js';

export function librdkafkaEntries(raw: readonly RawEntry[]): ConfigEntry[] {
  return raw.map((r) => ({ name: javaNameForLibrdkafka(r.key), key: r.key, value: r.value, line: r.line }));
}

/** Producer when only producer properties appear, consumer when group.id or consumer properties do. */
export function librdkafkaKind(raw: readonly RawEntry[]): ConfigKind {
  let producer = false;
  let consumer = false;
  for (const r of raw) {
    if (r.key === 'group.id') consumer = true;
    const applies = librdkafkaProperty(r.key)?.appliesTo;
    if (applies === 'P') producer = true;
    if (applies === 'C') consumer = true;
  }
  if (producer && consumer) return 'client';
  return producer ? 'producer' : consumer ? 'consumer' : 'client';
}
