// Java programs for the Apache Kafka client (kafka-clients): one producer and one consumer class
// per flow, a Maven pom.xml and a README. The Java client takes the design's names as they are.
// Static Java lives in templates/java/ ($V is the value type there); failure paths come from the plan.
import { javaClientConfig, perInstanceTransactionalId, valuesFromEnvironment, type Setting } from './client-config.js';
import { concat, type GeneratedFile, indent, kebabCase, lines, oneLine, pascalCase, quote, snakeCase } from './files.js';
import type { ConsumerPlan, FailureAction, GenerationPlan, ProducerPlan } from './plan.js';
import { avroSchema, EVENT_ID_HEADER, recordFields } from './record.js';
import { javaSecurity } from './security.js';
import { JACKSON_VERSION, kafkaArtifactVersion, mavenPom, SLF4J_VERSION } from './maven.js';
import { projectReadme, type ReadmeProgram } from './readme.js';
import { consumerHelpers, fill, TEMPLATES } from './templates.js';

const JAVA = TEMPLATES.java.kafkaClients;

/** props.put lines: fixed entries (name, Java expression, why), then the design's settings. */
function properties(variable: string, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  const t = valuesFromEnvironment(perInstanceTransactionalId(javaClientConfig(settings), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)), (variable) => `env(${quote(variable)}, "")`);
  return lines(
    `Properties ${variable} = new Properties();`,
    ...fixed.map(([k, v, why]) => `${variable}.put(${quote(k)}, ${v}); // ${oneLine(why)}`),
    ...t.settings.map((s) => `${variable}.put(${quote(s.name)}, ${typeof s.value === 'object' ? s.value.code : quote(String(s.value))}); // ${oneLine(s.why)}`),
    `${variable}.putAll(Security.settings()); // connection security from the environment (Security.java)`,
  );
}

const BOOTSTRAP: [string, string, string] = ['bootstrap.servers', 'BOOTSTRAP_SERVERS', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];

function serializers(avro: boolean, role: 'producer' | 'consumer'): Array<[string, string, string]> {
  const s = role === 'producer' ? 'Serializer' : 'Deserializer';
  const key: [string, string, string] = [`key.${s.toLowerCase()}`, `String${s}.class.getName()`, 'keys are UTF-8 strings, so every client hashes them alike'];
  if (!avro) return [key, [`value.${s.toLowerCase()}`, `ByteArray${s}.class.getName()`, 'values are JSON bytes, encoded by the program']];
  return [
    key,
    [`value.${s.toLowerCase()}`, `KafkaAvro${s}.class.getName()`, 'values are Avro, their schema kept in the schema registry'],
    ['schema.registry.url', 'SCHEMA_REGISTRY_URL', 'where the schema registry is (env SCHEMA_REGISTRY_URL)'],
  ];
}

function valueType(avro: boolean): string {
  return avro ? 'GenericRecord' : 'byte[]';
}

function codec(avro: boolean, flow: string, key: string | null): string {
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

function imports(avro: boolean): string {
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
      ? ['io.confluent.kafka.serializers.KafkaAvroDeserializer', 'io.confluent.kafka.serializers.KafkaAvroSerializer', 'org.apache.avro.Schema', 'org.apache.avro.generic.GenericData', 'org.apache.avro.generic.GenericRecord']
      : ['com.fasterxml.jackson.core.type.TypeReference', 'com.fasterxml.jackson.databind.ObjectMapper']),
  ].sort().map((i) => `import ${i};`).join('\n');
}

const ENV = JAVA.env;

function classHeader(pkg: string, doc: string[], avro: boolean): string {
  return lines(`package ${pkg};`, '', imports(avro), '', '/**', ...doc.map((d) => ` * ${d}`), ' */');
}

function producerClass(plan: GenerationPlan, pkg: string, p: ProducerPlan): string {
  const cls = pascalCase(p.program);
  const keyField = p.key ? snakeCase(p.key) : null;
  const names = { $V: valueType(p.avro) };
  const send = fill(JAVA.send, {
    key: keyField ? `String key = ${quote(`${keyField}-`)} + (seq % KEY_COUNT);` : 'String key = null; // unkeyed: records spread over partitions',
    keyField: keyField && `event.put(${quote(keyField)}, key);`,
  }, names);
  const loop = p.transactional
    ? fill(JAVA.transactions, { send })
    : lines('for (int seq = 0; seq < MESSAGE_COUNT && running.get(); seq++) {', indent(send, 2), '}');
  return lines(
    classHeader(pkg, [
      `${p.flow} producer: writes ${p.key ? `events keyed by ${p.key}` : 'unkeyed events'} to ${p.topic}. Delivery: ${p.delivery}.`,
      `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
      'It sends MESSAGE_COUNT test events over KEY_COUNT keys; replace the loop with your own source.',
    ], p.avro),
    `public final class ${cls} {`,
    indent(lines(
      `static final String TOPIC = ${quote(p.topic)};`,
      'static final String BOOTSTRAP_SERVERS = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");',
      p.avro ? 'static final String SCHEMA_REGISTRY_URL = env("SCHEMA_REGISTRY_URL", "http://localhost:8081");' : null,
      'static final int MESSAGE_COUNT = Integer.parseInt(env("MESSAGE_COUNT", "1000"));',
      'static final int KEY_COUNT = Integer.parseInt(env("KEY_COUNT", "10"));',
      p.transactional ? 'static final int TRANSACTION_SIZE = 100;' : null,
      p.transactional ? '/** Stable per instance across restarts, so a restarted instance fences its old self. */' : null,
      p.transactional ? 'static final String INSTANCE_ID = env("INSTANCE_ID", env("HOSTNAME", "instance-0"));' : null,
      '',
      codec(p.avro, p.flow, p.key),
      '',
      'public static void main(String[] args) throws Exception {',
      indent(fill(JAVA.producerMain, { props: properties('props', [BOOTSTRAP, ...serializers(p.avro, 'producer')], p.settings), loop }, names), 2),
      '}',
      '',
      ENV,
    ), 2),
    '}',
    '',
  );
}


function sendAside(c: ConsumerPlan): string {
  return fill(JAVA.sendAside, {}, { $V: valueType(c.avro) });
}

/** The Java constant naming each side topic. */
const SIDE_CONSTANT = { 'dead-letter': 'DEAD_LETTER_TOPIC', pending: 'PENDING_TOPIC' } as const;

function handleMethod(c: ConsumerPlan): string {
  const onFailure = (action: FailureAction) => (action.action === 'drop'
    ? 'System.err.println("dropped (at-most-once): " + e);'
    : action.action === 'move-aside' ? `sendAside(sideProducer, ${SIDE_CONSTANT[action.to]}, record, e);` : 'throw e; // no side topic: stop rather than skip the record');
  return fill(JAVA.handle, {
    skipSeen: c.idempotent && lines(
      `String eventId = header(record, ${quote(EVENT_ID_HEADER)});`,
      'if (eventId == null && event != null) eventId = (String) event.get("event_id");',
      'if (eventId != null && SEEN_EVENTS.contains(eventId)) return; // already processed: a redelivery',
    ),
    updateState: c.compactedState && lines('if (event == null) STATE.remove(key);', 'else STATE.put(key, event);'),
    waitForRate: c.rateLimitPerSecond !== null && 'acquireRate();',
    process: c.failure.retryInPlace ? JAVA.retryInPlace : 'process(key, event, record);',
    permanent: onFailure(c.failure.permanent),
    transient: onFailure(c.failure.transient),
    remember: c.idempotent && 'if (eventId != null) SEEN_EVENTS.add(eventId);',
  }, { $V: valueType(c.avro) });
}

/** The generated method that handles a batch with a pool of handlers, one key at a time when key-ordered. */
function parallelMethod(c: ConsumerPlan): string {
  const keyOrdered = c.parallel!.keyOrdered;
  return fill(JAVA.parallel, {
    doc: lines(
      '/**',
      keyOrdered
        ? ' * Key-ordered parallel processing: one chain of records per key, run on the handler pool, so a'
        : ' * Parallel processing: the records are dealt into chains in turn (order does not matter for this',
      keyOrdered
        ? " * key's records are handled in order while different keys run at once. Returns when every chain"
        : ' * flow) and run on the handler pool. Returns when every chain',
      ' * has finished, and throws the first failure then, so the caller commits nothing of a failed batch.',
      ' */',
    ),
    lane: keyOrdered ? 'String lane = String.valueOf(batch.get(i).key());' : 'String lane = String.valueOf(i % HANDLERS);',
  }, { $V: valueType(c.avro) });
}

/** The names the consumer templates use: the value type and the side producer (or null). */
function consumerNames(c: ConsumerPlan): Record<string, string> {
  return { $V: valueType(c.avro), $sideProducer: c.failure.movesAside ? 'sideProducer' : 'null' };
}

function parallelLoop(c: ConsumerPlan): string {
  return fill(JAVA.parallelLoop, {
    handle: c.commit === 'before-processing'
      ? lines(
        '// At-most-once: the offsets are committed before processing, so a crash skips the batch',
        '// rather than repeating it.',
        'consumer.commitSync(nextOffsets(batch));',
        'try {',
        '  handleInParallel(batch, handlers, null);',
        '} catch (Exception e) {',
        '  System.err.println("dropped (at-most-once): " + e);',
        '}',
      )
      : lines(
        `handleInParallel(batch, handlers, ${consumerNames(c).$sideProducer}); // throws: nothing of this batch is committed`,
        '// At-least-once: the whole batch was handled before its offsets are committed.',
        'consumer.commitSync(nextOffsets(batch));',
      ),
  }, consumerNames(c));
}

const NEXT_OFFSETS = JAVA.nextOffsets;

function consumeLoop(c: ConsumerPlan): string {
  return fill(c.commit === 'before-processing' ? JAVA.atMostOnceLoop : JAVA.atLeastOnceLoop, {}, consumerNames(c));
}

function processorLoop(c: ConsumerPlan): string {
  return fill(JAVA.processorLoop, {}, consumerNames(c));
}

function consumerClass(plan: GenerationPlan, pkg: string, c: ConsumerPlan): string {
  const cls = pascalCase(c.program);
  const vt = valueType(c.avro);
  const processor = c.output !== null;
  const side = Boolean(c.deadLetterTopic || c.pendingTopic);
  const commitText = {
    'after-processing': 'offsets are committed only after a record is processed.',
    'before-processing': 'offsets are committed before processing: a crash skips records, never repeats them.',
    transaction: 'input offsets are committed in the same transaction as the results (exactly-once within Kafka).',
  }[c.commit];
  const producerProps = (variable: string, settings: readonly Setting[]) => properties(variable, [BOOTSTRAP, ...serializers(c.avro, 'producer')], settings);
  return lines(
    classHeader(pkg, [
      `${c.flow} ${processor ? 'processor' : 'consumer'}: reads ${c.topic} as group ${c.groupId}${processor ? `, writes results to ${c.output!.topic}` : ''}.`,
      `Delivery: ${c.delivery}; ${commitText}`,
      `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    ], c.avro),
    `public final class ${cls} {`,
    indent(lines(
      `static final String TOPIC = ${quote(c.topic)};`,
      processor ? `static final String OUTPUT_TOPIC = ${quote(c.output!.topic)};` : null,
      c.deadLetterTopic ? `static final String DEAD_LETTER_TOPIC = ${quote(c.deadLetterTopic)};` : null,
      c.pendingTopic ? `static final String PENDING_TOPIC = ${quote(c.pendingTopic)};` : null,
      'static final String BOOTSTRAP_SERVERS = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");',
      c.avro ? 'static final String SCHEMA_REGISTRY_URL = env("SCHEMA_REGISTRY_URL", "http://localhost:8081");' : null,
      '/** Stop after this many records; 0 runs until stopped. */',
      'static final long MAX_MESSAGES = Long.parseLong(env("MAX_MESSAGES", "0"));',
      processor ? null : 'static final int RETRY_ATTEMPTS = 5;',
      c.rateLimitPerSecond !== null ? `static final double RATE_LIMIT_PER_SECOND = Double.parseDouble(env("RATE_LIMIT_PER_SECOND", "${c.rateLimitPerSecond}"));` : null,
      c.parallel ? `/** Records handled at once (the design's concurrency). */\nstatic final int HANDLERS = Integer.parseInt(env("HANDLERS", "${c.parallel.handlers}"));` : null,
      processor ? '/** Stable per instance across restarts, so a restarted instance fences its old self. */' : null,
      processor ? 'static final String INSTANCE_ID = env("INSTANCE_ID", env("HOSTNAME", "instance-0"));' : null,
      '',
      codec(c.avro, c.flow, c.key),
      '',
      processor
        ? lines(
          '/** Your processing: turn an input event into the result to write. Keep it free of outside side',
          ' * effects; only the Kafka writes are covered by the transaction. */',
          'static Map<String, Object> transform(Map<String, Object> event) {',
          '  return new LinkedHashMap<>(event);',
          '}',
        )
        : lines(consumerHelpers(c, JAVA), '', side ? sendAside(c) : null, side ? '' : null, handleMethod(c)),
      '',
      c.parallel ? parallelMethod(c) : null,
      c.parallel ? '' : null,
      c.commit !== 'after-processing' || c.parallel ? NEXT_OFFSETS : null,
      c.commit !== 'after-processing' || c.parallel ? '' : null,
      'public static void main(String[] args) throws Exception {',
      indent(lines(
        properties('props', [
          BOOTSTRAP,
          ['group.id', quote(c.groupId), 'instances of this program share the partitions of the topic'],
          ...serializers(c.avro, 'consumer'),
        ], c.settings),
        c.avro ? 'props.put("specific.avro.reader", "false"); // values are read as GenericRecord' : null,
        processor ? producerProps('producerProps', c.output!.settings) : null,
        side ? producerProps('sideProps', c.sideProducerSettings) : null,
        '',
        'long handled = 0;',
        `KafkaConsumer<String, ${vt}> consumer = new KafkaConsumer<>(props);`,
        'Thread main = Thread.currentThread();',
        '// On SIGTERM or Ctrl-C: wake the consumer out of poll(), then wait for it to commit and close.',
        'Runtime.getRuntime().addShutdownHook(new Thread(() -> {',
        '  consumer.wakeup();',
        '  try {',
        '    main.join();',
        '  } catch (InterruptedException e) {',
        '    Thread.currentThread().interrupt();',
        '  }',
        '}));',
        processor ? `try (consumer; KafkaProducer<String, ${vt}> producer = new KafkaProducer<>(producerProps)) {`
          : side ? `try (consumer; KafkaProducer<String, ${vt}> sideProducer = new KafkaProducer<>(sideProps)) {`
            : 'try (consumer) {',
        indent(processor ? processorLoop(c) : c.parallel ? parallelLoop(c) : consumeLoop(c), 2),
        '} catch (WakeupException e) {',
        '  // Shutting down: close() below leaves the group so partitions move at once.',
        '}',
      ), 2),
      '}',
      '',
      ENV,
    ), 2),
    '}',
    '',
  );
}

function pom(plan: GenerationPlan, pkg: string, avro: boolean): string {
  return mavenPom({
    groupId: pkg,
    artifactId: kebabCase(plan.name),
    repositories: avro ? lines(
      '  <repositories>',
      '    <!-- The Avro serializer and schema registry client are published by Confluent. -->',
      '    <repository>',
      '      <id>confluent</id>',
      '      <url>https://packages.confluent.io/maven/</url>',
      '    </repository>',
      '  </repositories>',
    ) : null,
    dependenciesNote: `The client of the design's Kafka version (${plan.kafkaVersion}).`,
    dependencies: [
      { group: 'org.apache.kafka', artifact: 'kafka-clients', version: kafkaArtifactVersion(plan.kafkaVersion) },
      avro ? { group: 'io.confluent', artifact: 'kafka-avro-serializer', version: '7.7.1' } : { group: 'com.fasterxml.jackson.core', artifact: 'jackson-databind', version: JACKSON_VERSION },
      { group: 'org.slf4j', artifact: 'slf4j-simple', version: SLF4J_VERSION },
    ],
  });
}

function javaPackage(plan: GenerationPlan): string {
  return `app.${snakeCase(plan.name)}`;
}

export function renderJava(plan: GenerationPlan, dir: string): GeneratedFile[] {
  const pkg = javaPackage(plan);
  const src = `${dir}/src/main/java/${pkg.replace(/\./g, '/')}`;
  const files: GeneratedFile[] = [];
  const programs: ReadmeProgram[] = [];
  const run = (cls: string) => `mvn -q exec:java -Dexec.mainClass=${pkg}.${cls}`;
  for (const p of plan.producers) {
    const cls = pascalCase(p.program);
    files.push({ path: `${src}/${cls}.java`, contents: producerClass(plan, pkg, p), description: `${p.flow} producer (kafka-clients)` });
    programs.push({ kind: 'producer', flow: p.flow, topic: p.topic, run: run(cls) });
  }
  for (const c of plan.consumers) {
    const cls = pascalCase(c.program);
    files.push({ path: `${src}/${cls}.java`, contents: consumerClass(plan, pkg, c), description: `${c.flow} ${c.output ? 'processor' : 'consumer'} (kafka-clients)` });
    programs.push({ kind: c.output ? 'processor' : 'consumer', flow: c.flow, topic: c.topic, run: run(cls) });
  }
  files.push({ path: `${src}/Security.java`, contents: javaSecurity(plan.security, pkg, plan.kafkaVersion), description: 'connection security from the environment' });
  const avro = [...plan.producers, ...plan.consumers].some((x) => x.avro);
  files.push({ path: `${dir}/pom.xml`, contents: pom(plan, pkg, avro), description: 'Maven build with kafka-clients' });
  files.push({
    path: `${dir}/README.md`,
    contents: projectReadme(plan, {
      language: 'Java',
      library: 'the Apache Kafka client (kafka-clients)',
      setup: ['mvn -q compile'],
      programs,
      avro,
      rendersParallel: true,
      checked: "kafka-specialist's tests parse every generated Java file with a Java parser (the npm package java-parser); they do not compile it, because kafka-clients is not installable on the machines the tests run on. Run `mvn compile` once before relying on it.",
    }),
    description: 'how to run the Java programs',
  });
  return files;
}
