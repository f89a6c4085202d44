// Python programs for confluent-kafka (librdkafka): one producer and one consumer script per
// flow, requirements.txt and a README. Settings come from client-config; the commit discipline,
// transactions and side topics come from the plan.
import { librdkafkaConfig, perInstanceTransactionalId, valuesFromEnvironment, type Literal, type Setting, type Translation } from './client-config.js';
import { concat, type GeneratedFile, indent, lines, oneLine, quote, snakeCase } from './files.js';
import type { ConsumerPlan, GenerationPlan, ProducerPlan } from './plan.js';
import { avroSchema, EVENT_ID_HEADER, recordFields } from './record.js';
import { projectReadme, type ReadmeProgram } from './readme.js';
import { pythonSecurity } from './security.js';

/** Python expressions for the parts of a received record `msg`: confluent-kafka has methods, kafka-python attributes. */
export interface RecordAccess {
  key: string;
  value: string;
  headers: string;
  topic: string;
  partition: string;
  offset: string;
}

const CONFLUENT_RECORD: RecordAccess = {
  key: 'msg.key()', value: 'msg.value()', headers: 'msg.headers()', topic: 'msg.topic()', partition: 'msg.partition()', offset: 'msg.offset()',
};

export function py(value: Literal): string {
  if (typeof value === 'object') return value.code;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'number' ? String(value) : quote(value);
}

/** A config dict: fixed entries first, then the design's settings, each with its reason. */
export function configDict(name: string, fixed: Array<[string, string, string]>, t: Translation): string {
  return lines(
    `${name} = {`,
    ...fixed.map(([k, v, why]) => `    ${quote(k)}: ${v},  # ${oneLine(why)}`),
    ...t.settings.map((s) => `    ${quote(s.name)}: ${py(s.value)},  # ${oneLine(s.why)}`),
    ...t.untranslated.map((u) => `    # ${u.name}=${u.value} not set: ${oneLine(u.reason)}. Design's reason: ${oneLine(u.why)}`),
    '    **SECURITY_CONFIG,  # connection security from the environment (security_config above)',
    '}',
  );
}

function librdkafkaDict(name: string, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  return configDict(name, fixed, valuesFromEnvironment(perInstanceTransactionalId(librdkafkaConfig(settings), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)), pythonEnv));
}

export const pythonEnv = (variable: string) => `os.environ.get(${quote(variable)}, "")`;

const INSTANCE_ID = lines(
  '# Stable per instance across restarts, so a restarted instance fences its old self.',
  'INSTANCE_ID = os.environ.get("INSTANCE_ID", socket.gethostname())',
);

export const BOOTSTRAP: [string, string, string] = ['bootstrap.servers', 'BOOTSTRAP_SERVERS', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];

export function codec(avro: boolean, flow: string, key: string | null, topicConstant: string): string {
  if (!avro) {
    return lines(
      'def encode_value(event):',
      '    return json.dumps(event).encode("utf-8")',
      '',
      '',
      'def decode_value(data):',
      '    # A null value is a tombstone: the key was deleted.',
      '    return None if data is None else json.loads(data)',
    );
  }
  return lines(
    '# Values are Avro, their schema kept in the schema registry so producers and consumers evolve it safely.',
    `VALUE_SCHEMA = ${quote(avroSchema(flow, key))}`,
    'SCHEMA_REGISTRY_URL = os.environ.get("SCHEMA_REGISTRY_URL", "http://localhost:8081")',
    '_registry = SchemaRegistryClient({"url": SCHEMA_REGISTRY_URL})',
    '_serializer = AvroSerializer(schema_registry_client=_registry, schema_str=VALUE_SCHEMA)',
    '_deserializer = AvroDeserializer(schema_registry_client=_registry, schema_str=VALUE_SCHEMA)',
    '',
    '',
    'def encode_value(event, topic=' + topicConstant + '):',
    '    return _serializer(event, SerializationContext(topic, MessageField.VALUE))',
    '',
    '',
    'def decode_value(data, topic=' + topicConstant + '):',
    '    return None if data is None else _deserializer(data, SerializationContext(topic, MessageField.VALUE))',
  );
}

/** Where a script's imports go until the code is complete: then only what it uses is imported. */
export const IMPORTS = '# <imports>';

const STD_MODULES = ['collections', 'json', 'os', 'queue', 'signal', 'socket', 'sys', 'threading', 'time', 'uuid', 'zlib'];

/** Imports exactly what `code` uses (unused imports are noise, missing ones errors), in place of IMPORTS. */
export function withImports(code: string, from: Array<[string, string[]]>): string {
  const codeOnly = code.replace(/#.*$/gm, '');
  const std = STD_MODULES.filter((m) => new RegExp(`\\b${m}\\.`).test(codeOnly));
  const names = from.map(([module, list]) => [module, list.filter((n) => new RegExp(`\\b${n}\\b`).test(codeOnly))] as const).filter(([, list]) => list.length > 0);
  return code.replace(IMPORTS, lines(
    std.map((m) => `import ${m}`).join('\n'),
    '',
    ...names.map(([module, list]) => `from ${module} import ${[...list].sort().join(', ')}`),
  ));
}

const CONFLUENT_IMPORTS: Array<[string, string[]]> = [
  ['confluent_kafka', ['Consumer', 'KafkaError', 'KafkaException', 'Producer', 'TopicPartition']],
  ['confluent_kafka.schema_registry', ['SchemaRegistryClient']],
  ['confluent_kafka.schema_registry.avro', ['AvroDeserializer', 'AvroSerializer']],
  ['confluent_kafka.serialization', ['MessageField', 'SerializationContext']],
];

export const SHUTDOWN = lines(
  'running = True',
  '',
  '',
  'def stop(_signum, _frame):',
  '    # Finish the record in hand, then flush and close: no half-done work on SIGTERM or Ctrl-C.',
  '    global running',
  '    running = False',
  '',
  '',
  'signal.signal(signal.SIGINT, stop)',
  'signal.signal(signal.SIGTERM, stop)',
);

function producerScript(plan: GenerationPlan, p: ProducerPlan): string {
  const fields = recordFields(p.key);
  const keyField = fields.find((f) => f.name !== 'event_id' && f.name !== 'seq' && f.name !== 'created_at');
  // The statements that send one event, indented for the loop they sit in.
  const send = (pad: number) => indent(lines(
    'event_id = str(uuid.uuid4())',
    p.key ? `key = f"${snakeCase(p.key)}-{seq % KEY_COUNT}"` : null,
    'event = {',
    '    "event_id": event_id,',
    keyField ? `    ${quote(keyField.name)}: key,` : null,
    '    "seq": seq,',
    '    "created_at": int(time.time() * 1000),',
    '}',
    'while True:',
    '    try:',
    '        producer.produce(',
    '            TOPIC,',
    p.key ? '            key=key.encode("utf-8"),  # keys are UTF-8 strings, so every client hashes them alike' : null,
    '            value=encode_value(event),',
    `            headers=[(${quote(EVENT_ID_HEADER)}, event_id.encode("utf-8"))],`,
    '            on_delivery=on_delivery,',
    '        )',
    '        break',
    '    except BufferError:',
    '        # The local queue is full: serve delivery reports until there is room.',
    '        producer.poll(0.5)',
    'producer.poll(0)',
  ), pad);
  const loop = p.transactional
    ? lines(
      '    # Each batch is one transaction: consumers reading committed data see all of it or none.',
      '    producer.init_transactions()',
      '    start = 0',
      '    while running and start < MESSAGE_COUNT:',
      '        batch = range(start, min(start + TRANSACTION_SIZE, MESSAGE_COUNT))',
      '        producer.begin_transaction()',
      '        try:',
      '            for seq in batch:',
      send(16),
      '            producer.commit_transaction()',
      '        except KafkaException as e:',
      '            if not e.args[0].txn_requires_abort():',
      '                raise',
      '            # The transaction cannot commit: abort it and send the same batch again.',
      '            producer.abort_transaction()',
      '            continue',
      '        start = batch.stop',
    )
    : lines('    for seq in range(MESSAGE_COUNT):', '        if not running:', '            break', send(8));
  return lines(
    `"""${p.flow} producer: writes ${p.key ? `events keyed by ${p.key}` : 'unkeyed events'} to ${p.topic}.`,
    '',
    `Delivery: ${p.delivery}. Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    'It sends MESSAGE_COUNT test events over KEY_COUNT keys; replace the loop with your own source.',
    '"""',
    IMPORTS,
    '',
    `TOPIC = ${quote(p.topic)}`,
    'BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")',
    '',
    pythonSecurity(plan.security),
    '',
    'MESSAGE_COUNT = int(os.environ.get("MESSAGE_COUNT", "1000"))',
    'KEY_COUNT = int(os.environ.get("KEY_COUNT", "10"))',
    p.transactional ? 'TRANSACTION_SIZE = 100' : null,
    p.transactional ? INSTANCE_ID : null,
    '',
    librdkafkaDict('PRODUCER_CONFIG', [BOOTSTRAP], p.settings),
    '',
    '',
    codec(p.avro, p.flow, p.key, 'TOPIC'),
    '',
    '',
    SHUTDOWN,
    'failures = []',
    '',
    '',
    'def on_delivery(err, msg):',
    '    # Every record is checked: a failed delivery makes the program exit non-zero.',
    '    if err is not None:',
    '        failures.append(err)',
    '        print(f"delivery failed for key {msg.key()}: {err}", file=sys.stderr)',
    '',
    '',
    'def main():',
    '    producer = Producer(PRODUCER_CONFIG)',
    loop,
    '    # flush() waits for every outstanding delivery report before exiting.',
    '    remaining = producer.flush(30)',
    '    if remaining or failures:',
    '        print(f"{len(failures)} failed, {remaining} undelivered", file=sys.stderr)',
    '        return 1',
    '    return 0',
    '',
    '',
    'if __name__ == "__main__":',
    '    sys.exit(main())',
    '',
  );
}

export function consumerHelpers(c: ConsumerPlan, r: RecordAccess): string {
  return lines(
    'class TransientError(Exception):',
    '    """Processing failed for a passing reason (timeout, 503): retrying may succeed."""',
    '',
    '',
    'class PermanentError(Exception):',
    '    """Processing can never succeed for this record (bad data): retrying is pointless."""',
    '',
    '',
    c.idempotent ? lines(
      'class SeenEvents:',
      '    """Event ids already processed. Redelivery after a rebalance or crash is normal under',
      '    at-least-once; skipping seen ids makes processing idempotent. In production keep the ids in',
      '    the same database transaction as the side effect (a unique key on event_id)."""',
      '',
      '    def __init__(self, capacity=100_000):',
      '        self.capacity = capacity',
      '        self.ids = {}',
      '',
      '    def __contains__(self, event_id):',
      '        return event_id in self.ids',
      '',
      '    def add(self, event_id):',
      '        self.ids[event_id] = True',
      '        if len(self.ids) > self.capacity:',
      '            self.ids.pop(next(iter(self.ids)))',
      '',
      '',
      'seen_events = SeenEvents()',
      '',
      '',
    ) : null,
    c.rateLimitPerSecond !== null ? lines(
      'class RateLimiter:',
      '    """Keeps calls under the downstream limit: waits for a token instead of being throttled."""',
      '',
      '    def __init__(self, per_second):',
      '        self.interval = 1.0 / per_second if per_second > 0 else 0.0',
      '        self.next_at = time.monotonic()',
      '        self.lock = threading.Lock()',
      '',
      '    def acquire(self):',
      '        with self.lock:  # handlers may share the limiter: each takes its own slot',
      '            now = time.monotonic()',
      '            slot = max(self.next_at, now)',
      '            self.next_at = slot + self.interval',
      '        if slot > now:',
      '            time.sleep(slot - now)',
      '',
      '',
      'rate_limiter = RateLimiter(RATE_LIMIT_PER_SECOND)',
      '',
      '',
    ) : null,
    c.compactedState ? lines(
      '# The topic is compacted state: the latest value per key. A tombstone (null value) deletes the key.',
      'state = {}',
      '',
      '',
    ) : null,
    'def header(msg, name):',
    `    for key, value in ${r.headers} or []:`,
    '        if key == name and value is not None:',
    '            return value.decode("utf-8")',
    '    return None',
    '',
    '',
    'def process(key, event, msg):',
    '    """Your business logic. Raise TransientError or PermanentError when it fails."""',
    '    line = json.dumps({',
    '        "key": key,',
    '        "seq": None if event is None else event.get("seq"),',
    '        "event_id": None if event is None else event.get("event_id"),',
    `        "partition": ${r.partition},`,
    `        "offset": ${r.offset},`,
    '    })',
    '    sys.stdout.write(line + "\\n")  # one write per line, so parallel handlers never interleave',
    '    sys.stdout.flush()',
  );
}

/** Moves a record to a side topic (dead letters, pending retries) and waits until it is stored. */
const SEND_ASIDE = lines(
  'def send_aside(producer, topic, msg, reason):',
  '    headers = list(msg.headers() or []) + [',
  '        ("error.reason", str(reason).encode("utf-8")),',
  '        ("source.topic", msg.topic().encode("utf-8")),',
  '        ("source.partition", str(msg.partition()).encode("utf-8")),',
  '        ("source.offset", str(msg.offset()).encode("utf-8")),',
  '    ]',
  '    errors = []',
  '    producer.produce(topic, key=msg.key(), value=msg.value(), headers=headers,',
  '                     on_delivery=lambda err, _m: errors.append(err) if err else None)',
  '    # The offset is committed only after the record is safe in the side topic.',
  '    if producer.flush(30) or errors:',
  '        raise KafkaException(errors[0] if errors else KafkaError(KafkaError._MSG_TIMED_OUT))',
);

export function handleFunction(c: ConsumerPlan, r: RecordAccess): string {
  /** What an except clause does for a failure: drop it (at-most-once), move it aside, or stop. */
  const onFailure = (target: string | null, stopWhy: string) => (c.commit === 'before-processing'
    ? '        print(f"dropped (at-most-once): {e}", file=sys.stderr)'
    : target ? `        send_aside(side_producer, ${target}, msg, e)` : `        raise  # ${stopWhy}`);
  const except = (kind: string, body: string) => lines(`    except ${kind}${body.includes('{e}') || body.includes(', e)') ? ' as e' : ''}:`, body);
  return lines(
    'def handle(msg, side_producer):',
    `    key = None if ${r.key} is None else ${r.key}.decode("utf-8")`,
    `    event = decode_value(${r.value})`,
    c.idempotent ? lines(
      `    event_id = header(msg, ${quote(EVENT_ID_HEADER)}) or (event or {}).get("event_id")`,
      '    if event_id is not None and event_id in seen_events:',
      '        return  # already processed: a redelivery',
    ) : null,
    c.compactedState ? lines(
      '    if event is None:',
      '        state.pop(key, None)',
      '    else:',
      '        state[key] = event',
    ) : null,
    c.rateLimitPerSecond !== null ? '    rate_limiter.acquire()' : null,
    '    try:',
    c.pendingTopic || c.commit === 'before-processing'
      ? '        process(key, event, msg)'
      : lines(
        '        # Retry passing failures in place, briefly: the partition waits, so order per key holds.',
        '        for attempt in range(RETRY_ATTEMPTS):',
        '            try:',
        '                process(key, event, msg)',
        '                break',
        '            except TransientError:',
        '                if attempt == RETRY_ATTEMPTS - 1:',
        '                    raise',
        '                time.sleep(0.1 * 2 ** attempt)',
      ),
    except('TransientError', onFailure(c.pendingTopic ? 'PENDING_TOPIC' : c.deadLetterTopic ? 'DEAD_LETTER_TOPIC' : null, 'no side topic: stop rather than skip the record')),
    except('PermanentError', onFailure(c.deadLetterTopic ? 'DEAD_LETTER_TOPIC' : null, 'no dead-letter topic: stop rather than skip the record')),
    c.idempotent ? lines('    if event_id is not None:', '        seen_events.add(event_id)') : null,
  );
}

function consumeLoop(c: ConsumerPlan): string {
  const poll = lines(
    '            msgs = consumer.consume(num_messages=BATCH_SIZE, timeout=1.0)',
    '            for msg in msgs:',
    '                if msg.error():',
    '                    if msg.error().fatal():',
    '                        raise KafkaException(msg.error())',
    '                    print(f"consumer error: {msg.error()}", file=sys.stderr)',
    '                    continue',
  );
  const limit = lines(
    '                handled += 1',
    '                if not running or (MAX_MESSAGES and handled >= MAX_MESSAGES):',
    '                    break',
  );
  if (c.commit === 'before-processing') {
    return lines(
      '    handled = 0',
      '    try:',
      '        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):',
      '            msgs = consumer.consume(num_messages=BATCH_SIZE, timeout=1.0)',
      '            good = [m for m in msgs if not m.error()]',
      '            if good:',
      '                # At-most-once: the offsets are committed before processing, so a crash skips the',
      '                # batch rather than repeating it.',
      '                consumer.commit(offsets=next_offsets(good), asynchronous=False)',
      '            for msg in good:',
      '                handle(msg, None)',
      limit,
      '    finally:',
      '        consumer.close()',
    );
  }
  return lines(
    '    done = {}  # (topic, partition) -> offset after the last processed record',
    '',
    '    def commit_done(partitions=None):',
    '        offsets = [TopicPartition(t, p, o) for (t, p), o in done.items() if partitions is None or (t, p) in partitions]',
    '        if offsets:',
    '            consumer.commit(offsets=offsets, asynchronous=False)',
    '            for tp in offsets:',
    '                done.pop((tp.topic, tp.partition), None)',
    '',
    '    def on_revoke(_consumer, partitions):',
    '        # Commit what was processed before the partitions move to another instance.',
    '        commit_done({(p.topic, p.partition) for p in partitions})',
    '',
    '    consumer.subscribe([TOPIC], on_revoke=on_revoke)',
    '    handled = 0',
    '    try:',
    '        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):',
    poll,
    '                handle(msg, side_producer)',
    '                # At-least-once: a record counts as done only after it was processed.',
    '                done[(msg.topic(), msg.partition())] = msg.offset() + 1',
    limit,
    '            commit_done()',
    '    finally:',
    '        commit_done()',
    '        consumer.close()  # leaves the group at once, so its partitions are reassigned without waiting',
    '        if side_producer is not None:',
    '            side_producer.flush(30)',
  );
}

function processorLoop(c: ConsumerPlan): string {
  return lines(
    '    producer = Producer(PRODUCER_CONFIG)',
    '    producer.init_transactions()',
    '    consumer.subscribe([TOPIC])',
    '    handled = 0',
    '    try:',
    '        while running and not (MAX_MESSAGES and handled >= MAX_MESSAGES):',
    '            msgs = [m for m in consumer.consume(num_messages=BATCH_SIZE, timeout=1.0) if not m.error()]',
    '            if not msgs:',
    '                continue',
    '            # Results and input offsets commit together in one transaction, or not at all.',
    '            producer.begin_transaction()',
    '            try:',
    '                for msg in msgs:',
    '                    event = decode_value(msg.value())',
    '                    result = transform(event)',
    `                    producer.produce(OUTPUT_TOPIC, key=msg.key(), value=${c.avro ? 'encode_value(result, OUTPUT_TOPIC)' : 'encode_value(result)'},`,
    `                                     headers=[(${quote(EVENT_ID_HEADER)}, result["event_id"].encode("utf-8"))])`,
    '                    producer.poll(0)',
    '                producer.send_offsets_to_transaction(next_offsets(msgs), consumer.consumer_group_metadata())',
    '                producer.commit_transaction()',
    '                handled += len(msgs)',
    '            except KafkaException as e:',
    '                if not e.args[0].txn_requires_abort():',
    '                    raise',
    '                # Abort, then rewind to the first record of the batch so it is processed again.',
    '                producer.abort_transaction()',
    '                for tp in first_offsets(msgs):',
    '                    consumer.seek(tp)',
    '    finally:',
    '        consumer.close()',
    '        producer.flush(30)',
  );
}

/** Parallel handlers inside one consumer, committing only below the first unfinished record. */
function lanesClass(c: ConsumerPlan): string {
  const keyOrdered = c.parallel!.keyOrdered;
  return lines(
    'class Lanes:',
    keyOrdered
      ? '    """Key-ordered parallel processing: records of one key always go to the same lane (a thread\n    with its own queue), so they are handled in order; different keys run in parallel.'
      : '    """Parallel processing: records go to the lanes (threads with their own queue) in turn; order\n    does not matter for this flow.',
    '    Per partition, the offset committed is the one after the unbroken run of finished records,',
    '    so a crash never skips a record that was still being handled."""',
    '',
    '    def __init__(self, count, work):',
    '        self.queues = [queue.Queue(maxsize=BATCH_SIZE) for _ in range(count)]',
    '        self.work = work',
    '        self.lock = threading.Lock()',
    '        self.in_flight = {}  # (topic, partition) -> offsets handed to lanes, in order',
    '        self.finished = {}  # (topic, partition) -> offsets whose handling finished',
    '        self.error = None',
    keyOrdered ? null : '        self.turn = 0',
    '        self.threads = [threading.Thread(target=self._run, args=(q,), daemon=True) for q in self.queues]',
    '        for t in self.threads:',
    '            t.start()',
    '',
    '    def submit(self, msg):',
    '        if self.error is not None:',
    '            raise self.error',
    '        with self.lock:',
    '            self.in_flight.setdefault((msg.topic(), msg.partition()), collections.deque()).append(msg.offset())',
    keyOrdered
      ? '        lane = zlib.crc32(msg.key() or b"") % len(self.queues)  # a stable hash: one key, one lane'
      : lines('        lane = self.turn', '        self.turn = (self.turn + 1) % len(self.queues)'),
    "        # A full lane blocks here, which keeps memory bounded while its handler catches up.",
    '        self.queues[lane].put(msg)',
    '',
    '    def _run(self, lane):',
    '        while True:',
    '            msg = lane.get()',
    '            try:',
    '                if msg is None:',
    '                    return',
    '                if self.error is None:',
    '                    self.work(msg)',
    '                    with self.lock:',
    '                        self.finished.setdefault((msg.topic(), msg.partition()), set()).add(msg.offset())',
    '            except Exception as e:  # stop the consumer; the record stays uncommitted',
    '                self.error = e',
    '            finally:',
    '                lane.task_done()',
    '',
    '    def drain(self):',
    '        """Waits until every handed-out record was handled."""',
    '        for lane in self.queues:',
    '            lane.join()',
    '        if self.error is not None:',
    '            raise self.error',
    '',
    '    def committable(self, partitions=None):',
    '        offsets = []',
    '        with self.lock:',
    '            for (topic, partition), handed in self.in_flight.items():',
    '                if partitions is not None and (topic, partition) not in partitions:',
    '                    continue',
    '                done = self.finished.get((topic, partition), set())',
    '                last = None',
    '                while handed and handed[0] in done:',
    '                    last = handed.popleft()',
    '                    done.discard(last)',
    '                if last is not None:',
    '                    offsets.append(TopicPartition(topic, partition, last + 1))',
    '        return offsets',
    '',
    '    def forget(self, partitions):',
    '        with self.lock:',
    '            for tp in partitions:',
    '                self.in_flight.pop(tp, None)',
    '                self.finished.pop(tp, None)',
    '',
    '    def stop(self):',
    '        for lane in self.queues:',
    '            lane.put(None)',
    '        for t in self.threads:',
    '            t.join()',
  );
}

function parallelLoop(c: ConsumerPlan): string {
  const atMostOnce = c.commit === 'before-processing';
  return lines(
    '    lanes = Lanes(HANDLERS, lambda msg: handle(msg, side_producer))',
    '',
    '    def commit(offsets):',
    '        if offsets:',
    '            consumer.commit(offsets=offsets, asynchronous=False)',
    '',
    atMostOnce ? '    consumer.subscribe([TOPIC])' : lines(
      '    def on_revoke(_consumer, partitions):',
      '        # Finish what the lanes hold, commit it, then let the partitions go to another instance.',
      '        revoked = {(p.topic, p.partition) for p in partitions}',
      '        lanes.drain()',
      '        commit(lanes.committable(revoked))',
      '        lanes.forget(revoked)',
      '',
      '    consumer.subscribe([TOPIC], on_revoke=on_revoke)',
    ),
    '    handed = 0',
    '    try:',
    '        while running and not (MAX_MESSAGES and handed >= MAX_MESSAGES):',
    '            msgs = []',
    '            for msg in consumer.consume(num_messages=BATCH_SIZE, timeout=1.0):',
    '                if not msg.error():',
    '                    msgs.append(msg)',
    '                elif msg.error().fatal():',
    '                    raise KafkaException(msg.error())',
    '                else:',
    '                    print(f"consumer error: {msg.error()}", file=sys.stderr)',
    atMostOnce ? lines(
      '            if msgs:',
      '                # At-most-once: the offsets are committed before the records are handed out.',
      '                commit(next_offsets(msgs))',
    ) : null,
    '            for msg in msgs:',
    '                lanes.submit(msg)',
    '                handed += 1',
    '                if not running or (MAX_MESSAGES and handed >= MAX_MESSAGES):',
    '                    break',
    atMostOnce ? null : lines(
      '            # At-least-once: commit below the first record still being handled in each partition.',
      '            commit(lanes.committable())',
    ),
    '        lanes.drain()',
    '    finally:',
    atMostOnce ? null : '        commit(lanes.committable())',
    '        lanes.stop()',
    '        consumer.close()  # leaves the group at once, so its partitions are reassigned without waiting',
    '        if side_producer is not None:',
    '            side_producer.flush(30)',
  );
}

const OFFSET_HELPERS = lines(
  'def next_offsets(msgs):',
  '    """The offset to commit per partition: one past the last record of the batch."""',
  '    last = {}',
  '    for m in msgs:',
  '        last[(m.topic(), m.partition())] = max(last.get((m.topic(), m.partition()), -1), m.offset())',
  '    return [TopicPartition(t, p, o + 1) for (t, p), o in last.items()]',
);

const FIRST_OFFSETS = lines(
  'def first_offsets(msgs):',
  '    first = {}',
  '    for m in msgs:',
  '        first.setdefault((m.topic(), m.partition()), m.offset())',
  '    return [TopicPartition(t, p, o) for (t, p), o in first.items()]',
);

function consumerScript(plan: GenerationPlan, c: ConsumerPlan): string {
  const sideTopics = Boolean(c.deadLetterTopic || c.pendingTopic);
  const processor = c.output !== null;
  const summary = processor
    ? `reads ${c.topic}, writes results to ${c.output!.topic} and commits both in one transaction`
    : `reads ${c.topic} as group ${c.groupId}`;
  const commitText = {
    'after-processing': 'offsets are committed only after a record is processed.',
    'before-processing': 'offsets are committed before processing (at-most-once): a crash skips records, never repeats them.',
    transaction: 'input offsets are committed in the same transaction as the results (exactly-once within Kafka).',
  }[c.commit];
  return lines(
    `"""${c.flow} ${processor ? 'processor' : 'consumer'}: ${summary}.`,
    '',
    `Delivery: ${c.delivery}; ${commitText}`,
    `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    '"""',
    IMPORTS,
    '',
    `TOPIC = ${quote(c.topic)}`,
    processor ? `OUTPUT_TOPIC = ${quote(c.output!.topic)}` : null,
    c.deadLetterTopic ? `DEAD_LETTER_TOPIC = ${quote(c.deadLetterTopic)}` : null,
    c.pendingTopic ? `PENDING_TOPIC = ${quote(c.pendingTopic)}` : null,
    'BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")',
    '',
    pythonSecurity(plan.security),
    '',
    'MAX_MESSAGES = int(os.environ.get("MAX_MESSAGES", "0"))  # stop after this many records; 0 runs until stopped',
    `BATCH_SIZE = ${c.batchSize}  # records per consume() call${c.settings.some((s) => s.name === 'max.poll.records') ? ' (the design\'s max.poll.records)' : ''}`,
    'RETRY_ATTEMPTS = 5',
    c.rateLimitPerSecond !== null ? `RATE_LIMIT_PER_SECOND = float(os.environ.get("RATE_LIMIT_PER_SECOND", "${c.rateLimitPerSecond}"))` : null,
    c.parallel ? `HANDLERS = int(os.environ.get("HANDLERS", "${c.parallel.handlers}"))  # records handled at once (the design's concurrency)` : null,
    processor ? INSTANCE_ID : null,
    '',
    librdkafkaDict('CONSUMER_CONFIG', [
      BOOTSTRAP,
      ['group.id', quote(c.groupId), 'instances of this program share the partitions of the topic'],
    ], c.settings),
    processor ? '' : null,
    processor ? librdkafkaDict('PRODUCER_CONFIG', [BOOTSTRAP], c.output!.settings) : null,
    sideTopics ? '' : null,
    sideTopics ? librdkafkaDict('SIDE_PRODUCER_CONFIG', [BOOTSTRAP], c.sideProducerSettings) : null,
    '',
    '',
    codec(c.avro, c.flow, c.key, 'TOPIC'),
    '',
    '',
    SHUTDOWN,
    '',
    '',
    processor
      ? lines(
        'def transform(event):',
        '    """Your processing: turn an input event into the result to write. Keep it free of outside side',
        '    effects; only the Kafka writes are covered by the transaction."""',
        '    return dict(event)',
      )
      : lines(consumerHelpers(c, CONFLUENT_RECORD), '', '', sideTopics ? SEND_ASIDE : null, sideTopics ? '' : null, sideTopics ? '' : null, handleFunction(c, CONFLUENT_RECORD)),
    '',
    '',
    c.parallel ? lanesClass(c) : null,
    c.parallel ? '' : null,
    c.parallel ? '' : null,
    c.commit !== 'after-processing' ? OFFSET_HELPERS : null,
    c.commit !== 'after-processing' ? '' : null,
    c.commit !== 'after-processing' ? '' : null,
    processor ? FIRST_OFFSETS : null,
    processor ? '' : null,
    processor ? '' : null,
    'def main():',
    '    consumer = Consumer(CONSUMER_CONFIG)',
    processor ? processorLoop(c) : lines(
      sideTopics ? '    side_producer = Producer(SIDE_PRODUCER_CONFIG)' : c.commit === 'before-processing' && !c.parallel ? null : '    side_producer = None',
      c.commit === 'before-processing' && !c.parallel ? '    consumer.subscribe([TOPIC])' : null,
      c.parallel ? parallelLoop(c) : consumeLoop(c),
    ),
    '    return 0',
    '',
    '',
    'if __name__ == "__main__":',
    '    sys.exit(main())',
    '',
  );
}

export function renderPython(plan: GenerationPlan, dir: string): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const programs: ReadmeProgram[] = [];
  for (const p of plan.producers) {
    const path = `${snakeCase(p.program)}.py`;
    files.push({ path: `${dir}/${path}`, contents: withImports(producerScript(plan, p), CONFLUENT_IMPORTS), description: `${p.flow} producer (confluent-kafka)` });
    programs.push({ kind: 'producer', flow: p.flow, topic: p.topic, run: `python3 ${path}` });
  }
  for (const c of plan.consumers) {
    const path = `${snakeCase(c.program)}.py`;
    files.push({ path: `${dir}/${path}`, contents: withImports(consumerScript(plan, c), CONFLUENT_IMPORTS), description: `${c.flow} ${c.output ? 'processor' : 'consumer'} (confluent-kafka)` });
    programs.push({ kind: c.output ? 'processor' : 'consumer', flow: c.flow, topic: c.topic, run: `python3 ${path}` });
  }
  const avro = [...plan.producers, ...plan.consumers].some((x) => x.avro);
  files.push({
    path: `${dir}/requirements.txt`,
    contents: lines(avro ? 'confluent-kafka[avro]>=2.3' : 'confluent-kafka>=2.3', ''),
    description: 'Python dependencies',
  });
  files.push({
    path: `${dir}/README.md`,
    contents: projectReadme(plan, {
      language: 'Python',
      library: 'confluent-kafka (librdkafka)',
      setup: ['python3 -m venv .venv && . .venv/bin/activate', 'pip install -r requirements.txt'],
      programs,
      avro,
      rendersParallel: true,
      checked: "kafka-specialist's tests byte-compile every generated Python file (`python3 -m py_compile`) and run a generated keyed producer and consumer end to end against a Kafka-protocol test broker, checking that every event arrives in order per key.",
    }),
    description: 'how to run the Python programs',
  });
  return files;
}
