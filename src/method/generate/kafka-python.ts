// Python programs for kafka-python, on request: the same programs as for confluent-kafka (shared
// record handling from python-shared.ts), with kafka-python's producer, poll loop and commit calls.
// kafka-python has no transactions and no schema-registry client, so exactly-once read-process-write
// is refused (with the library that can do it named) and Avro values are written as JSON.
import { UserError } from '../../model/errors.js';
import { kafkaPythonConfig, type Setting } from './client-config.js';
import { type GeneratedFile, indent, lines, quote, snakeCase } from './files.js';
import { type ConsumerPlan, type GenerationPlan, type ProducerPlan, usesAvro } from './plan.js';
import { codecAndShutdown, configDict, consumerHelpers, consumerMain, consumerOpening, handleFunction, MAIN_GUARD, producerOpening, pythonProject, type RecordAccess } from './python-shared.js';
import { kafkaPythonSecurity } from './python-security.js';
import { fill, TEMPLATES } from './templates.js';

const KAFKA_PYTHON = TEMPLATES.python.kafkaPython;

const RECORD: RecordAccess = { key: 'msg.key', value: 'msg.value', headers: 'msg.headers', topic: 'msg.topic', partition: 'msg.partition', offset: 'msg.offset' };

const BOOTSTRAP: [string, string, string] = ['bootstrap_servers', 'BOOTSTRAP_SERVERS.split(",")', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];

function kwargs(name: string, fixed: Array<[string, string, string]>, settings: readonly Setting[]): string {
  return configDict(name, fixed, kafkaPythonConfig(settings));
}

const KAFKA_PYTHON_IMPORTS: Array<[string, string[]]> = [['kafka', ['ConsumerRebalanceListener', 'KafkaConsumer', 'KafkaProducer', 'OffsetAndMetadata']]];

function producerScript(plan: GenerationPlan, p: ProducerPlan): string {
  const keyField = p.key ? snakeCase(p.key) : null;
  return lines(
    producerOpening(plan, p, kafkaPythonSecurity(plan.security)),
    '',
    kwargs('PRODUCER_CONFIG', [BOOTSTRAP], p.settings),
    '',
    '',
    codecAndShutdown(false, p.flow, p.key),
    fill(KAFKA_PYTHON.producer, {
      send: fill(KAFKA_PYTHON.send, {
        key: keyField && `key = f"${keyField}-{seq % KEY_COUNT}"`,
        event: `event = {"event_id": event_id, ${keyField ? `${quote(keyField)}: key, ` : ''}"seq": seq, "created_at": int(time.time() * 1000)}`,
        keyArg: keyField && 'key=key.encode("utf-8"),  # keys are UTF-8 strings, so every client hashes them alike',
      }),
    }),
    '',
    '',
    MAIN_GUARD,
  );
}

function consumeLoop(c: ConsumerPlan): string {
  return indent(c.commit === 'before-processing' ? KAFKA_PYTHON.atMostOnceLoop : KAFKA_PYTHON.atLeastOnceLoop, 4);
}

function consumerScript(plan: GenerationPlan, c: ConsumerPlan): string {
  const sideTopics = Boolean(c.deadLetterTopic || c.pendingTopic);
  return lines(
    consumerOpening(plan, c, kafkaPythonSecurity(plan.security), 'records per poll()', false),
    '',
    kwargs('CONSUMER_CONFIG', [BOOTSTRAP, ['group_id', quote(c.groupId), 'instances of this program share the partitions of the topic']], c.settings),
    sideTopics ? '' : null,
    sideTopics ? kwargs('SIDE_PRODUCER_CONFIG', [BOOTSTRAP], c.sideProducerSettings) : null,
    '',
    '',
    codecAndShutdown(false, c.flow, c.key),
    '',
    '',
    consumerHelpers(c, RECORD),
    '',
    '',
    sideTopics ? lines(KAFKA_PYTHON.sendAside, '', '') : null,
    handleFunction(c, RECORD),
    '',
    '',
    KAFKA_PYTHON.committedOffset,
    '',
    '',
    consumerMain(
      '    consumer = KafkaConsumer(**CONSUMER_CONFIG)',
      sideTopics ? '    side_producer = KafkaProducer(**SIDE_PRODUCER_CONFIG)' : c.commit === 'before-processing' ? null : '    side_producer = None',
      consumeLoop(c),
    ),
  );
}

export function renderKafkaPython(plan: GenerationPlan, dir: string): GeneratedFile[] {
  const transactional = [...plan.producers.filter((p) => p.transactional).map((p) => p.flow), ...plan.consumers.filter((c) => c.output).map((c) => c.flow)];
  if (transactional.length > 0) {
    throw new UserError({
      field: '--library',
      message: `kafka-python cannot run the transactions this design needs (flows: ${[...new Set(transactional)].join(', ')})`,
      expected: 'a library with Kafka transactions',
      found: 'kafka-python',
      suggestion: 'use --library confluent-kafka',
    });
  }
  return pythonProject(
    plan,
    dir,
    {
      name: 'kafka-python',
      imports: KAFKA_PYTHON_IMPORTS,
      requirement: 'kafka-python>=2.0.2',
      readme: {
        language: 'Python (kafka-python)',
        library: 'kafka-python',
        avro: false,
        checked:
          "kafka-specialist's tests byte-compile every generated Python file (`python3 -m py_compile`) and run a generated keyed producer and consumer end to end against a Kafka-protocol test broker.",
        notes: [
          'kafka-python 2.0 has no idempotent producer: where the design enables idempotence, the settings say what that costs (retries may duplicate records).',
          ...(usesAvro(plan) ? ['Values are JSON: the design chose Avro with a schema registry, which kafka-python has no client for. Use --library confluent-kafka for Avro.'] : []),
        ],
      },
    },
    {
      producer: (p) => producerScript(plan, p),
      consumer: (c) => consumerScript(plan, c),
    },
  );
}
