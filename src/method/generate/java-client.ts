// What every generated Java client class shares: the properties block (fixed entries, then the
// design's settings), serializers and the record codec (JSON, or Avro through the schema
// registry), the imports and the class header.
import { javaClientConfig, perInstanceTransactionalId, valuesFromEnvironment, type Setting } from './client-config.js';
import { concat, lines, oneLine, quote } from './files.js';
import { avroSchema, recordFields } from './record.js';
import { TEMPLATES } from './templates.js';

export const JAVA = TEMPLATES.java.kafkaClients;

/** props.put lines: fixed entries (name, Java expression, why), then the design's settings. */
export function properties(variable: string, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  const t = valuesFromEnvironment(
    perInstanceTransactionalId(javaClientConfig(settings), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)),
    (variable) => `env(${quote(variable)}, "")`,
  );
  return lines(
    `Properties ${variable} = new Properties();`,
    ...fixed.map(([k, v, why]) => `${variable}.put(${quote(k)}, ${v}); // ${oneLine(why)}`),
    ...t.settings.map((s) => `${variable}.put(${quote(s.name)}, ${typeof s.value === 'object' ? s.value.code : quote(String(s.value))}); // ${oneLine(s.why)}`),
    `${variable}.putAll(Security.settings()); // connection security from the environment (Security.java)`,
  );
}

export const BOOTSTRAP: [string, string, string] = ['bootstrap.servers', 'BOOTSTRAP_SERVERS', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];

export function serializers(avro: boolean, role: 'producer' | 'consumer'): Array<[string, string, string]> {
  const s = role === 'producer' ? 'Serializer' : 'Deserializer';
  const key: [string, string, string] = [`key.${s.toLowerCase()}`, `String${s}.class.getName()`, 'keys are UTF-8 strings, so every client hashes them alike'];
  if (!avro) return [key, [`value.${s.toLowerCase()}`, `ByteArray${s}.class.getName()`, 'values are JSON bytes, encoded by the program']];
  return [
    key,
    [`value.${s.toLowerCase()}`, `KafkaAvro${s}.class.getName()`, 'values are Avro, their schema kept in the schema registry'],
    ['schema.registry.url', 'SCHEMA_REGISTRY_URL', 'where the schema registry is (env SCHEMA_REGISTRY_URL)'],
  ];
}

export function valueType(avro: boolean): string {
  return avro ? 'GenericRecord' : 'byte[]';
}

export function codec(avro: boolean, flow: string, key: string | null): string {
  const fields = recordFields(key);
  if (!avro) return JAVA.jsonCodec;
  return lines(
    `static final Schema VALUE_SCHEMA = new Schema.Parser().parse(${quote(avroSchema(flow, key))});`,
    '',
    'static GenericRecord encodeValue(Map<String, Object> event) {',
    '  GenericRecord record = new GenericData.Record(VALUE_SCHEMA);',
    ...fields.map((f) => `  record.put(${quote(f.name)}, event.get(${quote(f.name)}));`),
    '  return record;',
    '}',
    '',
    '/** A null value is a tombstone: the key was deleted. */',
    'static Map<String, Object> decodeValue(GenericRecord record) {',
    '  if (record == null) return null;',
    '  Map<String, Object> event = new LinkedHashMap<>();',
    ...fields.map((f) => `  event.put(${quote(f.name)}, ${f.avroType === 'string' ? `String.valueOf(record.get(${quote(f.name)}))` : `record.get(${quote(f.name)})`});`),
    '  return event;',
    '}',
  );
}

export function imports(avro: boolean): string {
  return [
    'java.io.IOException',
    'java.nio.charset.StandardCharsets',
    'java.time.Duration',
    'java.util.*',
    'java.util.concurrent.ExecutionException',
    'java.util.concurrent.ExecutorService',
    'java.util.concurrent.Executors',
    'java.util.concurrent.Future',
    'java.util.concurrent.atomic.AtomicBoolean',
    'java.util.concurrent.atomic.AtomicReference',
    'org.apache.kafka.clients.consumer.*',
    'org.apache.kafka.clients.producer.*',
    'org.apache.kafka.common.KafkaException',
    'org.apache.kafka.common.TopicPartition',
    'org.apache.kafka.common.errors.*',
    'org.apache.kafka.common.header.Header',
    'org.apache.kafka.common.serialization.*',
    ...(avro
      ? [
          'io.confluent.kafka.serializers.KafkaAvroDeserializer',
          'io.confluent.kafka.serializers.KafkaAvroSerializer',
          'org.apache.avro.Schema',
          'org.apache.avro.generic.GenericData',
          'org.apache.avro.generic.GenericRecord',
        ]
      : ['com.fasterxml.jackson.core.type.TypeReference', 'com.fasterxml.jackson.databind.ObjectMapper']),
  ]
    .sort()
    .map((i) => `import ${i};`)
    .join('\n');
}

export const ENV = JAVA.env;

export function classHeader(pkg: string, doc: string[], avro: boolean): string {
  return lines(`package ${pkg};`, '', imports(avro), '', '/**', ...doc.map((d) => ` * ${d}`), ' */');
}
