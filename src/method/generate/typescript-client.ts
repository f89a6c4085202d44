// How a generated kafkajs program opens its clients: the design's settings translated to the
// kafkajs call each belongs to (kafka.producer(), producer.send(), kafka.consumer(), subscribe(),
// run()), the event type and its codec (JSON, or Avro through the schema registry), the imports
// and the constants every program shares.
import { kafkajsConfig, type KafkajsPlace, type KafkajsSetting, type Literal, perInstanceTransactionalId, valuesFromEnvironment, type Setting, type Translation } from './client-config.js';
import { concat, indent, lines, oneLine, quote } from './files.js';
import type { GenerationPlan } from './plan.js';
import { avroSchema, recordFields } from './record.js';
import { typescriptSecurity } from './security.js';
import { TEMPLATES } from './templates.js';

export const KAFKAJS = TEMPLATES.typescript.kafkajs;

function ts(value: Literal): string {
  if (typeof value === 'object') return value.code;
  return typeof value === 'string' ? quote(value) : String(value);
}

export function translate(settings: readonly Setting[], role: 'producer' | 'consumer'): Translation<KafkajsSetting> {
  return valuesFromEnvironment(
    perInstanceTransactionalId(kafkajsConfig(settings, role), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)),
    (variable) => `process.env[${quote(variable)}] ?? ""`,
  );
}

/** The option lines for one kafkajs call; untranslated settings are listed where `withUntranslated` is set. */
export function options(t: Translation<KafkajsSetting>, place: KafkajsPlace, fixed: string[] = [], withUntranslated = false): string {
  // A fixed option wins over the design's: the program's correctness depends on it.
  const fixedNames = new Set(fixed.map((f) => f.split(':')[0]));
  return lines(
    ...fixed,
    ...t.settings.filter((s) => s.place === place && !fixedNames.has(s.name)).map((s) => `${s.name}: ${ts(s.value)}, // ${oneLine(s.why)}`),
    ...(withUntranslated ? t.untranslated.map((u) => `// ${u.name}=${u.value} not set: ${oneLine(u.reason)}. Design's reason: ${oneLine(u.why)}`) : []),
  );
}

function codec(avro: boolean, flow: string, key: string | null): string {
  if (!avro) return KAFKAJS.jsonCodec;
  return lines(
    '// Values are Avro, their schema kept in the schema registry so producers and consumers evolve it safely.',
    `const VALUE_SCHEMA = ${quote(avroSchema(flow, key))};`,
    'const registry = new SchemaRegistry({ host: process.env.SCHEMA_REGISTRY_URL ?? "http://localhost:8081" });',
    'let schemaId: number | undefined;',
    '',
    'async function encodeValue(event: Event, topic: string = TOPIC): Promise<Buffer> {',
    '  schemaId ??= (await registry.register({ type: SchemaType.AVRO, schema: VALUE_SCHEMA }, { subject: `${topic}-value` })).id;',
    '  return registry.encode(schemaId, event);',
    '}',
    '',
    'async function decodeValue(data: Buffer | null): Promise<Event | null> {',
    '  return data === null ? null : ((await registry.decode(data)) as Event);',
    '}',
  );
}

function eventType(key: string | null): string {
  return lines('interface Event {', ...recordFields(key).map((f) => `  ${f.name}: ${f.avroType === 'long' ? 'number' : 'string'}; // ${f.doc}`), '}');
}

export function header(names: string[], avro: boolean, extra: string[]): string {
  return lines(
    `import { ${[...names, 'type KafkaConfig'].sort().join(', ')} } from "kafkajs";`,
    'import { readFileSync } from "node:fs";',
    avro ? 'import { SchemaRegistry, SchemaType } from "@kafkajs/confluent-schema-registry";' : null,
    ...extra,
  );
}

export const SHUTDOWN = KAFKAJS.shutdown;

export const PRODUCER_SHUTDOWN = KAFKAJS.producerShutdown;

export const KEY_PARTITIONER = 'createPartitioner: Partitioners.DefaultPartitioner, // murmur2 like the Java client: a key lands on the same partition whichever client wrote it';

export const BROKERS = 'const BOOTSTRAP_SERVERS = (process.env.KAFKA_BOOTSTRAP_SERVERS ?? "localhost:9092").split(",");';
export const INSTANCE = lines('// Stable per instance across restarts, so a restarted instance fences its old self.', 'const INSTANCE_ID = process.env.INSTANCE_ID ?? hostname();');

/** What every program declares before its clients: the event type, the value codec, then the Kafka client (`t` gives its client-level options). */
export function programSetup(program: { program: string; flow: string; key: string | null; avro: boolean }, t: Translation<KafkajsSetting>, security: GenerationPlan['security']): string {
  return lines(eventType(program.key), '', codec(program.avro, program.flow, program.key), '', kafkaClient(program.program, t, security));
}

/** `const name = kafka.producer({...})` (or consumer): fixed options first, then the design's, untranslated ones as comments. */
export function clientDeclaration(name: string, role: 'producer' | 'consumer', t: Translation<KafkajsSetting>, fixed: string[] = []): string {
  return lines(`const ${name} = kafka.${role}({`, indent(options(t, role, fixed, true), 2), '});');
}

function kafkaClient(program: string, t: Translation<KafkajsSetting>, security: GenerationPlan['security']): string {
  return lines(
    'const kafka = new Kafka({',
    indent(
      options(t, 'client', [
        `clientId: ${quote(program)},`,
        'brokers: BOOTSTRAP_SERVERS, // where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)',
        'logLevel: logLevel.WARN,',
        '...securityOptions(), // ssl and sasl from the environment (securityOptions below)',
      ]),
      2,
    ),
    '});',
    '',
    typescriptSecurity(security),
  );
}
