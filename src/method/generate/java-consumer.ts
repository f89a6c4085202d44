// The generated Java consumer class: the poll loop (one record at a time, or in parallel per key
// with ordered offsets), the handler with its failure paths (retry, dead letter, pending topic)
// and the commits the delivery guarantee asks for.
import { type Setting } from './client-config.js';
import { indent, lines, pascalCase, quote } from './files.js';
import { commitMeaning, type ConsumerPlan, type FailureCode, failureCode, type GenerationPlan } from './plan.js';
import { EVENT_ID_HEADER } from './record.js';
import { consumerHelpers, fill } from './templates.js';
import { BOOTSTRAP, classHeader, codec, ENV, JAVA, properties, serializers, valueType } from './java-client.js';

function sendAside(c: ConsumerPlan): string {
  return fill(JAVA.sendAside, {}, { $V: valueType(c.avro) });
}

const FAILURE_CODE: FailureCode = {
  drop: 'System.err.println("dropped (at-most-once): " + e);',
  aside: (topic) => `sendAside(sideProducer, ${topic}, record, e);`,
  raise: 'throw e; // no side topic: stop rather than skip the record',
};

function handleMethod(c: ConsumerPlan): string {
  return fill(
    JAVA.handle,
    {
      skipSeen:
        c.idempotent &&
        lines(
          `String eventId = header(record, ${quote(EVENT_ID_HEADER)});`,
          'if (eventId == null && event != null) eventId = (String) event.get("event_id");',
          'if (eventId != null && SEEN_EVENTS.contains(eventId)) return; // already processed: a redelivery',
        ),
      updateState: c.compactedState && lines('if (event == null) STATE.remove(key);', 'else STATE.put(key, event);'),
      waitForRate: c.rateLimitPerSecond !== null && 'acquireRate();',
      process: c.failure.retryInPlace ? JAVA.retryInPlace : 'process(key, event, record);',
      permanent: failureCode(c.failure.permanent, FAILURE_CODE),
      transient: failureCode(c.failure.transient, FAILURE_CODE),
      remember: c.idempotent && 'if (eventId != null) SEEN_EVENTS.add(eventId);',
    },
    { $V: valueType(c.avro) },
  );
}

/** The generated method that handles a batch with a pool of handlers, one key at a time when key-ordered. */
function parallelMethod(c: ConsumerPlan): string {
  const keyOrdered = c.parallel!.keyOrdered;
  return fill(
    JAVA.parallel,
    {
      doc: lines(
        '/**',
        keyOrdered
          ? ' * Key-ordered parallel processing: one chain of records per key, run on the handler pool, so a'
          : ' * Parallel processing: the records are dealt into chains in turn (order does not matter for this',
        keyOrdered ? " * key's records are handled in order while different keys run at once. Returns when every chain" : ' * flow) and run on the handler pool. Returns when every chain',
        ' * has finished, and throws the first failure then, so the caller commits nothing of a failed batch.',
        ' */',
      ),
      lane: keyOrdered ? 'String lane = String.valueOf(batch.get(i).key());' : 'String lane = String.valueOf(i % HANDLERS);',
    },
    { $V: valueType(c.avro) },
  );
}

/** The names the consumer templates use: the value type and the side producer (or null). */
function consumerNames(c: ConsumerPlan): Record<string, string> {
  return { $V: valueType(c.avro), $sideProducer: c.failure.movesAside ? 'sideProducer' : 'null' };
}

function parallelLoop(c: ConsumerPlan): string {
  return fill(
    JAVA.parallelLoop,
    {
      handle:
        c.commit === 'before-processing'
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
    },
    consumerNames(c),
  );
}

const NEXT_OFFSETS = JAVA.nextOffsets;

function consumeLoop(c: ConsumerPlan): string {
  return fill(c.commit === 'before-processing' ? JAVA.atMostOnceLoop : JAVA.atLeastOnceLoop, {}, consumerNames(c));
}

function processorLoop(c: ConsumerPlan): string {
  return fill(JAVA.processorLoop, {}, consumerNames(c));
}

export function consumerClass(plan: GenerationPlan, pkg: string, c: ConsumerPlan): string {
  const cls = pascalCase(c.program);
  const vt = valueType(c.avro);
  const processor = c.output !== null;
  const side = Boolean(c.deadLetterTopic || c.pendingTopic);
  const commitText = commitMeaning(c.commit);
  const producerProps = (variable: string, settings: readonly Setting[]) => properties(variable, [BOOTSTRAP, ...serializers(c.avro, 'producer')], settings);
  return lines(
    classHeader(
      pkg,
      [
        `${c.flow} ${processor ? 'processor' : 'consumer'}: reads ${c.topic} as group ${c.groupId}${processor ? `, writes results to ${c.output!.topic}` : ''}.`,
        `Delivery: ${c.delivery}; ${commitText}`,
        `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
      ],
      c.avro,
    ),
    `public final class ${cls} {`,
    indent(
      lines(
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
        indent(
          lines(
            properties('props', [BOOTSTRAP, ['group.id', quote(c.groupId), 'instances of this program share the partitions of the topic'], ...serializers(c.avro, 'consumer')], c.settings),
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
            processor
              ? `try (consumer; KafkaProducer<String, ${vt}> producer = new KafkaProducer<>(producerProps)) {`
              : side
                ? `try (consumer; KafkaProducer<String, ${vt}> sideProducer = new KafkaProducer<>(sideProps)) {`
                : 'try (consumer) {',
            indent(processor ? processorLoop(c) : c.parallel ? parallelLoop(c) : consumeLoop(c), 2),
            '} catch (WakeupException e) {',
            '  // Shutting down: close() below leaves the group so partitions move at once.',
            '}',
          ),
          2,
        ),
        '}',
        '',
        ENV,
      ),
      2,
    ),
    '}',
    '',
  );
}
