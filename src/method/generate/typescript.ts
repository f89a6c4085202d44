// TypeScript programs for kafkajs: one producer and one consumer per flow, package.json,
// tsconfig.json and a README. kafkajs spreads settings over several calls (kafka.producer(),
// producer.send(), kafka.consumer(), subscribe(), run()); client-config says which goes where.
// Static TypeScript lives in templates/typescript/; failure paths come from the plan.
import { kafkajsConfig, type KafkajsPlace, type KafkajsSetting, type Literal, perInstanceTransactionalId, valuesFromEnvironment, type Setting, type Translation } from './client-config.js';
import { concat, type GeneratedFile, indent, kebabCase, lines, oneLine, quote, snakeCase } from './files.js';
import type { ConsumerPlan, FailureAction, GenerationPlan, ProducerPlan } from './plan.js';
import { avroSchema, EVENT_ID_HEADER, recordFields } from './record.js';
import { projectReadme, type ReadmeProgram } from './readme.js';
import { typescriptSecurity } from './security.js';
import { consumerHelpers, fill, TEMPLATES } from './templates.js';

const KAFKAJS = TEMPLATES.typescript.kafkajs;

function ts(value: Literal): string {
  if (typeof value === 'object') return value.code;
  return typeof value === 'string' ? quote(value) : String(value);
}

function translate(settings: readonly Setting[], role: 'producer' | 'consumer'): Translation<KafkajsSetting> {
  return valuesFromEnvironment(perInstanceTransactionalId(kafkajsConfig(settings, role), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)), (variable) => `process.env[${quote(variable)}] ?? ""`);
}

/** The option lines for one kafkajs call; untranslated settings are listed where `withUntranslated` is set. */
function options(t: Translation<KafkajsSetting>, place: KafkajsPlace, fixed: string[] = [], withUntranslated = false): string {
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

function header(names: string[], avro: boolean, extra: string[]): string {
  return lines(
    `import { ${[...names, 'type KafkaConfig'].sort().join(', ')} } from "kafkajs";`,
    'import { readFileSync } from "node:fs";',
    avro ? 'import { SchemaRegistry, SchemaType } from "@kafkajs/confluent-schema-registry";' : null,
    ...extra,
  );
}

const SHUTDOWN = KAFKAJS.shutdown;

const PRODUCER_SHUTDOWN = KAFKAJS.producerShutdown;

const KEY_PARTITIONER = 'createPartitioner: Partitioners.DefaultPartitioner, // murmur2 like the Java client: a key lands on the same partition whichever client wrote it';

const BROKERS = 'const BOOTSTRAP_SERVERS = (process.env.KAFKA_BOOTSTRAP_SERVERS ?? "localhost:9092").split(",");';
const INSTANCE = lines(
  '// Stable per instance across restarts, so a restarted instance fences its old self.',
  'const INSTANCE_ID = process.env.INSTANCE_ID ?? hostname();',
);

function kafkaClient(program: string, t: Translation<KafkajsSetting>, security: GenerationPlan['security']): string {
  return lines(
    'const kafka = new Kafka({',
    indent(options(t, 'client', [`clientId: ${quote(program)},`, 'brokers: BOOTSTRAP_SERVERS, // where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)', 'logLevel: logLevel.WARN,', '...securityOptions(), // ssl and sasl from the environment (securityOptions below)']), 2),
    '});',
    '',
    typescriptSecurity(security),
  );
}

function producerProgram(plan: GenerationPlan, p: ProducerPlan): string {
  const t = translate(p.settings, 'producer');
  const keyField = p.key ? snakeCase(p.key) : null;
  const sendOptions = options(t, 'send', ['topic: TOPIC,', 'messages,']);
  const send = p.transactional
    ? lines(
      '// Each batch is one transaction: consumers reading committed data see all of it or none.',
      'const transaction = await producer.transaction();',
      'try {',
      indent(lines('await transaction.send({', indent(sendOptions, 2), '});', 'await transaction.commit();'), 2),
      '} catch (error) {',
      '  await transaction.abort();',
      '  throw error;',
      '}',
    )
    : lines(
      '// send() resolves once the broker acknowledged every record, and rejects otherwise.',
      'await producer.send({',
      indent(sendOptions, 2),
      '});',
    );
  return lines(
    `// ${p.flow} producer: writes ${p.key ? `events keyed by ${p.key}` : 'unkeyed events'} to ${p.topic}. Delivery: ${p.delivery}.`,
    `// Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    '// It sends MESSAGE_COUNT test events over KEY_COUNT keys; replace the loop with your own source.',
    header(['Kafka', 'logLevel', 'type Message', ...(p.key ? ['Partitioners'] : []), ...(t.settings.some((s) => typeof s.value === 'object' && s.value.code.startsWith('CompressionTypes')) ? ['CompressionTypes'] : [])], p.avro, [
      'import { randomUUID } from "node:crypto";',
      p.transactional ? 'import { hostname } from "node:os";' : null,
    ].filter((x): x is string => x !== null)),
    '',
    `const TOPIC = ${quote(p.topic)};`,
    BROKERS,
    'const MESSAGE_COUNT = Number(process.env.MESSAGE_COUNT ?? "1000");',
    'const KEY_COUNT = Number(process.env.KEY_COUNT ?? "10");',
    '// Records per send() call: kafkajs has no linger.ms, so the program batches records itself.',
    'const SEND_BATCH = 100;',
    p.transactional ? INSTANCE : null,
    '',
    eventType(p.key),
    '',
    codec(p.avro, p.flow, p.key),
    '',
    kafkaClient(p.program, t, plan.security),
    '',
    'const producer = kafka.producer({',
    indent(options(t, 'producer', p.key ? [KEY_PARTITIONER] : [], true), 2),
    '});',
    '',
    PRODUCER_SHUTDOWN,
    '',
    fill(KAFKAJS.producerMain, {
      event: lines(
        keyField ? `const key = \`${keyField}-\${seq % KEY_COUNT}\`;` : null,
        `const event: Event = { event_id: eventId, ${keyField ? `${keyField}: key, ` : ''}seq, created_at: Date.now() };`,
        keyField
          ? `messages.push({ key, value: await encodeValue(event), headers: { ${EVENT_ID_HEADER}: eventId } }); // string keys hash like every other client's`
          : `messages.push({ value: await encodeValue(event), headers: { ${EVENT_ID_HEADER}: eventId } });`,
      ),
      send,
    }),
    '',
  );
}


const SEND_ASIDE = KAFKAJS.sendAside;

/** The TypeScript constant naming each side topic. */
const SIDE_CONSTANT = { 'dead-letter': 'DEAD_LETTER_TOPIC', pending: 'PENDING_TOPIC' } as const;

function handleFunction(c: ConsumerPlan): string {
  const onFailure = (action: FailureAction) => (action.action === 'drop'
    ? 'console.error(`dropped (at-most-once): ${String(error)}`);'
    : action.action === 'move-aside' ? `await sendAside(${SIDE_CONSTANT[action.to]}, topic, partition, message, error);` : 'throw error; // no side topic: stop rather than skip the record');
  return fill(KAFKAJS.handle, {
    skipSeen: c.idempotent && lines(
      `const eventId = message.headers?.${EVENT_ID_HEADER}?.toString() ?? event?.event_id;`,
      'if (eventId !== undefined && seenEvents.has(eventId)) return; // already processed: a redelivery',
    ),
    updateState: c.compactedState && lines('if (key !== null) {', '  if (event === null) state.delete(key);', '  else state.set(key, event);', '}'),
    waitForRate: c.rateLimitPerSecond !== null && 'await acquireRate();',
    process: c.failure.retryInPlace ? KAFKAJS.retryInPlace : 'await processRecord(key, event, partition, message);',
    permanent: onFailure(c.failure.permanent),
    transient: onFailure(c.failure.transient),
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
      keyOrdered
        ? " * key's records are handled in order while different keys run in parallel. Resolves when every"
        : ' * does not matter for this flow). Resolves when every',
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
    return indent(fill(KAFKAJS.parallelRun, {
      options: runOptions(t, [resolveByProgram]),
      before: atMostOnce
        ? lines('// At-most-once: the offsets are committed before processing, so a crash skips the batch', '// rather than repeating it.', commit)
        : lines('// At-least-once: the whole batch is handled before its offsets are committed, so a failure', '// or a crash commits none of it and it is fetched again.'),
      after: !atMostOnce && commit,
    }), 2);
  }
  if (c.commit === 'before-processing') return indent(fill(KAFKAJS.atMostOnceRun, { options: runOptions(t, [resolveByProgram]) }), 2);
  return indent(fill(KAFKAJS.atLeastOnceRun, { options: runOptions(t, ['eachBatchAutoResolve: false, // an offset is resolved only after its record is processed']) }), 2);
}

function processorRun(c: ConsumerPlan, t: Translation<KafkajsSetting>, out: Translation<KafkajsSetting>): string {
  return indent(fill(KAFKAJS.processorRun, {
    options: runOptions(t, ['autoCommit: false, // input offsets are committed inside the transaction', 'eachBatchAutoResolve: false,']),
    result: `results.push({ key: message.key, value: await encodeValue(result${c.avro ? ', OUTPUT_TOPIC' : ''}), headers: { ${EVENT_ID_HEADER}: result.event_id } });`,
    sendOptions: options(out, 'send', ['topic: OUTPUT_TOPIC,']),
  }), 2);
}

function consumerProgram(plan: GenerationPlan, c: ConsumerPlan): string {
  const t = translate(c.settings, 'consumer');
  const processor = c.output !== null;
  const out = processor ? translate(c.output!.settings, 'producer') : null;
  const sideTopics = Boolean(c.deadLetterTopic || c.pendingTopic);
  const side = sideTopics ? translate(c.sideProducerSettings, 'producer') : null;
  const commitText = {
    'after-processing': 'offsets are committed only after a record is processed.',
    'before-processing': 'offsets are committed before processing: a crash skips records, never repeats them.',
    transaction: 'input offsets are committed in the same transaction as the results (exactly-once within Kafka).',
  }[c.commit];
  const kafkajsNames = ['Kafka', 'logLevel', 'type KafkaMessage'];
  const all = [t, out, side].filter((x): x is Translation<KafkajsSetting> => x !== null);
  if (all.some((x) => x.settings.some((s) => typeof s.value === 'object' && s.value.code.includes('PartitionAssigners')))) kafkajsNames.push('PartitionAssigners');
  if (all.some((x) => x.settings.some((s) => typeof s.value === 'object' && s.value.code.includes('CompressionTypes')))) kafkajsNames.push('CompressionTypes');
  return lines(
    `// ${c.flow} ${processor ? 'processor' : 'consumer'}: reads ${c.topic} as group ${c.groupId}${processor ? `, writes results to ${c.output!.topic}` : ''}.`,
    `// Delivery: ${c.delivery}; ${commitText}`,
    `// Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    header(kafkajsNames, c.avro, processor ? ['import { hostname } from "node:os";'] : []),
    '',
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
    '',
    eventType(c.key),
    '',
    codec(c.avro, c.flow, c.key),
    '',
    kafkaClient(c.program, t, plan.security),
    '',
    'const consumer = kafka.consumer({',
    indent(options(t, 'consumer', ['groupId: GROUP_ID, // instances of this program share the partitions of the topic'], true), 2),
    '});',
    processor ? lines('', 'const producer = kafka.producer({', indent(options(out!, 'producer', [], true), 2), '});') : null,
    side ? lines('', '// Writes dead-letter and pending records.', 'const sideProducer = kafka.producer({', indent(options(side, 'producer', [], true), 2), '});') : null,
    '',
    SHUTDOWN,
    '',
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
    '',
    processor
      ? lines(
        '/** Your processing: turn an input event into the result to write. Keep it free of outside side',
        ' * effects; only the Kafka writes are covered by the transaction. */',
        'function transform(event: Event | null): Event {',
        '  if (event === null) throw new Error("a tombstone has no result");',
        '  return { ...event };',
        '}',
      )
      : lines(consumerHelpers(c, KAFKAJS), '', sideTopics ? SEND_ASIDE : null, sideTopics ? '' : null, handleFunction(c), c.parallel ? lines('', parallelHelper(c)) : null),
    '',
    'async function main(): Promise<void> {',
    processor ? '  await producer.connect();' : null,
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
    processor ? processorRun(c, t, out!) : consumerRun(c, t),
    '  await Promise.race([stopped, finished]);',
    '  running = false;',
    '  // disconnect() waits for the batch in hand, commits, and leaves the group so partitions move at once.',
    '  await consumer.disconnect();',
    processor ? '  await producer.disconnect();' : null,
    side ? '  await sideProducer.disconnect();' : null,
    '}',
    '',
    'main().catch((error: unknown) => {',
    '  console.error(error);',
    '  process.exit(1);',
    '});',
    '',
  );
}

export function renderTypescript(plan: GenerationPlan, dir: string): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const programs: ReadmeProgram[] = [];
  for (const p of plan.producers) {
    const name = kebabCase(p.program);
    files.push({ path: `${dir}/src/${name}.ts`, contents: producerProgram(plan, p), description: `${p.flow} producer (kafkajs)` });
    programs.push({ kind: 'producer', flow: p.flow, topic: p.topic, run: `node dist/${name}.js` });
  }
  for (const c of plan.consumers) {
    const name = kebabCase(c.program);
    files.push({ path: `${dir}/src/${name}.ts`, contents: consumerProgram(plan, c), description: `${c.flow} ${c.output ? 'processor' : 'consumer'} (kafkajs)` });
    programs.push({ kind: c.output ? 'processor' : 'consumer', flow: c.flow, topic: c.topic, run: `node dist/${name}.js` });
  }
  const avro = [...plan.producers, ...plan.consumers].some((x) => x.avro);
  files.push({
    path: `${dir}/package.json`,
    contents: JSON.stringify({
      name: kebabCase(plan.name),
      version: '0.1.0',
      private: true,
      type: 'module',
      scripts: { build: 'tsc -p tsconfig.json' },
      dependencies: { kafkajs: '^2.2.4', ...(avro ? { '@kafkajs/confluent-schema-registry': '^4.1.0' } : {}) },
      devDependencies: { '@types/node': '^20.0.0', typescript: '^5.4.0' },
    }, null, 2) + '\n',
    description: 'npm package with kafkajs',
  });
  files.push({
    path: `${dir}/tsconfig.json`,
    contents: JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true,
        noUncheckedIndexedAccess: true, outDir: 'dist', rootDir: 'src', skipLibCheck: true, types: ['node'],
      },
      include: ['src'],
    }, null, 2) + '\n',
    description: 'TypeScript compiler settings (strict)',
  });
  files.push({
    path: `${dir}/README.md`,
    contents: projectReadme(plan, {
      language: 'TypeScript',
      library: 'kafkajs',
      setup: ['npm install', 'npm run build'],
      programs,
      avro,
      rendersParallel: true,
      checked: "kafka-specialist's tests type-check every generated TypeScript file with `tsc` (strict) against kafkajs's own types, and run a generated keyed producer and consumer end to end against a Kafka-protocol test broker, checking that every event arrives in order per key.",
    }),
    description: 'how to run the TypeScript programs',
  });
  return files;
}
