// Java programs for the Apache Kafka client (kafka-clients): one producer and one consumer class
// per flow, a Maven pom.xml and a README. The Java client takes the design's names as they are.
import { javaClientConfig, perInstanceTransactionalId, valuesFromEnvironment, type Setting } from './client-config.js';
import { concat, type GeneratedFile, indent, kebabCase, lines, oneLine, pascalCase, quote, snakeCase } from './files.js';
import type { ConsumerPlan, GenerationPlan, ProducerPlan } from './plan.js';
import { avroSchema, EVENT_ID_HEADER, recordFields } from './record.js';
import { javaSecurity } from './security.js';
import { projectReadme, type ReadmeProgram } from './readme.js';

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
  if (!avro) {
    return lines(
      'static final ObjectMapper JSON = new ObjectMapper();',
      '',
      'static byte[] encodeValue(Map<String, Object> event) throws IOException {',
      '  return JSON.writeValueAsBytes(event);',
      '}',
      '',
      '/** A null value is a tombstone: the key was deleted. */',
      'static Map<String, Object> decodeValue(byte[] data) throws IOException {',
      '  return data == null ? null : JSON.readValue(data, new TypeReference<Map<String, Object>>() {});',
      '}',
    );
  }
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

const ENV = lines(
  'static String env(String name, String fallback) {',
  '  String value = System.getenv(name);',
  '  return value == null || value.isEmpty() ? fallback : value;',
  '}',
);

function classHeader(pkg: string, doc: string[], avro: boolean): string {
  return lines(`package ${pkg};`, '', imports(avro), '', '/**', ...doc.map((d) => ` * ${d}`), ' */');
}

function producerClass(plan: GenerationPlan, pkg: string, p: ProducerPlan): string {
  const cls = pascalCase(p.program);
  const keyField = p.key ? snakeCase(p.key) : null;
  const send = lines(
    'String eventId = UUID.randomUUID().toString();',
    keyField ? `String key = ${quote(`${keyField}-`)} + (seq % KEY_COUNT);` : 'String key = null; // unkeyed: records spread over partitions',
    'Map<String, Object> event = new LinkedHashMap<>();',
    'event.put("event_id", eventId);',
    keyField ? `event.put(${quote(keyField)}, key);` : null,
    'event.put("seq", (long) seq);',
    'event.put("created_at", System.currentTimeMillis());',
    `ProducerRecord<String, ${valueType(p.avro)}> record = new ProducerRecord<>(TOPIC, key, encodeValue(event));`,
    `record.headers().add(${quote(EVENT_ID_HEADER)}, eventId.getBytes(StandardCharsets.UTF_8));`,
    '// Every record is checked: a failed delivery makes the program exit non-zero.',
    'producer.send(record, (metadata, exception) -> {',
    '  if (exception != null) failure.compareAndSet(null, exception);',
    '});',
  );
  const loop = p.transactional
    ? lines(
      '// Each batch is one transaction: consumers reading committed data see all of it or none.',
      'producer.initTransactions();',
      'for (int start = 0; start < MESSAGE_COUNT && running.get(); start += TRANSACTION_SIZE) {',
      '  producer.beginTransaction();',
      '  try {',
      '    for (int seq = start; seq < Math.min(start + TRANSACTION_SIZE, MESSAGE_COUNT); seq++) {',
      indent(send, 6),
      '    }',
      '    producer.commitTransaction();',
      '  } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {',
      '    throw fatal; // another instance took over this transactional.id, or access is denied: stop',
      '  } catch (KafkaException e) {',
      '    // The transaction cannot commit: abort it and send the same batch again.',
      '    producer.abortTransaction();',
      '    start -= TRANSACTION_SIZE;',
      '  }',
      '}',
    )
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
      indent(lines(
        properties('props', [BOOTSTRAP, ...serializers(p.avro, 'producer')], p.settings),
        '',
        'AtomicBoolean running = new AtomicBoolean(true);',
        'AtomicReference<Exception> failure = new AtomicReference<>();',
        'Thread main = Thread.currentThread();',
        '// On SIGTERM or Ctrl-C: stop sending, then wait while close() delivers what is in flight.',
        'Runtime.getRuntime().addShutdownHook(new Thread(() -> {',
        '  running.set(false);',
        '  try {',
        '    main.join();',
        '  } catch (InterruptedException e) {',
        '    Thread.currentThread().interrupt();',
        '  }',
        '}));',
        `try (KafkaProducer<String, ${valueType(p.avro)}> producer = new KafkaProducer<>(props)) {`,
        indent(loop, 2),
        '  producer.flush(); // waits for every outstanding delivery',
        '}',
        'if (failure.get() != null) {',
        '  System.err.println("delivery failed: " + failure.get());',
        '  System.exit(1);',
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

function consumerHelpers(c: ConsumerPlan): string {
  return lines(
    '/** Processing failed for a passing reason (timeout, 503): retrying may succeed. */',
    'static final class TransientException extends RuntimeException {',
    '  TransientException(String message) { super(message); }',
    '}',
    '',
    '/** Processing can never succeed for this record (bad data): retrying is pointless. */',
    'static final class PermanentException extends RuntimeException {',
    '  PermanentException(String message) { super(message); }',
    '}',
    '',
    c.idempotent ? lines(
      '/**',
      ' * Event ids already processed. Redelivery after a rebalance or crash is normal under',
      ' * at-least-once; skipping seen ids makes processing idempotent. In production keep the ids in the',
      ' * same database transaction as the side effect (a unique key on event_id).',
      ' */',
      'static final Set<String> SEEN_EVENTS = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {',
      '  @Override',
      '  protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {',
      '    return size() > 100_000;',
      '  }',
      '}));',
      '',
    ) : null,
    c.rateLimitPerSecond !== null ? lines(
      '/** Keeps calls under the downstream limit: waits for a slot instead of being throttled. */',
      'static long nextSlotNanos = System.nanoTime();',
      'static synchronized void acquireRate() throws InterruptedException {',
      '  if (RATE_LIMIT_PER_SECOND <= 0) return;',
      '  long now = System.nanoTime();',
      '  if (nextSlotNanos > now) Thread.sleep((nextSlotNanos - now) / 1_000_000);',
      '  nextSlotNanos = Math.max(nextSlotNanos, now) + (long) (1_000_000_000L / RATE_LIMIT_PER_SECOND);',
      '}',
      '',
    ) : null,
    c.compactedState ? lines(
      '/** The topic is compacted state: the latest value per key. A tombstone (null value) deletes the key. */',
      'static final Map<String, Map<String, Object>> STATE = Collections.synchronizedMap(new HashMap<>());',
      '',
    ) : null,
    'static String header(ConsumerRecord<?, ?> record, String name) {',
    '  Header h = record.headers().lastHeader(name);',
    '  return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);',
    '}',
    '',
    '/** Your business logic. Throw TransientException or PermanentException when it fails. */',
    'static void process(String key, Map<String, Object> event, ConsumerRecord<?, ?> record) throws IOException {',
    '  Map<String, Object> line = new LinkedHashMap<>();',
    '  line.put("key", key);',
    '  line.put("seq", event == null ? null : event.get("seq"));',
    '  line.put("event_id", event == null ? null : event.get("event_id"));',
    '  line.put("partition", record.partition());',
    '  line.put("offset", record.offset());',
    '  System.out.println(line);',
    '}',
  );
}

function sendAside(c: ConsumerPlan): string {
  return lines(
    '/** Moves a record to a side topic (dead letters, pending retries) and waits until it is stored. */',
    `static void sendAside(KafkaProducer<String, ${valueType(c.avro)}> producer, String topic, ConsumerRecord<String, ${valueType(c.avro)}> record, Exception reason) throws Exception {`,
    `  ProducerRecord<String, ${valueType(c.avro)}> aside = new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());`,
    '  aside.headers().add("error.reason", String.valueOf(reason).getBytes(StandardCharsets.UTF_8));',
    '  aside.headers().add("source.topic", record.topic().getBytes(StandardCharsets.UTF_8));',
    '  aside.headers().add("source.partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));',
    '  aside.headers().add("source.offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));',
    '  // The offset is committed only after the record is safe in the side topic.',
    '  producer.send(aside).get();',
    '}',
  );
}

function handleMethod(c: ConsumerPlan): string {
  const onFailure = (target: string | null) => (c.commit === 'before-processing'
    ? '  System.err.println("dropped (at-most-once): " + e);'
    : target ? `  sendAside(sideProducer, ${target}, record, e);` : '  throw e; // no side topic: stop rather than skip the record');
  return lines(
    `static void handle(ConsumerRecord<String, ${valueType(c.avro)}> record, KafkaProducer<String, ${valueType(c.avro)}> sideProducer) throws Exception {`,
    indent(lines(
      'String key = record.key();',
      'Map<String, Object> event = decodeValue(record.value());',
      c.idempotent ? lines(
        `String eventId = header(record, ${quote(EVENT_ID_HEADER)});`,
        'if (eventId == null && event != null) eventId = (String) event.get("event_id");',
        'if (eventId != null && SEEN_EVENTS.contains(eventId)) return; // already processed: a redelivery',
      ) : null,
      c.compactedState ? lines('if (event == null) STATE.remove(key);', 'else STATE.put(key, event);') : null,
      c.rateLimitPerSecond !== null ? 'acquireRate();' : null,
      'try {',
      c.pendingTopic || c.commit === 'before-processing'
        ? '  process(key, event, record);'
        : lines(
          '  // Retry passing failures in place, briefly: the partition waits, so order per key holds.',
          '  for (int attempt = 0; ; attempt++) {',
          '    try {',
          '      process(key, event, record);',
          '      break;',
          '    } catch (TransientException e) {',
          '      if (attempt == RETRY_ATTEMPTS - 1) throw e;',
          '      Thread.sleep(100L << attempt);',
          '    }',
          '  }',
        ),
      '} catch (PermanentException e) {',
      onFailure(c.deadLetterTopic ? 'DEAD_LETTER_TOPIC' : null),
      '} catch (TransientException e) {',
      onFailure(c.pendingTopic ? 'PENDING_TOPIC' : c.deadLetterTopic ? 'DEAD_LETTER_TOPIC' : null),
      '}',
      c.idempotent ? 'if (eventId != null) SEEN_EVENTS.add(eventId);' : null,
    ), 2),
    '}',
  );
}

/** The generated method that handles a batch with a pool of handlers, one key at a time when key-ordered. */
function parallelMethod(c: ConsumerPlan): string {
  const vt = valueType(c.avro);
  return lines(
    '/**',
    c.parallel!.keyOrdered
      ? ' * Key-ordered parallel processing: one chain of records per key, run on the handler pool, so a'
      : ' * Parallel processing: the records are dealt into chains in turn (order does not matter for this',
    c.parallel!.keyOrdered
      ? " * key's records are handled in order while different keys run at once. Returns when every chain"
      : ' * flow) and run on the handler pool. Returns when every chain',
    ' * has finished, and throws the first failure then, so the caller commits nothing of a failed batch.',
    ' */',
    `static void handleInParallel(List<ConsumerRecord<String, ${vt}>> batch, ExecutorService handlers, KafkaProducer<String, ${vt}> sideProducer) throws Exception {`,
    `  Map<String, List<ConsumerRecord<String, ${vt}>>> chains = new LinkedHashMap<>();`,
    '  for (int i = 0; i < batch.size(); i++) {',
    c.parallel!.keyOrdered ? '    String lane = String.valueOf(batch.get(i).key());' : '    String lane = String.valueOf(i % HANDLERS);',
    '    chains.computeIfAbsent(lane, k -> new ArrayList<>()).add(batch.get(i));',
    '  }',
    '  List<Future<?>> running = new ArrayList<>();',
    `  for (List<ConsumerRecord<String, ${vt}>> chain : chains.values()) {`,
    '    running.add(handlers.submit(() -> {',
    `      for (ConsumerRecord<String, ${vt}> record : chain) handle(record, sideProducer);`,
    '      return null;',
    '    }));',
    '  }',
    '  Exception first = null;',
    '  for (Future<?> chain : running) {',
    '    try {',
    '      chain.get();',
    '    } catch (ExecutionException e) {',
    '      if (first == null) first = e;',
    '    }',
    '  }',
    '  if (first != null) throw first;',
    '}',
  );
}

function parallelLoop(c: ConsumerPlan): string {
  const vt = valueType(c.avro);
  const side = Boolean(c.deadLetterTopic || c.pendingTopic) && c.commit !== 'before-processing';
  return lines(
    '// Each batch is committed before the next poll, so a rebalance finds nothing handled and uncommitted.',
    'consumer.subscribe(List.of(TOPIC));',
    'ExecutorService handlers = Executors.newFixedThreadPool(HANDLERS);',
    'try {',
    '  while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {',
    `    List<ConsumerRecord<String, ${vt}>> batch = new ArrayList<>();`,
    `    for (ConsumerRecord<String, ${vt}> record : consumer.poll(Duration.ofSeconds(1))) {`,
    '      if (MAX_MESSAGES == 0 || handled + batch.size() < MAX_MESSAGES) batch.add(record);',
    '    }',
    '    if (batch.isEmpty()) continue;',
    c.commit === 'before-processing'
      ? lines(
        '    // At-most-once: the offsets are committed before processing, so a crash skips the batch',
        '    // rather than repeating it.',
        '    consumer.commitSync(nextOffsets(batch));',
        '    try {',
        '      handleInParallel(batch, handlers, null);',
        '    } catch (Exception e) {',
        '      System.err.println("dropped (at-most-once): " + e);',
        '    }',
      )
      : lines(
        `    handleInParallel(batch, handlers, ${side ? 'sideProducer' : 'null'}); // throws: nothing of this batch is committed`,
        '    // At-least-once: the whole batch was handled before its offsets are committed.',
        '    consumer.commitSync(nextOffsets(batch));',
      ),
    '    handled += batch.size();',
    '  }',
    '} finally {',
    '  handlers.shutdown();',
    '}',
  );
}

const NEXT_OFFSETS = lines(
  '/** The offsets to commit: one past the last record of each partition in the batch. */',
  'static Map<TopicPartition, OffsetAndMetadata> nextOffsets(Iterable<? extends ConsumerRecord<?, ?>> records) {',
  '  Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();',
  '  for (ConsumerRecord<?, ?> record : records) {',
  '    offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),',
  '        (a, b) -> a.offset() >= b.offset() ? a : b);',
  '  }',
  '  return offsets;',
  '}',
);

function consumeLoop(c: ConsumerPlan): string {
  const vt = valueType(c.avro);
  const side = Boolean(c.deadLetterTopic || c.pendingTopic);
  if (c.commit === 'before-processing') {
    return lines(
      'consumer.subscribe(List.of(TOPIC));',
      'while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {',
      `  ConsumerRecords<String, ${vt}> records = consumer.poll(Duration.ofSeconds(1));`,
      '  if (records.isEmpty()) continue;',
      '  // At-most-once: the offsets are committed before processing, so a crash skips the batch',
      '  // rather than repeating it.',
      '  consumer.commitSync(nextOffsets(records));',
      `  for (ConsumerRecord<String, ${vt}> record : records) {`,
      '    handle(record, null);',
      '    if (MAX_MESSAGES != 0 && ++handled >= MAX_MESSAGES) break;',
      '  }',
      '}',
    );
  }
  return lines(
    'Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();',
    'consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {',
    '  @Override',
    '  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {',
    '    // Commit what was processed before the partitions move to another instance.',
    '    Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>(done);',
    '    revoked.keySet().retainAll(partitions);',
    '    if (!revoked.isEmpty()) consumer.commitSync(revoked);',
    '    done.keySet().removeAll(partitions);',
    '  }',
    '',
    '  @Override',
    '  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}',
    '});',
    'try {',
    '  while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {',
    `    ConsumerRecords<String, ${vt}> records = consumer.poll(Duration.ofSeconds(1));`,
    `    for (ConsumerRecord<String, ${vt}> record : records) {`,
    `      handle(record, ${side ? 'sideProducer' : 'null'});`,
    '      // At-least-once: a record counts as done only after it was processed.',
    '      done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));',
    '      if (MAX_MESSAGES != 0 && ++handled >= MAX_MESSAGES) break;',
    '    }',
    '    if (!done.isEmpty()) {',
    '      consumer.commitSync(done);',
    '      done.clear();',
    '    }',
    '  }',
    '} finally {',
    '  if (!done.isEmpty()) consumer.commitSync(done);',
    '}',
  );
}

function processorLoop(c: ConsumerPlan): string {
  const vt = valueType(c.avro);
  return lines(
    'producer.initTransactions();',
    'consumer.subscribe(List.of(TOPIC));',
    'while (MAX_MESSAGES == 0 || handled < MAX_MESSAGES) {',
    `  ConsumerRecords<String, ${vt}> records = consumer.poll(Duration.ofSeconds(1));`,
    '  if (records.isEmpty()) continue;',
    '  // Results and input offsets commit together in one transaction, or not at all.',
    '  producer.beginTransaction();',
    '  try {',
    `    for (ConsumerRecord<String, ${vt}> record : records) {`,
    '      Map<String, Object> result = transform(decodeValue(record.value()));',
    `      ProducerRecord<String, ${vt}> out = new ProducerRecord<>(OUTPUT_TOPIC, record.key(), encodeValue(result));`,
    `      out.headers().add(${quote(EVENT_ID_HEADER)}, String.valueOf(result.get("event_id")).getBytes(StandardCharsets.UTF_8));`,
    '      producer.send(out); // a failed send makes commitTransaction() throw, so the batch is retried',
    '    }',
    '    producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());',
    '    producer.commitTransaction();',
    '    handled += records.count();',
    '  } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {',
    '    throw fatal; // another instance took over this transactional.id, or access is denied: stop',
    '  } catch (KafkaException e) {',
    '    // Abort, then rewind to the first record of each partition so the batch is processed again.',
    '    producer.abortTransaction();',
    '    for (TopicPartition tp : records.partitions()) consumer.seek(tp, records.records(tp).get(0).offset());',
    '  }',
    '}',
  );
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
        : lines(consumerHelpers(c), '', side ? sendAside(c) : null, side ? '' : null, handleMethod(c)),
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

function kafkaClientsVersion(kafkaVersion: string): string {
  return /^\d+\.\d+$/.test(kafkaVersion) ? `${kafkaVersion}.0` : kafkaVersion;
}

function pom(plan: GenerationPlan, pkg: string, avro: boolean): string {
  const dep = (group: string, artifact: string, version: string) => lines(
    '    <dependency>',
    `      <groupId>${group}</groupId>`,
    `      <artifactId>${artifact}</artifactId>`,
    `      <version>${version}</version>`,
    '    </dependency>',
  );
  return lines(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">',
    '  <modelVersion>4.0.0</modelVersion>',
    `  <groupId>${pkg}</groupId>`,
    `  <artifactId>${kebabCase(plan.name)}</artifactId>`,
    '  <version>0.1.0</version>',
    '  <properties>',
    '    <maven.compiler.release>17</maven.compiler.release>',
    '    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>',
    '  </properties>',
    avro ? lines(
      '  <repositories>',
      '    <!-- The Avro serializer and schema registry client are published by Confluent. -->',
      '    <repository>',
      '      <id>confluent</id>',
      '      <url>https://packages.confluent.io/maven/</url>',
      '    </repository>',
      '  </repositories>',
    ) : null,
    '  <dependencies>',
    `    <!-- The client of the design's Kafka version (${plan.kafkaVersion}). -->`,
    dep('org.apache.kafka', 'kafka-clients', kafkaClientsVersion(plan.kafkaVersion)),
    avro ? dep('io.confluent', 'kafka-avro-serializer', '7.7.1') : dep('com.fasterxml.jackson.core', 'jackson-databind', '2.17.2'),
    dep('org.slf4j', 'slf4j-simple', '2.0.13'),
    '  </dependencies>',
    '</project>',
    '',
  );
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
