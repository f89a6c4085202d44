// The consumer side of the kafkajs programs: the handler (its failure paths come from the plan),
// parallel handlers, the run loop for each commit mode, and the read-process-write loop of a
// transactional processor. The loops themselves are TypeScript in templates/typescript/; this
// module chooses them and fills their slots.
import type { KafkajsSetting, Translation } from './client-config.js';
import { indent, lines, quote } from './files.js';
import { commitMeaning, type ConsumerPlan, type FailureCode, failureCode, type GenerationPlan } from './plan.js';
import { EVENT_ID_HEADER } from './record.js';
import { consumerHelpers, fill } from './templates.js';
import { BROKERS, clientDeclaration, header, INSTANCE, KAFKAJS, options, programSetup, SHUTDOWN, translate } from './typescript-client.js';

const SEND_ASIDE = KAFKAJS.sendAside;

const FAILURE_CODE: FailureCode = {
  drop: 'console.error(`dropped (at-most-once): ${String(error)}`);',
  aside: (topic) => `await sendAside(${topic}, topic, partition, message, error);`,
  raise: 'throw error; // no side topic: stop rather than skip the record',
};

function handleFunction(c: ConsumerPlan): string {
  return fill(KAFKAJS.handle, {
    skipSeen:
      c.idempotent &&
      lines(`const eventId = message.headers?.${EVENT_ID_HEADER}?.toString() ?? event?.event_id;`, 'if (eventId !== undefined && seenEvents.has(eventId)) return; // already processed: a redelivery'),
    updateState: c.compactedState && lines('if (key !== null) {', '  if (event === null) state.delete(key);', '  else state.set(key, event);', '}'),
    waitForRate: c.rateLimitPerSecond !== null && 'await acquireRate();',
    process: c.failure.retryInPlace ? KAFKAJS.retryInPlace : 'await processRecord(key, event, partition, message);',
    permanent: failureCode(c.failure.permanent, FAILURE_CODE),
    transient: failureCode(c.failure.transient, FAILURE_CODE),
    remember: c.idempotent && 'if (eventId !== undefined) remember(eventId);',
  });
}

function runOptions(t: Translation<KafkajsSetting>, extra: string[]): string {
  return options(t, 'run', extra);
}

/** The generated helper that handles a batch with parallel handlers, one key at a time when key-ordered. */
function parallelHelper(c: ConsumerPlan): string {
  const keyOrdered = c.parallel!.keyOrdered;
  return fill(KAFKAJS.parallel, {
    doc: lines(
      '/**',
      keyOrdered
        ? ' * Key-ordered parallel processing: one chain of records per key, HANDLERS chains at a time, so a'
        : ' * Parallel processing: the records are dealt into HANDLERS chains that run at the same time (order',
      keyOrdered ? " * key's records are handled in order while different keys run in parallel. Resolves when every" : ' * does not matter for this flow). Resolves when every',
      ' * record is handled; rejects with the first failure once the other chains have finished.',
      ' */',
    ),
    lane: keyOrdered ? 'const lane = message.key === null ? "" : message.key.toString("utf8");' : 'const lane = String(i % HANDLERS);',
  });
}

function consumerRun(c: ConsumerPlan, t: Translation<KafkajsSetting>): string {
  const resolveByProgram = 'eachBatchAutoResolve: false, // offsets are committed by the program';
  if (c.parallel) {
    const atMostOnce = c.commit === 'before-processing';
    const commit = 'await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: nextOffset(last) }]);';
    return indent(
      fill(KAFKAJS.parallelRun, {
        options: runOptions(t, [resolveByProgram]),
        before: atMostOnce
          ? lines('// At-most-once: the offsets are committed before processing, so a crash skips the batch', '// rather than repeating it.', commit)
          : lines('// At-least-once: the whole batch is handled before its offsets are committed, so a failure', '// or a crash commits none of it and it is fetched again.'),
        after: !atMostOnce && commit,
      }),
      2,
    );
  }
  if (c.commit === 'before-processing') return indent(fill(KAFKAJS.atMostOnceRun, { options: runOptions(t, [resolveByProgram]) }), 2);
  return indent(fill(KAFKAJS.atLeastOnceRun, { options: runOptions(t, ['eachBatchAutoResolve: false, // an offset is resolved only after its record is processed']) }), 2);
}

function processorRun(c: ConsumerPlan, t: Translation<KafkajsSetting>, out: Translation<KafkajsSetting>): string {
  return indent(
    fill(KAFKAJS.processorRun, {
      options: runOptions(t, ['autoCommit: false, // input offsets are committed inside the transaction', 'eachBatchAutoResolve: false,']),
      result: `results.push({ key: message.key, value: await encodeValue(result${c.avro ? ', OUTPUT_TOPIC' : ''}), headers: { ${EVENT_ID_HEADER}: result.event_id } });`,
      sendOptions: options(out, 'send', ['topic: OUTPUT_TOPIC,']),
    }),
    2,
  );
}

/** The kafkajs clients a consumer program uses: its consumer, a transactional processor's producer, a producer for side topics. */
interface Clients {
  consumer: Translation<KafkajsSetting>;
  producer: Translation<KafkajsSetting> | null;
  side: Translation<KafkajsSetting> | null;
}

export function consumerProgram(plan: GenerationPlan, c: ConsumerPlan): string {
  const t = translate(c.settings, 'consumer');
  const processor = c.output !== null;
  const clients: Clients = {
    consumer: t,
    producer: processor ? translate(c.output!.settings, 'producer') : null,
    side: c.deadLetterTopic || c.pendingTopic ? translate(c.sideProducerSettings, 'producer') : null,
  };
  const commitText = commitMeaning(c.commit);
  return lines(
    `// ${c.flow} ${processor ? 'processor' : 'consumer'}: reads ${c.topic} as group ${c.groupId}${processor ? `, writes results to ${c.output!.topic}` : ''}.`,
    `// Delivery: ${c.delivery}; ${commitText}`,
    `// Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    header(kafkajsNames(clients), c.avro, processor ? ['import { hostname } from "node:os";'] : []),
    '',
    constants(c),
    '',
    programSetup(c, t, plan.security),
    '',
    clientDeclaration('consumer', 'consumer', t, ['groupId: GROUP_ID, // instances of this program share the partitions of the topic']),
    clients.producer ? lines('', clientDeclaration('producer', 'producer', clients.producer)) : null,
    clients.side ? lines('', '// Writes dead-letter and pending records.', clientDeclaration('sideProducer', 'producer', clients.side)) : null,
    '',
    SHUTDOWN,
    '',
    COUNTING,
    '',
    processor ? TRANSFORM : lines(consumerHelpers(c, KAFKAJS), '', clients.side ? SEND_ASIDE : null, clients.side ? '' : null, handleFunction(c), c.parallel ? lines('', parallelHelper(c)) : null),
    '',
    mainFunction(c, clients),
    '',
  );
}

/** What the program imports from kafkajs: the assigners and compression codecs only where a setting names them. */
function kafkajsNames({ consumer, producer, side }: Clients): string[] {
  const names = ['Kafka', 'logLevel', 'type KafkaMessage'];
  const all = [consumer, producer, side].filter((x): x is Translation<KafkajsSetting> => x !== null);
  if (all.some((x) => x.settings.some((s) => typeof s.value === 'object' && s.value.code.includes('PartitionAssigners')))) names.push('PartitionAssigners');
  if (all.some((x) => x.settings.some((s) => typeof s.value === 'object' && s.value.code.includes('CompressionTypes')))) names.push('CompressionTypes');
  return names;
}

function constants(c: ConsumerPlan): Array<string | null> {
  const processor = c.output !== null;
  return [
    `const TOPIC = ${quote(c.topic)};`,
    processor ? `const OUTPUT_TOPIC = ${quote(c.output!.topic)};` : null,
    c.deadLetterTopic ? `const DEAD_LETTER_TOPIC = ${quote(c.deadLetterTopic)};` : null,
    c.pendingTopic ? `const PENDING_TOPIC = ${quote(c.pendingTopic)};` : null,
    `const GROUP_ID = ${quote(c.groupId)};`,
    BROKERS,
    '// Stop after this many records; 0 runs until stopped.',
    'const MAX_MESSAGES = Number(process.env.MAX_MESSAGES ?? "0");',
    processor ? null : 'const RETRY_ATTEMPTS = 5;',
    c.rateLimitPerSecond !== null ? `const RATE_LIMIT_PER_SECOND = Number(process.env.RATE_LIMIT_PER_SECOND ?? "${c.rateLimitPerSecond}");` : null,
    c.parallel ? `const HANDLERS = Number(process.env.HANDLERS ?? "${c.parallel.handlers}"); // records handled at once (the design's concurrency)` : null,
    processor ? INSTANCE : null,
  ];
}

/** Counting handled records against MAX_MESSAGES, and the offset to commit after a record. */
const COUNTING = lines(
  'let handled = 0;',
  'let finish: () => void = () => undefined;',
  'const finished = new Promise<void>((resolve) => (finish = resolve));',
  'function remaining(): number {',
  '  return !running ? 0 : MAX_MESSAGES === 0 ? Number.MAX_SAFE_INTEGER : Math.max(0, MAX_MESSAGES - handled);',
  '}',
  'function count(): void {',
  '  handled += 1;',
  '  if (MAX_MESSAGES !== 0 && handled >= MAX_MESSAGES) finish();',
  '}',
  '',
  '/** The offset to commit after a record: the next one. */',
  'function nextOffset(offset: string): string {',
  '  return (BigInt(offset) + 1n).toString();',
  '}',
);

/** A processor's stand-in for the user's processing. */
const TRANSFORM = lines(
  '/** Your processing: turn an input event into the result to write. Keep it free of outside side',
  ' * effects; only the Kafka writes are covered by the transaction. */',
  'function transform(event: Event | null): Event {',
  '  if (event === null) throw new Error("a tombstone has no result");',
  '  return { ...event };',
  '}',
);

/** main(): connect, subscribe, run the loop until stopped or MAX_MESSAGES, then leave the group. */
function mainFunction(c: ConsumerPlan, { consumer: t, producer, side }: Clients): string {
  return lines(
    'async function main(): Promise<void> {',
    producer ? '  await producer.connect();' : null,
    side ? '  await sideProducer.connect();' : null,
    '  await consumer.connect();',
    '  await consumer.subscribe({',
    indent(options(t, 'subscribe', ['topics: [TOPIC],']), 4),
    '  });',
    '  consumer.on(consumer.events.CRASH, ({ payload }) => {',
    '    // kafkajs restarts after retriable errors; any other crash ends the program, for a supervisor to restart.',
    '    if (!payload.restart) {',
    '      console.error(payload.error);',
    '      process.exit(1);',
    '    }',
    '  });',
    producer ? processorRun(c, t, producer) : consumerRun(c, t),
    '  await Promise.race([stopped, finished]);',
    '  running = false;',
    '  // disconnect() waits for the batch in hand, commits, and leaves the group so partitions move at once.',
    '  await consumer.disconnect();',
    producer ? '  await producer.disconnect();' : null,
    side ? '  await sideProducer.disconnect();' : null,
    '}',
    '',
    'main().catch((error: unknown) => {',
    '  console.error(error);',
    '  process.exit(1);',
    '});',
  );
}
