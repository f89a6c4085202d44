// Names for one setting across clients. The design and the rules speak canonical Apache Kafka
// (Java client) names; librdkafka aliases and kafkajs options are mapped onto them here.
import { allSettingNames, kafkajsOptions, librdkafkaProperties } from './catalog.js';

/**
 * librdkafka property -> Java name, where librdkafka spells a setting differently. Derived from
 * librdkafka's own alias table (an alias whose name is the Java name points at the native name).
 */
function librdkafkaToJava(): Map<string, string> {
  const javaNames = new Set([...allSettingNames('producer'), ...allSettingNames('consumer'), ...allSettingNames('admin')]);
  const map = new Map<string, string>();
  for (const p of librdkafkaProperties()) {
    if (p.aliasOf && javaNames.has(p.name)) map.set(p.aliasOf, p.name);
  }
  // Native names with a Java counterpart under a third spelling.
  map.set('request.required.acks', 'acks');
  map.set('topic.metadata.refresh.interval.ms', 'metadata.max.age.ms');
  map.set('message.timeout.ms', 'delivery.timeout.ms');
  map.set('fetch.message.max.bytes', 'max.partition.fetch.bytes');
  map.set('fetch.wait.max.ms', 'fetch.max.wait.ms');
  return map;
}

let rdkafka: Map<string, string> | undefined;
let kafkajs: Map<string, string> | undefined;

/** Java name for a librdkafka property name (identity when librdkafka uses the Java name). */
export function javaNameForLibrdkafka(name: string): string {
  rdkafka ??= librdkafkaToJava();
  return rdkafka.get(name) ?? name;
}

/** Java name for a kafkajs option, when it has one. */
export function javaNameForKafkajs(option: string): string | undefined {
  kafkajs ??= new Map(
    Object.values(kafkajsOptions())
      .flat()
      .filter((o) => o.javaProperty)
      .map((o) => [o.option, o.javaProperty!]),
  );
  return kafkajs.get(option);
}

/** librdkafka spellings of a Java name (the name itself when librdkafka knows it, plus its native alias). */
export function librdkafkaNamesFor(javaName: string): string[] {
  rdkafka ??= librdkafkaToJava();
  const names = [...rdkafka.entries()].filter(([, j]) => j === javaName).map(([n]) => n);
  if (librdkafkaProperties().some((p) => p.name === javaName)) names.unshift(javaName);
  return [...new Set(names)];
}

/** kafkajs option names that stand for a Java name. */
export function kafkajsOptionsFor(javaName: string): string[] {
  return [
    ...new Set(
      Object.values(kafkajsOptions())
        .flat()
        .filter((o) => o.javaProperty === javaName)
        .map((o) => o.option),
    ),
  ];
}
