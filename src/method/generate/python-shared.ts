// What the Python programs share whatever the library (confluent-kafka, kafka-python): the
// script's frame (docstring, constants, main guard), one script per program, config dicts, the
// value codec, imports computed from the code, shutdown, the consumer's helpers and its record
// handler (failure paths from the plan). Static Python lives in templates/python/.
import { type Literal, type Translation, valuesFromEnvironment } from './client-config.js';
import { type GeneratedFile, indent, lines, oneLine, quote, snakeCase } from './files.js';
import { commitMeaning, type ConsumerPlan, type FailureAction, failureCode, type GenerationPlan, type ProducerPlan } from './plan.js';
import { type ReadmeFacts, type ReadmeProgram, readmeFile } from './readme.js';
import { avroSchema, EVENT_ID_HEADER } from './record.js';
import { consumerHelpers as helpers, fill, TEMPLATES } from './templates.js';

const PY = TEMPLATES.python.common;

/** Python expressions for the parts of a received record `msg`: confluent-kafka has methods, kafka-python attributes. */
export interface RecordAccess {
  key: string;
  value: string;
  headers: string;
  topic: string;
  partition: string;
  offset: string;
}

export function py(value: Literal): string {
  if (typeof value === 'object') return value.code;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'number' ? String(value) : quote(value);
}

/** A config dict: fixed entries first, then the design's settings, each with its reason (values named "${VAR}" read from the environment). */
export function configDict(name: string, fixed: Array<[string, string, string]>, translation: Translation): string {
  const t = valuesFromEnvironment(translation, pythonEnv);
  return lines(
    `${name} = {`,
    ...fixed.map(([k, v, why]) => `    ${quote(k)}: ${v},  # ${oneLine(why)}`),
    ...t.settings.map((s) => `    ${quote(s.name)}: ${py(s.value)},  # ${oneLine(s.why)}`),
    ...t.untranslated.map((u) => `    # ${u.name}=${u.value} not set: ${oneLine(u.reason)}. Design's reason: ${oneLine(u.why)}`),
    '    **SECURITY_CONFIG,  # connection security from the environment (security_config above)',
    '}',
  );
}

const pythonEnv = (variable: string) => `os.environ.get(${quote(variable)}, "")`;

export const BOOTSTRAP: [string, string, string] = ['bootstrap.servers', 'BOOTSTRAP_SERVERS', 'where the cluster is (env KAFKA_BOOTSTRAP_SERVERS)'];

/** The value codec (JSON, or Avro through the schema registry) for the script's TOPIC, then the shutdown handling. */
export function codecAndShutdown(avro: boolean, flow: string, key: string | null): string {
  return lines(codec(avro, flow, key, 'TOPIC'), '', '', PY.shutdown);
}

function codec(avro: boolean, flow: string, key: string | null, topicConstant: string): string {
  if (!avro) return PY.jsonCodec;
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
  return code.replace(IMPORTS, lines(std.map((m) => `import ${m}`).join('\n'), '', ...names.map(([module, list]) => `from ${module} import ${[...list].sort().join(', ')}`)));
}

/** A script's docstring, then its imports (see withImports). */
function scriptHeader(doc: string[]): string {
  return lines('"""' + doc.join('\n') + '\n"""', IMPORTS);
}

/** The cluster address, from the environment, as every script reads it. */
const BOOTSTRAP_SERVERS = 'BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")';

/** How many test events a producer script sends, over how many keys. */
const TEST_EVENTS = lines('MESSAGE_COUNT = int(os.environ.get("MESSAGE_COUNT", "1000"))', 'KEY_COUNT = int(os.environ.get("KEY_COUNT", "10"))');

/** A producer script's opening: what it writes, its topic, the cluster address, security and its test events. */
export function producerOpening(plan: GenerationPlan, p: ProducerPlan, security: string): string {
  return lines(
    scriptHeader([
      `${p.flow} producer: writes ${p.key ? `events keyed by ${p.key}` : 'unkeyed events'} to ${p.topic}.`,
      '',
      `Delivery: ${p.delivery}. Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
      'It sends MESSAGE_COUNT test events over KEY_COUNT keys; replace the loop with your own source.',
    ]),
    '',
    `TOPIC = ${quote(p.topic)}`,
    BOOTSTRAP_SERVERS,
    '',
    security,
    '',
    TEST_EVENTS,
  );
}

/**
 * A consumer script's opening: what it reads (and writes, for a processor), how it commits, its
 * topics, the cluster address, security and its limits; `batchNote` says what one batch is in the
 * library's words, `namedAtMostOnce` whether the commit line names the guarantee.
 */
export function consumerOpening(plan: GenerationPlan, c: ConsumerPlan, security: string, batchNote: string, namedAtMostOnce: boolean): string {
  const processor = c.output !== null;
  const summary = processor ? `reads ${c.topic}, writes results to ${c.output!.topic} and commits both in one transaction` : `reads ${c.topic} as group ${c.groupId}`;
  return lines(
    scriptHeader([
      `${c.flow} ${processor ? 'processor' : 'consumer'}: ${summary}.`,
      '',
      `Delivery: ${c.delivery}; ${commitMeaning(c.commit, namedAtMostOnce)}`,
      `Generated by kafka-specialist from the design "${plan.name}" (Kafka ${plan.kafkaVersion}).`,
    ]),
    '',
    `TOPIC = ${quote(c.topic)}`,
    processor ? `OUTPUT_TOPIC = ${quote(c.output!.topic)}` : null,
    c.deadLetterTopic ? `DEAD_LETTER_TOPIC = ${quote(c.deadLetterTopic)}` : null,
    c.pendingTopic ? `PENDING_TOPIC = ${quote(c.pendingTopic)}` : null,
    BOOTSTRAP_SERVERS,
    '',
    security,
    '',
    consumerLimits(c, batchNote),
  );
}

function consumerLimits(c: ConsumerPlan, batchNote: string): string {
  return lines(
    'MAX_MESSAGES = int(os.environ.get("MAX_MESSAGES", "0"))  # stop after this many records; 0 runs until stopped',
    `BATCH_SIZE = ${c.batchSize}  # ${batchNote}`,
    'RETRY_ATTEMPTS = 5',
    c.rateLimitPerSecond !== null ? `RATE_LIMIT_PER_SECOND = float(os.environ.get("RATE_LIMIT_PER_SECOND", "${c.rateLimitPerSecond}"))` : null,
  );
}

/** The end of every script: run main() when started as a program. */
export const MAIN_GUARD = lines('if __name__ == "__main__":', '    sys.exit(main())', '');

/** A consumer's main(): `body` runs the loop; the script ends with the main guard. */
export function consumerMain(...body: Array<string | null>): string {
  return lines('def main():', ...body, '    return 0', '', '', MAIN_GUARD);
}

/** What a Python project states about its library: its name, what the scripts import from it, its pip requirement and the README's facts. */
export interface PythonLibrary {
  name: string;
  imports: Array<[string, string[]]>;
  requirement: string;
  readme: Omit<ReadmeFacts, 'programs' | 'setup'>;
}

/** The project: one script per producer and consumer of the plan, requirements.txt and the README. */
export function pythonProject(plan: GenerationPlan, dir: string, library: PythonLibrary, scripts: { producer: (p: ProducerPlan) => string; consumer: (c: ConsumerPlan) => string }): GeneratedFile[] {
  const { files, programs } = pythonPrograms(plan, dir, library, scripts);
  files.push({ path: `${dir}/requirements.txt`, contents: lines(library.requirement, ''), description: 'Python dependencies' });
  files.push(readmeFile(plan, dir, 'Python', { ...library.readme, setup: ['python3 -m venv .venv && . .venv/bin/activate', 'pip install -r requirements.txt'], programs }));
  return files;
}

function pythonPrograms(
  plan: GenerationPlan,
  dir: string,
  library: PythonLibrary,
  scripts: { producer: (p: ProducerPlan) => string; consumer: (c: ConsumerPlan) => string },
): { files: GeneratedFile[]; programs: ReadmeProgram[] } {
  const files: GeneratedFile[] = [];
  const programs: ReadmeProgram[] = [];
  for (const p of plan.producers) {
    const path = `${snakeCase(p.program)}.py`;
    files.push({ path: `${dir}/${path}`, contents: withImports(scripts.producer(p), library.imports), description: `${p.flow} producer (${library.name})` });
    programs.push({ kind: 'producer', flow: p.flow, topic: p.topic, run: `python3 ${path}` });
  }
  for (const c of plan.consumers) {
    const path = `${snakeCase(c.program)}.py`;
    const kind = c.output ? 'processor' : 'consumer';
    files.push({ path: `${dir}/${path}`, contents: withImports(scripts.consumer(c), library.imports), description: `${c.flow} ${kind} (${library.name})` });
    programs.push({ kind, flow: c.flow, topic: c.topic, run: `python3 ${path}` });
  }
  return { files, programs };
}

export function consumerHelpers(c: ConsumerPlan, r: RecordAccess): string {
  return helpers(
    c,
    {
      ...PY,
      process: lines(
        'def header(msg, name):',
        `    for key, value in ${r.headers} or []:`,
        '        if key == name and value is not None:',
        '            return value.decode("utf-8")',
        '    return None',
        '',
        '',
        fill(PY.process, { position: lines(`"partition": ${r.partition},`, `"offset": ${r.offset},`) }),
      ),
    },
    2,
  );
}

export function handleFunction(c: ConsumerPlan, r: RecordAccess): string {
  /** What an except clause does for a failure: drop it (at-most-once), move it aside, or stop. */
  const onFailure = (action: FailureAction, stopWhy: string) =>
    failureCode(action, {
      drop: '        print(f"dropped (at-most-once): {e}", file=sys.stderr)',
      aside: (topic) => `        send_aside(side_producer, ${topic}, msg, e)`,
      raise: `        raise  # ${stopWhy}`,
    });
  const except = (kind: string, body: string) => lines(`    except ${kind}${body.includes('{e}') || body.includes(', e)') ? ' as e' : ''}:`, body);
  return lines(
    'def handle(msg, side_producer):',
    `    key = None if ${r.key} is None else ${r.key}.decode("utf-8")`,
    `    event = decode_value(${r.value})`,
    c.idempotent
      ? lines(
          `    event_id = header(msg, ${quote(EVENT_ID_HEADER)}) or (event or {}).get("event_id")`,
          '    if event_id is not None and event_id in seen_events:',
          '        return  # already processed: a redelivery',
        )
      : null,
    c.compactedState ? lines('    if event is None:', '        state.pop(key, None)', '    else:', '        state[key] = event') : null,
    c.rateLimitPerSecond !== null ? '    rate_limiter.acquire()' : null,
    '    try:',
    c.failure.retryInPlace ? indent(PY.retryInPlace, 8) : '        process(key, event, msg)',
    except('TransientError', onFailure(c.failure.transient, 'no side topic: stop rather than skip the record')),
    except('PermanentError', onFailure(c.failure.permanent, 'no dead-letter topic: stop rather than skip the record')),
    c.idempotent ? lines('    if event_id is not None:', '        seen_events.add(event_id)') : null,
  );
}
