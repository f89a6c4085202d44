// Python programs for confluent-kafka (librdkafka): one producer and one consumer script per
// flow, requirements.txt and a README. Settings come from client-config; the commit discipline,
// transactions and side topics come from the plan; static Python from templates/python/.
import { librdkafkaConfig, perInstanceTransactionalId, type Setting } from './client-config.js';
import { concat, type GeneratedFile, indent, lines, quote, snakeCase } from './files.js';
import { type ConsumerPlan, type GenerationPlan, type ProducerPlan, usesAvro } from './plan.js';
import {
  BOOTSTRAP,
  codecAndShutdown,
  configDict,
  consumerHelpers,
  consumerMain,
  consumerOpening,
  handleFunction,
  MAIN_GUARD,
  producerOpening,
  pythonProject,
  type RecordAccess,
} from './python-shared.js';
import { EVENT_ID_HEADER, recordFields } from './record.js';
import { pythonSecurity } from './python-security.js';
import { fill, TEMPLATES } from './templates.js';

const CONFLUENT = TEMPLATES.python.confluentKafka;

const CONFLUENT_RECORD: RecordAccess = {
  key: 'msg.key()',
  value: 'msg.value()',
  headers: 'msg.headers()',
  topic: 'msg.topic()',
  partition: 'msg.partition()',
  offset: 'msg.offset()',
};

function librdkafkaDict(name: string, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  return configDict(
    name,
    fixed,
    perInstanceTransactionalId(librdkafkaConfig(settings), (prefix, suffix) => concat(prefix, 'INSTANCE_ID', suffix)),
  );
}

const INSTANCE_ID = lines('# Stable per instance across restarts, so a restarted instance fences its old self.', 'INSTANCE_ID = os.environ.get("INSTANCE_ID", socket.gethostname())');

const CONFLUENT_IMPORTS: Array<[string, string[]]> = [
  ['confluent_kafka', ['Consumer', 'KafkaError', 'KafkaException', 'Producer', 'TopicPartition']],
  ['confluent_kafka.schema_registry', ['SchemaRegistryClient']],
  ['confluent_kafka.schema_registry.avro', ['AvroDeserializer', 'AvroSerializer']],
  ['confluent_kafka.serialization', ['MessageField', 'SerializationContext']],
];

function producerScript(plan: GenerationPlan, p: ProducerPlan): string {
  const fields = recordFields(p.key);
  const keyField = fields.find((f) => f.name !== 'event_id' && f.name !== 'seq' && f.name !== 'created_at');
  const send = fill(CONFLUENT.send, {
    key: p.key ? `key = f"${snakeCase(p.key)}-{seq % KEY_COUNT}"` : null,
    keyField: keyField ? `${quote(keyField.name)}: key,` : null,
    keyArg: p.key ? 'key=key.encode("utf-8"),  # keys are UTF-8 strings, so every client hashes them alike' : null,
  });
  const loop = fill(p.transactional ? CONFLUENT.transactions : CONFLUENT.plainLoop, { send });
  return lines(
    producerOpening(plan, p, pythonSecurity(plan.security)),
    p.transactional ? 'TRANSACTION_SIZE = 100' : null,
    p.transactional ? INSTANCE_ID : null,
    '',
    librdkafkaDict('PRODUCER_CONFIG', [BOOTSTRAP], p.settings),
    '',
    '',
    codecAndShutdown(p.avro, p.flow, p.key),
    fill(CONFLUENT.producer, { loop }),
    '',
    '',
    MAIN_GUARD,
  );
}

function consumeLoop(c: ConsumerPlan): string {
  return indent(c.commit === 'before-processing' ? CONFLUENT.atMostOnceLoop : CONFLUENT.atLeastOnceLoop, 4);
}

function processorLoop(c: ConsumerPlan): string {
  return indent(
    fill(CONFLUENT.processorLoop, {
      produce: lines(
        `producer.produce(OUTPUT_TOPIC, key=msg.key(), value=${c.avro ? 'encode_value(result, OUTPUT_TOPIC)' : 'encode_value(result)'},`,
        `                 headers=[(${quote(EVENT_ID_HEADER)}, result["event_id"].encode("utf-8"))])`,
      ),
    }),
    4,
  );
}

/** Parallel handlers inside one consumer, committing only below the first unfinished record. */
function lanesClass(c: ConsumerPlan): string {
  const keyOrdered = c.parallel!.keyOrdered;
  return fill(CONFLUENT.lanes, {
    doc: lines(
      keyOrdered
        ? '"""Key-ordered parallel processing: records of one key always go to the same lane (a thread\nwith its own queue), so they are handled in order; different keys run in parallel.'
        : '"""Parallel processing: records go to the lanes (threads with their own queue) in turn; order\ndoes not matter for this flow.',
      'Per partition, the offset committed is the one after the unbroken run of finished records,',
      'so a crash never skips a record that was still being handled."""',
    ),
    turn: !keyOrdered && 'self.turn = 0',
    lane: keyOrdered ? 'lane = zlib.crc32(msg.key() or b"") % len(self.queues)  # a stable hash: one key, one lane' : lines('lane = self.turn', 'self.turn = (self.turn + 1) % len(self.queues)'),
  });
}

function parallelLoop(c: ConsumerPlan): string {
  const atMostOnce = c.commit === 'before-processing';
  return indent(
    fill(CONFLUENT.parallelLoop, {
      subscribe: atMostOnce
        ? 'consumer.subscribe([TOPIC])'
        : lines(
            'def on_revoke(_consumer, partitions):',
            '    # Finish what the lanes hold, commit it, then let the partitions go to another instance.',
            '    revoked = {(p.topic, p.partition) for p in partitions}',
            '    lanes.drain()',
            '    commit(lanes.committable(revoked))',
            '    lanes.forget(revoked)',
            '',
            'consumer.subscribe([TOPIC], on_revoke=on_revoke)',
          ),
      commitFirst: atMostOnce && lines('if msgs:', '    # At-most-once: the offsets are committed before the records are handed out.', '    commit(next_offsets(msgs))'),
      commitProgress: !atMostOnce && lines('# At-least-once: commit below the first record still being handled in each partition.', 'commit(lanes.committable())'),
      commitLast: !atMostOnce && 'commit(lanes.committable())',
    }),
    4,
  );
}

function consumerScript(plan: GenerationPlan, c: ConsumerPlan): string {
  const sideTopics = Boolean(c.deadLetterTopic || c.pendingTopic);
  const processor = c.output !== null;
  return lines(
    consumerOpening(plan, c, pythonSecurity(plan.security), `records per consume() call${c.batchFromDesign ? " (the design's poll batch)" : ''}`, true),
    c.parallel ? `HANDLERS = int(os.environ.get("HANDLERS", "${c.parallel.handlers}"))  # records handled at once (the design's concurrency)` : null,
    processor ? INSTANCE_ID : null,
    '',
    librdkafkaDict('CONSUMER_CONFIG', [BOOTSTRAP, ['group.id', quote(c.groupId), 'instances of this program share the partitions of the topic']], c.settings),
    processor ? '' : null,
    processor ? librdkafkaDict('PRODUCER_CONFIG', [BOOTSTRAP], c.output!.settings) : null,
    sideTopics ? '' : null,
    sideTopics ? librdkafkaDict('SIDE_PRODUCER_CONFIG', [BOOTSTRAP], c.sideProducerSettings) : null,
    '',
    '',
    codecAndShutdown(c.avro, c.flow, c.key),
    '',
    '',
    processor
      ? lines(
          'def transform(event):',
          '    """Your processing: turn an input event into the result to write. Keep it free of outside side',
          '    effects; only the Kafka writes are covered by the transaction."""',
          '    return dict(event)',
        )
      : lines(consumerHelpers(c, CONFLUENT_RECORD), '', '', sideTopics ? CONFLUENT.sendAside : null, sideTopics ? '' : null, sideTopics ? '' : null, handleFunction(c, CONFLUENT_RECORD)),
    '',
    '',
    c.parallel ? lanesClass(c) : null,
    c.parallel ? '' : null,
    c.parallel ? '' : null,
    c.commit !== 'after-processing' ? CONFLUENT.nextOffsets : null,
    c.commit !== 'after-processing' ? '' : null,
    c.commit !== 'after-processing' ? '' : null,
    processor ? CONFLUENT.firstOffsets : null,
    processor ? '' : null,
    processor ? '' : null,
    consumerMain(
      '    consumer = Consumer(CONSUMER_CONFIG)',
      processor
        ? processorLoop(c)
        : lines(
            sideTopics ? '    side_producer = Producer(SIDE_PRODUCER_CONFIG)' : c.commit === 'before-processing' && !c.parallel ? null : '    side_producer = None',
            c.commit === 'before-processing' && !c.parallel ? '    consumer.subscribe([TOPIC])' : null,
            c.parallel ? parallelLoop(c) : consumeLoop(c),
          ),
    ),
  );
}

export function renderPython(plan: GenerationPlan, dir: string): GeneratedFile[] {
  const avro = usesAvro(plan);
  return pythonProject(
    plan,
    dir,
    {
      name: 'confluent-kafka',
      imports: CONFLUENT_IMPORTS,
      requirement: avro ? 'confluent-kafka[avro]>=2.3' : 'confluent-kafka>=2.3',
      readme: {
        language: 'Python',
        library: 'confluent-kafka (librdkafka)',
        avro,
        rendersParallel: true,
        checked:
          "kafka-specialist's tests byte-compile every generated Python file (`python3 -m py_compile`) and run a generated keyed producer and consumer end to end against a Kafka-protocol test broker, checking that every event arrives in order per key.",
      },
    },
    {
      producer: (p) => producerScript(plan, p),
      consumer: (c) => consumerScript(plan, c),
    },
  );
}
